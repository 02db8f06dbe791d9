/** Lecciones aprendidas: what was learned, from success or failure, with a recommendation. */
import { z } from 'zod';
import { classification } from './classification.ts';
import type { SchemaContext } from './context.ts';
import { sdgAlignment } from './sdg.ts';
import { longText, oneOf, publication, refs, summary, title } from './fields.ts';

export const lesson = (ctx: SchemaContext) => {
  const { territories, themes, phases } = classification(ctx);
  return z
    .object({
      title,
      summary,
      territories,
      themes,
      phases,
      origin: oneOf(['acierto', 'error'] as const, {
        label: 'Origen',
        hint: 'Si la lección viene de algo que salió bien o de algo que salió mal.',
        options: { acierto: 'De un acierto', error: 'De un error' },
      }),
      whatHappened: longText({ label: 'Qué pasó', hint: 'Los hechos, sin juicios: qué se hizo y qué resultó.' }),
      learned: longText({ label: 'Qué aprendimos', hint: 'La enseñanza que deja, en pocas frases.' }),
      recommendation: longText({
        label: 'Recomendación',
        hint: 'Qué haría distinto otro territorio, en forma de acción.',
      }),
      practices: refs(ctx, 'practices', { label: 'Prácticas de origen', hint: 'Buena práctica de la que surgió.' })
        .default([])
        .meta({ conditional: true }),
      plans: refs(ctx, 'plans', { label: 'Planes de origen', hint: 'Plan de trabajo en el que surgió.' })
        .default([])
        .meta({ conditional: true }),
      offers: refs(ctx, 'offers', { label: 'Ofertas de origen', hint: 'Oferta institucional con la que surgió.' })
        .default([])
        .meta({ conditional: true }),
      ...sdgAlignment(ctx),
      ...publication,
    })
    .superRefine((l, issue) => {
      if (l.practices.length + l.plans.length + l.offers.length === 0) {
        issue.addIssue({
          code: 'custom',
          path: ['practices'],
          message: 'Enlace la práctica, el plan o la oferta de donde surgió la lección.',
        });
      }
    });
};

/** Agendas de desarrollo y pactos territoriales: commitments agreed between nation and territories. */
import { z } from 'zod';
import { actorMap } from './actors.ts';
import type { SchemaContext } from './context.ts';
import { sdgAlignment } from './sdg.ts';
import { date, endNotBeforeStart, oneOf, publication, ref, refs, summary, text, title } from './fields.ts';

export const commitmentStatus = oneOf(['pendiente', 'en-curso', 'cumplido'] as const, {
  label: 'Estado del compromiso',
  hint: 'Cómo va el compromiso.',
  options: { pendiente: 'Pendiente', 'en-curso': 'En curso', cumplido: 'Cumplido' },
});

export const agenda = (ctx: SchemaContext) =>
  z
    .object({
      title,
      summary,
      territories: refs(
        ctx,
        'territories',
        { label: 'Territorios', hint: 'Departamentos y municipios que la suscriben.' },
        1,
      ),
      scope: oneOf(['regional', 'subregional', 'departamental', 'municipal'] as const, {
        label: 'Escala',
        hint: 'Escala territorial de la agenda.',
        options: {
          regional: 'Regional',
          subregional: 'Subregional',
          departamental: 'Departamental',
          municipal: 'Municipal',
        },
      }),
      themes: refs(ctx, 'themes', { label: 'Temas', hint: 'Temas de gestión que trata.' }, 1),
      commitments: z
        .array(
          z.object({
            description: text({ label: 'Compromiso', hint: 'Qué se acordó, como una acción verificable.' }),
            responsible: ref(ctx, 'entities', {
              label: 'Responsable',
              hint: 'Entidad que responde por el compromiso.',
            }),
            due: date({ label: 'Fecha límite', hint: 'Cuándo debe estar cumplido.' }),
            status: commitmentStatus,
          }),
        )
        .min(1, { error: 'Una agenda registra al menos un compromiso.' })
        .max(50, { error: 'Agregue como máximo 50.' })
        .meta({ label: 'Compromisos', hint: 'Lo acordado, con responsable y fecha. Hasta 50.' }),
      offers: refs(ctx, 'offers', {
        label: 'Ofertas vinculadas',
        hint: 'Oferta institucional que la agenda moviliza.',
      }).default([]),
      practices: refs(ctx, 'practices', {
        label: 'Prácticas vinculadas',
        hint: 'Buenas prácticas que la inspiran o la desarrollan.',
      }).default([]),
      needs: refs(ctx, 'needs', {
        label: 'Necesidades que atiende',
        hint: 'Necesidades identificadas que la agenda acordó atender.',
      }).default([]),
      pnd: refs(
        ctx,
        'pnd',
        { label: 'Alineación con el PND', hint: 'Transformaciones del Plan Nacional de Desarrollo.' },
        1,
      ),
      actors: actorMap(ctx),
      signedOn: date({ label: 'Fecha de suscripción', hint: 'Día en que se firmó o concertó.' }),
      endsOn: date({ label: 'Fecha de cierre', hint: 'Hasta cuándo rige.' }).optional(),
      ...sdgAlignment(ctx),
      ...publication,
    })
    .superRefine(endNotBeforeStart('signedOn', 'endsOn'));

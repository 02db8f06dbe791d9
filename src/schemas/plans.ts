/** Planes de trabajo concertados: milestones, indicators and meetings (Actividades 3 y 4). */
import { z } from 'zod';
import type { SchemaContext } from './context.ts';
import { sdgAlignment } from './sdg.ts';
import { actorMap } from './actors.ts';
import { serviceFields } from './service-evaluation.ts';
import { commitmentStatus } from './agendas.ts';
import {
  date,
  endNotBeforeStart,
  indicatorValue,
  oneOf,
  publication,
  quantity,
  ref,
  refs,
  summary,
  text,
  title,
  url,
} from './fields.ts';

const progress = z
  .number()
  .min(0)
  .max(100)
  .meta({ label: 'Avance reportado (%)', hint: 'Porcentaje de avance de 0 a 100, según el último seguimiento.' });

const schedule = {
  start: date({ label: 'Fecha de inicio', hint: 'Día en que empieza.' }),
  due: date({ label: 'Fecha límite', hint: 'Día en que debe estar cumplido.' }),
  completedOn: date({ label: 'Fecha de cumplimiento', hint: 'Día en que se cumplió, si ya se cumplió.' }).optional(),
  progress: progress.default(0),
};

const subMilestone = z
  .object({ title: text({ label: 'Sub-hito', hint: 'Actividad concreta que hace avanzar el hito.' }), ...schedule })
  .superRefine(endNotBeforeStart('start', 'due'));

const milestone = z
  .object({
    title: text({ label: 'Hito', hint: 'Resultado intermedio verificable.' }),
    ...schedule,
    subMilestones: z
      .array(subMilestone)
      .max(30, { error: 'Agregue como máximo 30.' })
      .default([])
      .meta({ label: 'Sub-hitos', hint: 'Actividades del hito. Hasta 30.' }),
  })
  .superRefine(endNotBeforeStart('start', 'due'));

const indicator = z.object({
  name: text({ label: 'Indicador', hint: 'Qué se mide.' }),
  kind: oneOf(['estrategico', 'operativo'] as const, {
    label: 'Tipo de indicador',
    hint: 'Estratégico (resultados) u operativo (productos y actividades).',
    options: { estrategico: 'Estratégico', operativo: 'Operativo' },
  }),
  unit: text({ label: 'Unidad', hint: 'Unidad de medida.' }),
  baseline: indicatorValue({ label: 'Línea base', hint: 'Valor al concertar el plan.' }),
  goal: indicatorValue({ label: 'Meta', hint: 'Valor que se quiere alcanzar.' }),
  current: indicatorValue({ label: 'Valor actual', hint: 'Último valor medido.' }),
  measuredOn: date({ label: 'Fecha de medición', hint: 'Día del último valor medido.' }),
});

const meeting = z.object({
  date: date({ label: 'Fecha', hint: 'Día de la mesa de trabajo.' }),
  place: text({ label: 'Lugar', hint: 'Municipio y sede, o «virtual».' }),
  modality: oneOf(['presencial', 'virtual', 'mixta'] as const, {
    label: 'Modalidad',
    hint: 'Cómo se hizo la mesa.',
    options: { presencial: 'Presencial', virtual: 'Virtual', mixta: 'Mixta' },
  }),
  participants: z
    .array(
      z.object({
        role: text({ label: 'Rol', hint: 'Papel de quienes asistieron: alcaldes, secretarios de planeación…' }),
        count: quantity(
          { label: 'Número de personas', hint: 'Cuántas personas con ese rol.' },
          { min: 1, max: 100_000, int: true },
        ),
      }),
    )
    .min(1, { error: 'Registre quiénes participaron, por rol y número.' })
    .max(50, { error: 'Agregue como máximo 50.' })
    .meta({ label: 'Participantes', hint: 'Por rol y número, sin nombres propios. Hasta 50 roles.' }),
  commitments: z
    .array(
      z.object({
        description: text({ label: 'Compromiso', hint: 'Qué se acordó.' }),
        responsible: text({ label: 'Responsable', hint: 'Entidad o dependencia responsable (no una persona).' }),
        due: date({ label: 'Fecha límite', hint: 'Cuándo debe estar cumplido.' }),
        status: commitmentStatus,
      }),
    )
    .max(50, { error: 'Agregue como máximo 50.' })
    .default([])
    .meta({ label: 'Compromisos', hint: 'Lo acordado en la mesa. Hasta 50.' }),
  evidence: z
    .array(
      z.object({
        title: text({ label: 'Evidencia', hint: 'Acta, listado, registro fotográfico…' }),
        href: url({ label: 'Enlace', hint: 'Dónde consultarla.' }),
      }),
    )
    .max(30, { error: 'Agregue como máximo 30.' })
    .default([])
    .meta({ label: 'Evidencias', hint: 'Soportes públicos de la mesa. Hasta 30.' }),
});

export const plan = (ctx: SchemaContext) =>
  z
    .object({
      title,
      summary,
      valueGroup: ref(ctx, 'valueGroups', { label: 'Grupo de valor', hint: 'Con quién se concertó el plan.' }),
      territories: refs(ctx, 'territories', { label: 'Territorios', hint: 'Entidades territoriales del plan.' }, 1),
      lead: ref(ctx, 'entities', {
        label: 'Entidad que acompaña',
        hint: 'Entidad nacional o departamental que lidera el acompañamiento.',
      }),
      agenda: ref(ctx, 'agendas', {
        label: 'Agenda',
        hint: 'Agenda de desarrollo que el plan operativiza.',
      }).optional(),
      offers: refs(ctx, 'offers', {
        label: 'Ofertas desplegadas',
        hint: 'Oferta institucional que el plan usa.',
      }).default([]),
      needs: refs(ctx, 'needs', {
        label: 'Necesidades que atiende',
        hint: 'Necesidades identificadas que el plan resuelve.',
      }).default([]),
      actors: actorMap(ctx),
      startsOn: date({ label: 'Inicio del plan', hint: 'Día en que empieza.' }),
      endsOn: date({ label: 'Cierre del plan', hint: 'Día en que termina.' }),
      milestones: z
        .array(milestone)
        .min(1, { error: 'Un plan tiene al menos un hito.' })
        .max(60, { error: 'Agregue como máximo 60.' })
        .meta({ label: 'Hitos', hint: 'Resultados intermedios del plan, con fechas. Hasta 60.' }),
      indicators: z
        .array(indicator)
        .max(40, { error: 'Agregue como máximo 40.' })
        .default([])
        .meta({ label: 'Indicadores', hint: 'Con línea base, meta y valor actual. Hasta 40.' }),
      meetings: z.array(meeting).max(100, { error: 'Agregue como máximo 100.' }).default([]).meta({
        label: 'Mesas de trabajo',
        hint: 'Encuentros realizados, con participantes, compromisos y evidencias. Hasta 100.',
      }),
      ...serviceFields(ctx),
      ...sdgAlignment(ctx),
      ...publication,
    })
    .superRefine(endNotBeforeStart('startsOn', 'endsOn'));

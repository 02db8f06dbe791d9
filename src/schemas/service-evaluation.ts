/**
 * The service's own evaluation on a work plan (Actividad 4, seguimiento operativo: «involucre a
 * los actores intervinientes conociendo cómo le ha parecido la prestación del servicio» and
 * «realice la evaluación de la prestación del servicio… tomando como referencia los costos
 * asociados, número de entidades y asesores»). Declared once here and composed into the plan
 * schema: participants' ratings aggregated on one fixed scale (never per person), the advisers
 * assigned, and the costs with the period each covers. The open-data records of evaluations and
 * costs are declared here too, so their columns come from the same words.
 */
import { z } from 'zod';
import type { SchemaContext } from './context.ts';
import { date, endNotBeforeStart, quantity, ref, text, textList } from './fields.ts';

/** The satisfaction scale, worst to best: its position (1–5) is the value the mean is taken on. */
export const SATISFACTION_LEVELS = [
  'muy-insatisfecho',
  'insatisfecho',
  'neutral',
  'satisfecho',
  'muy-satisfecho',
] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];

export const satisfactionNames: Record<SatisfactionLevel, string> = {
  'muy-insatisfecho': 'Muy insatisfecho',
  insatisfecho: 'Insatisfecho',
  neutral: 'Ni satisfecho ni insatisfecho',
  satisfecho: 'Satisfecho',
  'muy-satisfecho': 'Muy satisfecho',
};

/** Levels that count as satisfied in «share satisfied». */
export const SATISFIED_LEVELS: readonly SatisfactionLevel[] = ['satisfecho', 'muy-satisfecho'];

/** Largest group one evaluation or one adviser line can speak of: every official of a big department. */
const PEOPLE_MAX = 100_000;
/** A plan's cost line: up to ten trillion pesos, the ceiling of a practice's cost too. */
const COST_MAX = 1e13;

const people = (label: string, hint: string, min: number) =>
  quantity({ label, hint }, { min, max: PEOPLE_MAX, int: true });

/**
 * Free text of an evaluation is published as written: the personal-data check reads fields marked
 * `noPersonNames` for names of people too (src/validation/person-names.ts), besides e-mails and phones.
 */
const aggregateText = (label: string, hint: string) =>
  textList({ label, hint }).default([]).meta({ noPersonNames: true });

/** A value outside the scale, named with the scale's words and the values the file takes. */
export const outsideScale = (value: unknown) =>
  `«${String(value)}» no es un nivel de la escala. Use uno de: ${SATISFACTION_LEVELS.map((l) => `${l} (${satisfactionNames[l]})`).join(', ')}.`;

const rating = z.object({
  level: z
    .enum(SATISFACTION_LEVELS, {
      error: (issue) => (issue.input === undefined ? undefined : outsideScale(issue.input)),
    })
    .meta({
      label: 'Nivel de satisfacción',
      hint: 'Un nivel de la escala, de «Muy insatisfecho» a «Muy satisfecho».',
      options: satisfactionNames,
    }),
  count: people('Respuestas', 'Cuántas personas eligieron ese nivel.', 0),
});

export const serviceEvaluation = z
  .object({
    from: date({
      label: 'Desde',
      hint: 'Día de la mesa evaluada, o primer día del periodo evaluado.',
    }),
    to: date({
      label: 'Hasta',
      hint: 'Último día del periodo evaluado; igual a «Desde» si se evaluó una sola mesa.',
    }),
    asked: people('Personas consultadas', 'A cuántas personas se les preguntó cómo les pareció el servicio.', 1),
    answered: people('Personas que respondieron', 'Cuántas respondieron; no más que las consultadas.', 0),
    ratings: z
      .array(rating)
      .max(SATISFACTION_LEVELS.length, {
        error: `Use cada nivel de la escala una sola vez (son ${SATISFACTION_LEVELS.length}).`,
      })
      .default([])
      .meta({
        label: 'Respuestas por nivel',
        hint: 'Cuántas respuestas hubo en cada nivel de la escala, de muy insatisfecho a muy satisfecho; suman las personas que respondieron. Nunca respuestas de una persona.',
      }),
    questions: aggregateText(
      'Preguntas formuladas',
      'Las preguntas que se hicieron a los participantes, sin nombres de personas.',
    ),
    deepen: aggregateText(
      'Temas para profundizar',
      'Lo que los participantes pidieron profundizar, en conjunto y sin nombres de personas.',
    ),
  })
  .superRefine(endNotBeforeStart('from', 'to'))
  .superRefine((e, ctx) => {
    if (e.answered > e.asked)
      ctx.addIssue({
        code: 'custom',
        path: ['answered'],
        message: `Respondieron más personas (${e.answered}) de las que se consultaron (${e.asked}).`,
      });
    const seen = new Set<string>();
    e.ratings.forEach((r, i) => {
      if (seen.has(r.level))
        ctx.addIssue({
          code: 'custom',
          path: ['ratings', i, 'level'],
          message: `El nivel «${satisfactionNames[r.level]}» ya está contado: súmelo en una sola fila.`,
        });
      seen.add(r.level);
    });
    const counted = e.ratings.reduce((sum, r) => sum + r.count, 0);
    if (counted > e.asked)
      ctx.addIssue({
        code: 'custom',
        path: ['ratings'],
        message: `Hay más respuestas (${counted}) que personas consultadas (${e.asked}).`,
      });
    else if (counted !== e.answered)
      ctx.addIssue({
        code: 'custom',
        path: ['ratings'],
        message: `Las respuestas por nivel suman ${counted}, pero respondieron ${e.answered} personas: deben coincidir.`,
      });
  });

export const adviserLine = (ctx: SchemaContext) =>
  z.object({
    entity: ref(ctx, 'entities', { label: 'Entidad', hint: 'Entidad de la que vienen los asesores.' }),
    count: people('Número de asesores', 'Cuántos asesores de esa entidad acompañan el plan.', 1),
  });

/** Messages of a cost line, shared by the schema and its tests. */
export const COST_NEGATIVE = 'Un costo no puede ser negativo: escriba el valor en pesos, 0 o más.';
export const COST_WITHOUT_PERIOD =
  'Un costo sin periodo no se puede comparar: escriba desde y hasta qué día lo cubre (AAAA-MM-DD).';

/** A date a cost line needs: its absence gets the cost's own message, not the generic one. */
const costDate = (label: string, hint: string) => date({ label, hint }).optional().meta({ conditional: true });

export const costLine = z
  .object({
    amount: z
      .number({ error: 'Escriba el valor en pesos, como 45000000, sin puntos ni signo $.' })
      .min(0, { error: COST_NEGATIVE })
      .max(COST_MAX, { error: 'El valor máximo es 10.000.000.000.000; revise si sobra algún dígito.' })
      .meta({
        label: 'Costo (COP)',
        hint: 'Valor en pesos colombianos, sin puntos ni signo $. Entre 0 y 10.000.000.000.000.',
      }),
    from: costDate('Desde', 'Primer día del periodo que cubre el costo. Obligatorio.'),
    to: costDate('Hasta', 'Último día del periodo que cubre el costo. Obligatorio.'),
    covered: text({
      label: 'Qué cubrió',
      hint: 'En qué se invirtió: honorarios de asesores, desplazamientos, logística de las mesas…',
    }),
  })
  .superRefine((c, ctx) => {
    for (const key of ['from', 'to'] as const)
      if (!(c[key] instanceof Date)) ctx.addIssue({ code: 'custom', path: [key], message: COST_WITHOUT_PERIOD });
  })
  .superRefine(endNotBeforeStart('from', 'to'));

/** The plan's fields of the service's evaluation, spread into the plan schema. */
export const serviceFields = (ctx: SchemaContext) => ({
  evaluations: z.array(serviceEvaluation).max(100, { error: 'Agregue como máximo 100.' }).default([]).meta({
    label: 'Evaluaciones del servicio',
    hint: 'Cómo les pareció el servicio a los participantes, por mesa o por periodo: cifras agregadas, nunca respuestas de una persona. Hasta 100.',
  }),
  advisers: z
    .array(adviserLine(ctx))
    .max(30, { error: 'Agregue como máximo 30.' })
    .default([])
    .meta({ label: 'Asesores asignados', hint: 'Cuántos asesores acompañan el plan, por entidad. Hasta 30.' }),
  costs: z.array(costLine).max(60, { error: 'Agregue como máximo 60.' }).default([]).meta({
    label: 'Costos asociados',
    hint: 'Lo que costó el acompañamiento, en pesos, con el periodo que cubre cada valor y qué cubrió. Hasta 60.',
  }),
});

/** One evaluation as open data: its plan, and the counts of each level as columns. */
export const evaluationRecord = (ctx: SchemaContext) =>
  z.object({
    plan: ref(ctx, 'plans', { label: 'Plan de trabajo', hint: 'Plan de trabajo evaluado.' }),
    from: serviceEvaluation.shape.from,
    to: serviceEvaluation.shape.to,
    asked: serviceEvaluation.shape.asked,
    answered: serviceEvaluation.shape.answered,
    ...Object.fromEntries(
      SATISFACTION_LEVELS.map((level) => [
        level,
        quantity(
          { label: `Respuestas «${satisfactionNames[level]}»`, hint: 'Cuántas personas eligieron ese nivel.' },
          { min: 0, max: PEOPLE_MAX, int: true },
        ),
      ]),
    ),
    questions: serviceEvaluation.shape.questions,
    deepen: serviceEvaluation.shape.deepen,
  });

/** One cost line as open data, with its plan. */
export const costRecord = (ctx: SchemaContext) =>
  z.object({
    plan: ref(ctx, 'plans', { label: 'Plan de trabajo', hint: 'Plan de trabajo al que corresponde el costo.' }),
    amount: costLine.shape.amount,
    from: date({ label: 'Desde', hint: 'Primer día del periodo que cubre el costo.' }),
    to: date({ label: 'Hasta', hint: 'Último día del periodo que cubre el costo.' }),
    covered: costLine.shape.covered,
  });

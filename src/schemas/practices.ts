/** Buenas prácticas: experiences that worked, told so that others can replicate them. */
import { z } from 'zod';
import { classification } from './classification.ts';
import type { SchemaContext } from './context.ts';
import { sdgAlignment } from './sdg.ts';
import {
  contact,
  date,
  endNotBeforeStart,
  indicatorValue,
  longText,
  media,
  oneOf,
  publication,
  quantity,
  ref,
  refs,
  summary,
  text,
  textList,
  title,
} from './fields.ts';

export const maturityLevels = ['potencial', 'prometedora', 'buena-practica', 'institucionalizada'] as const;

const measuredResult = z
  .object({
    indicator: text({ label: 'Indicador', hint: 'Qué se midió, por ejemplo «Tiempo de respuesta a PQRSD».' }),
    unit: text({ label: 'Unidad', hint: 'Unidad de medida: días, porcentaje, personas…' }),
    baseline: indicatorValue({ label: 'Línea base', hint: 'Valor antes de la práctica.' }),
    achieved: indicatorValue({ label: 'Valor alcanzado', hint: 'Valor después de la práctica.' }),
    measuredOn: date({ label: 'Fecha de medición', hint: 'Día en que se midió el valor alcanzado.' }),
    source: text({ label: 'Fuente', hint: 'De dónde sale el dato: informe, sistema de información, acta…' }).optional(),
  })
  .meta({ label: 'Resultado medido' });

export const practice = (ctx: SchemaContext) =>
  z
    .object({
      title,
      summary,
      ...classification(ctx),
      context: longText({ label: 'Contexto', hint: 'Cómo era el territorio y la entidad antes de la práctica.' }),
      problem: longText({ label: 'Problema', hint: 'Qué necesidad o dificultad se quiso resolver.' }),
      results: z
        .array(measuredResult)
        .min(1, { error: 'Registre al menos un resultado medido, con línea base y valor alcanzado.' })
        .max(30, { error: 'Agregue como máximo 30.' })
        .meta({
          label: 'Resultados',
          hint: 'Cada resultado con su indicador, línea base, valor alcanzado y fecha. Hasta 30.',
        }),
      resources: longText({
        label: 'Recursos y costos',
        hint: 'Personas, tiempo, dinero y herramientas que se usaron.',
      }),
      costCop: quantity(
        { label: 'Costo aproximado (COP)', hint: 'Costo total en pesos colombianos, si se conoce.' },
        { min: 0, max: 1e13, int: true },
      ).optional(),
      whatDidNotWork: longText({
        label: 'Qué no funcionó',
        hint: 'Errores, tropiezos y lo que se cambiaría. Los fracasos también enseñan.',
      }),
      risks: textList({ label: 'Riesgos encontrados', hint: 'Riesgos que aparecieron y cómo se manejaron.' }, 1),
      replicability: longText({
        label: 'Condiciones para replicarla',
        hint: 'Qué necesita otro territorio para adoptarla: capacidades, normas, aliados, presupuesto.',
      }),
      maturity: oneOf(maturityLevels, {
        label: 'Madurez',
        hint: 'De potencial (idea probada una vez) a institucionalizada (adoptada en normas y procesos).',
        options: {
          potencial: 'Potencial',
          prometedora: 'Prometedora',
          'buena-practica': 'Buena práctica',
          institucionalizada: 'Institucionalizada',
        },
      }),
      validation: z
        .object({
          status: oneOf(['sin-validar', 'en-revision', 'validada'] as const, {
            label: 'Estado de validación',
            hint: 'Si una entidad revisó la evidencia de la práctica.',
            options: { 'sin-validar': 'Sin validar', 'en-revision': 'En revisión', validada: 'Validada' },
          }),
          reviewedBy: ref(ctx, 'entities', {
            label: 'Revisada por',
            hint: 'Para una práctica validada: entidad que revisó la evidencia.',
          })
            .optional()
            .meta({ conditional: true }),
          reviewedOn: date({ label: 'Fecha de validación', hint: 'Para una práctica validada: día en que se validó.' })
            .optional()
            .meta({ conditional: true }),
        })
        .superRefine((v, issue) => {
          if (v.status === 'validada' && !v.reviewedBy) {
            issue.addIssue({
              code: 'custom',
              path: ['reviewedBy'],
              message: 'Una práctica validada indica qué entidad la revisó.',
            });
          }
          if (v.status === 'validada' && !v.reviewedOn) {
            issue.addIssue({
              code: 'custom',
              path: ['reviewedOn'],
              message: 'Una práctica validada indica la fecha de validación.',
            });
          }
        })
        .meta({ label: 'Validación', hint: 'Quién revisó la práctica y cuándo.' }),
      adoptedBy: refs(ctx, 'territories', {
        label: 'Adoptada por',
        hint: 'Territorios que la replicaron después.',
      }).default([]),
      agendas: refs(ctx, 'agendas', {
        label: 'Agendas relacionadas',
        hint: 'Agendas de desarrollo a las que aporta.',
      }).default([]),
      offers: refs(ctx, 'offers', {
        label: 'Ofertas relacionadas',
        hint: 'Oferta institucional que la apoyó.',
      }).default([]),
      contact: contact(ctx),
      startedOn: date({ label: 'Fecha de inicio', hint: 'Cuándo empezó la experiencia.' }),
      endedOn: date({ label: 'Fecha de cierre', hint: 'Cuándo terminó, si ya terminó.' }).optional(),
      media: media(ctx),
      ...sdgAlignment(ctx),
      ...publication,
    })
    .superRefine(endNotBeforeStart('startedOn', 'endedOn'));

/**
 * Necesidades identificadas (demanda): what a value group needs, in terms of capacity, and where
 * that was learned (CONPES 4091, Actividad 1 A). Whether an offer, an agenda or a plan answers a
 * need is computed at build from the entries that name it (src/features/demand), never written
 * here: the object is strict, so a hand-typed «estado de atención» is an unknown field the check
 * and the CMS refuse.
 */
import { z } from 'zod';
import { classification } from './classification.ts';
import type { SchemaContext } from './context.ts';
import { sdgAlignment } from './sdg.ts';
import { t } from '../i18n/index.ts';
import {
  contact,
  date,
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

/** The seed's sources of demand (Actividad 1 A), in the order the protocol names them. */
export const needSources = [
  'dialogo-regional-vinculante',
  'peticion-o-compromiso',
  'medicion-o-indicador',
  'encuesta-o-entrevista',
  'sentencia-judicial',
] as const;

const identification = (ctx: SchemaContext) =>
  z
    .object({
      source: oneOf(needSources, {
        label: 'Fuente de identificación',
        hint: 'Dónde se conoció la necesidad.',
        options: {
          'dialogo-regional-vinculante': 'Diálogo regional vinculante',
          'peticion-o-compromiso': 'Petición o compromiso con la ciudadanía',
          'medicion-o-indicador': 'Medición o indicador de estado inicial',
          'encuesta-o-entrevista': 'Encuesta o entrevista',
          'sentencia-judicial': 'Sentencia judicial',
        },
      }),
      document: text({ label: 'Documento', hint: 'Título del acta, informe, encuesta o sentencia donde consta.' }),
      link: url({
        label: 'Enlace al documento',
        hint: 'Dirección pública donde se puede consultar, si la hay.',
      }).optional(),
      date: date({ label: 'Fecha del documento', hint: 'Día del diálogo, de la medición o de la sentencia.' }),
      entity: ref(ctx, 'entities', {
        label: 'Entidad que la identificó',
        hint: 'Entidad que recogió o documentó la necesidad.',
      }),
    })
    .meta({ label: 'Identificación', hint: 'De dónde sale la necesidad: fuente, documento, fecha y entidad.' });

const baseline = z
  .object({
    indicator: text({ label: 'Indicador', hint: 'Qué se midió, por ejemplo «Índice de desempeño fiscal».' }),
    value: indicatorValue({ label: 'Valor medido', hint: 'Valor medido al identificar la necesidad.' }),
    unit: text({ label: 'Unidad', hint: 'Unidad de medida: puntos, porcentaje, días…' }),
    year: quantity(
      { label: 'Año de la medición', hint: 'Año al que corresponde el valor.' },
      { min: 1990, max: 2100, int: true },
    ),
  })
  .meta({ label: 'Línea base', hint: 'Si hay una medición del estado inicial: el indicador y su valor.' });

export const need = (ctx: SchemaContext) => {
  const { themes, phases, capacityLevels, valueGroups } = classification(ctx);
  return z.strictObject({
    title,
    summary,
    territories: refs(
      ctx,
      'territories',
      { label: 'Territorios', hint: 'Departamentos o municipios que tienen la necesidad.' },
      1,
    ),
    valueGroups,
    capacityLevels,
    phases,
    themes,
    sectors: refs(
      ctx,
      'sectors',
      {
        label: 'Sectores',
        hint: 'Sectores administrativos cuya oferta podría atenderla: así la encuentra la entidad que formula la oferta de su sector.',
      },
      1,
    ),
    pnd: refs(
      ctx,
      'pnd',
      {
        label: 'Alineación con el PND',
        hint: 'Transformaciones del Plan Nacional de Desarrollo con las que se relaciona.',
      },
      1,
    ),
    identification: identification(ctx),
    baseline: baseline.optional(),
    contact: contact(ctx),
    ...sdgAlignment(ctx),
    ...publication,
  });
};

/** How far a need has been answered: computed at build (src/features/demand/need-status.ts), never written. */
export const needAnswerStatuses = ['sin-oferta', 'con-oferta', 'en-agenda', 'en-plan', 'plan-finalizado'] as const;

/**
 * A need as the open data publishes it: what editors wrote plus its computed status, so the
 * CSV column, the JSON Schema and the column list on /datos/ follow from one declaration.
 */
export const needRecord = (ctx: SchemaContext) =>
  need(ctx).extend({
    answerStatus: oneOf(needAnswerStatuses, {
      label: t('demand.statusLabel'),
      hint: t('demand.statusHint'),
      options: Object.fromEntries(needAnswerStatuses.map((s) => [s, t(`demand.status.${s}`)])) as Record<
        (typeof needAnswerStatuses)[number],
        string
      >,
    }),
  });

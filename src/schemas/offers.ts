/** Oferta institucional: goods and services national entities offer territories. */
import { z } from 'zod';
import { classification } from './classification.ts';
import type { SchemaContext } from './context.ts';
import { sdgAlignment } from './sdg.ts';
import {
  date,
  endNotBeforeStart,
  institutionalEmail,
  institutionalPhone,
  longText,
  oneOf,
  publication,
  ref,
  refs,
  summary,
  textList,
  title,
  url,
} from './fields.ts';
import {
  CAPACITY_GROUPS,
  MUNICIPAL_CATEGORIES,
  PDET_SUBREGIONS,
  capacityGroup,
  category,
  pdetSubregion,
} from './territory-profile.ts';

export const offerTypes = [
  'asistencia-tecnica',
  'cooperacion-tecnica',
  'formacion',
  'herramienta',
  'metodologia',
  'instrumento',
] as const;

export const focusScopes = ['nacional', 'regional', 'departamental', 'municipal'] as const;

/**
 * The differential focus (CONPES 4091, Actividad 1): which initial-capacity profiles an offer is
 * meant for, read against each municipality's profile (territory-profile.ts, whose closed lists
 * and refusals these lists reuse). Empty lists mean «every profile»; the reach rule is
 * `focusReaches` in src/core/places.ts.
 */
const differentialFocus = {
  capacityGroups: z
    .array(capacityGroup)
    .max(CAPACITY_GROUPS.length, { error: `Elija como máximo ${CAPACITY_GROUPS.length} grupos.` })
    .default([])
    .meta({
      label: 'Grupos de capacidades iniciales a los que se dirige',
      hint: 'Si la oferta es para municipios de ciertos grupos de la Medición de Desempeño Municipal del DNP (C, G1 a G5), elíjalos. Déjelo vacío si es para todos.',
    }),
  categories: z
    .array(category)
    .max(MUNICIPAL_CATEGORIES.length, { error: `Elija como máximo ${MUNICIPAL_CATEGORIES.length} categorías.` })
    .default([])
    .meta({
      label: 'Categorías municipales a las que se dirige',
      hint: 'Si la oferta es para municipios de ciertas categorías de la Ley 617 de 2000 (especial, 1 a 6), elíjalas. Déjelo vacío si es para todas.',
    }),
  pdet: z.boolean().default(false).meta({
    label: 'Solo para municipios PDET',
    hint: 'Márquelo si la oferta es para los municipios de los Programas de Desarrollo con Enfoque Territorial (PDET).',
  }),
  pdetSubregions: z
    .array(pdetSubregion)
    .max(PDET_SUBREGIONS.length, { error: `Elija como máximo ${PDET_SUBREGIONS.length} subregiones.` })
    .default([])
    .meta({
      label: 'Subregiones PDET a las que se dirige',
      hint: 'Si la oferta es solo para municipios PDET de algunas subregiones, elíjalas (nombrarlas ya la dirige a municipios PDET). Déjelo vacío para todas.',
    }),
};

/** Which territories an offer reaches: the whole country, regions, departments or municipalities. */
export const territorialFocus = (ctx: SchemaContext) =>
  z
    .object({
      scope: oneOf(focusScopes, {
        label: 'Alcance territorial',
        hint: 'Nacional llega a todo el país; los demás alcances nombran sus territorios.',
        options: { nacional: 'Nacional', regional: 'Regional', departamental: 'Departamental', municipal: 'Municipal' },
      }),
      regions: refs(ctx, 'regions', { label: 'Regiones', hint: 'Para alcance regional.' })
        .default([])
        .meta({ conditional: true }),
      territories: refs(ctx, 'territories', {
        label: 'Territorios focalizados',
        hint: 'Para alcance departamental o municipal.',
      })
        .default([])
        .meta({ conditional: true }),
      ...differentialFocus,
    })
    .superRefine((f, issue) => {
      if (f.scope === 'regional' && f.regions.length === 0) {
        issue.addIssue({
          code: 'custom',
          path: ['regions'],
          message: 'Un alcance regional nombra al menos una región.',
        });
      }
      if ((f.scope === 'departamental' || f.scope === 'municipal') && f.territories.length === 0) {
        issue.addIssue({
          code: 'custom',
          path: ['territories'],
          message: `Un alcance ${f.scope} nombra al menos un territorio.`,
        });
      }
    })
    .meta({ label: 'Focalización territorial', hint: 'A qué territorios llega la oferta.' });

export const offer = (ctx: SchemaContext) => {
  const { themes, phases, capacityLevels, valueGroups } = classification(ctx);
  return z
    .object({
      title,
      summary,
      entity: ref(ctx, 'entities', { label: 'Entidad oferente', hint: 'Entidad nacional que presta la oferta.' }),
      sector: ref(ctx, 'sectors', { label: 'Sector', hint: 'Sector administrativo de la oferta.' }),
      type: oneOf(offerTypes, {
        label: 'Tipo de oferta',
        hint: 'Qué clase de bien o servicio es.',
        options: {
          'asistencia-tecnica': 'Asistencia técnica',
          'cooperacion-tecnica': 'Cooperación técnica',
          formacion: 'Formación',
          herramienta: 'Herramienta',
          metodologia: 'Metodología',
          instrumento: 'Instrumento',
        },
      }),
      themes,
      capacityLevels,
      phases,
      valueGroups,
      modality: oneOf(['presencial', 'virtual', 'mixta'] as const, {
        label: 'Modalidad',
        hint: 'Cómo se presta.',
        options: { presencial: 'Presencial', virtual: 'Virtual', mixta: 'Mixta' },
      }),
      territorialFocus: territorialFocus(ctx),
      pnd: refs(
        ctx,
        'pnd',
        { label: 'Alineación con el PND', hint: 'Transformaciones del Plan Nacional de Desarrollo que atiende.' },
        1,
      ),
      agendas: refs(ctx, 'agendas', {
        label: 'Agendas relacionadas',
        hint: 'Agendas de desarrollo a las que aporta.',
      }).default([]),
      needs: refs(ctx, 'needs', {
        label: 'Necesidades que atiende',
        hint: 'Necesidades identificadas a las que responde esta oferta.',
      }).default([]),
      requirements: textList({
        label: 'Requisitos',
        hint: 'Qué debe tener o hacer la entidad territorial para acceder.',
      }),
      howToRequest: z
        .object({
          steps: longText({
            label: 'Cómo solicitarla',
            hint: 'Pasos concretos para pedir la oferta, uno por línea y numerados: «1. Escriba a…», «2. Adjunte…».',
          }),
          channel: url({ label: 'Canal de solicitud', hint: 'Formulario o página institucional donde se pide.' }),
          email: institutionalEmail({
            label: 'Correo de la oferta',
            hint: 'Buzón institucional del equipo que la presta.',
          }).optional(),
          phone: institutionalPhone({
            label: 'Línea de atención',
            hint: 'Línea institucional de la entidad.',
          }).optional(),
        })
        .meta({ label: 'Solicitud', hint: 'Por qué canal institucional se pide la oferta.' }),
      validFrom: date({ label: 'Vigente desde', hint: 'Primer día en que se puede solicitar.' }),
      validUntil: date({
        label: 'Vigente hasta',
        hint: 'Último día en que se puede solicitar, si tiene cierre.',
      }).optional(),
      ...sdgAlignment(ctx),
      ...publication,
    })
    .superRefine(endNotBeforeStart('validFrom', 'validUntil'));
};

/**
 * The open-data datasets: one per collection, with its columns, its JSON Schema and its
 * DCAT description, all derived from the collection registry and its schemas.
 * File names are the collection keys, the same words JSON Schemas use in `x-reference`.
 * A few datasets are drawn out of a collection's entries rather than being one (`derivedDatasets`:
 * the actor maps of agendas and plans, one row per actor); they have a schema of their own all
 * the same, so their columns, JSON Schema and DCAT entry are derived like the others.
 */
import type { z } from 'zod';
import { t } from '../i18n/index.ts';
import { type CollectionDefinition, type CollectionName, collectionNames, collections } from '../schemas/index.ts';
import { actorRecord } from '../schemas/actors.ts';
import { costRecord, evaluationRecord } from '../schemas/service-evaluation.ts';
import type { SchemaContext } from '../schemas/context.ts';
import { nodeContext } from '../schemas/node-context.ts';
import { recordJsonSchema } from './json-schema.ts';
import { type BodyWords, columnsOf } from './open-data.ts';

export type DataFile = 'csv' | 'json' | 'schema.json';

/** Datasets that are not a collection: their Spanish names and the schema of one record. */
export const derivedDatasets = {
  actors: {
    label: 'Mapas de actores de agendas y planes',
    labelSingular: 'Actor de una agenda o un plan',
    idHint:
      'La colección, el archivo de la agenda o el plan y la posición del actor en su mapa, como «plans/plan-de-trabajo#01».',
    description:
      'Actores de las agendas de desarrollo y los planes de trabajo publicados en la Red Territorial: una fila o un objeto por actor, con la agenda o el plan al que pertenece.',
    schema: actorRecord,
  },
  evaluations: {
    label: 'Evaluaciones del servicio en los planes de trabajo',
    labelSingular: 'Evaluación del servicio de un plan de trabajo',
    idHint:
      'El archivo del plan y la posición de la evaluación en él, de la más antigua a la más reciente, como «plan-de-trabajo#01».',
    description:
      'Cómo les pareció el servicio a los participantes de los planes de trabajo publicados en la Red Territorial: una fila o un objeto por evaluación (una mesa o un periodo), con las personas consultadas, las que respondieron y las respuestas en cada nivel de la escala de satisfacción. Cifras agregadas, nunca respuestas de una persona.',
    schema: evaluationRecord,
  },
  costs: {
    label: 'Costos de los planes de trabajo',
    labelSingular: 'Costo de un plan de trabajo',
    idHint: 'El archivo del plan y la posición del costo en él, por fecha de inicio, como «plan-de-trabajo#01».',
    description:
      'Costos asociados al acompañamiento de los planes de trabajo publicados en la Red Territorial: una fila o un objeto por costo, en pesos colombianos, con el periodo que cubre y qué cubrió.',
    schema: costRecord,
  },
} satisfies Record<
  string,
  {
    label: string;
    labelSingular: string;
    idHint: string;
    description: string;
    schema: (ctx: SchemaContext) => z.ZodType;
  }
>;
export type DerivedDataset = keyof typeof derivedDatasets;
export type DatasetName = CollectionName | DerivedDataset;

/** Every dataset `/datos/` publishes: each collection, then the derived ones. */
export const datasetNames: readonly DatasetName[] = [
  ...collectionNames,
  ...(Object.keys(derivedDatasets) as DerivedDataset[]),
];

export const isDerivedDataset = (name: DatasetName): name is DerivedDataset => name in derivedDatasets;

/** A dataset's Spanish name (plural) and the name of one record. */
export const datasetLabel = (name: DatasetName): string =>
  isDerivedDataset(name) ? derivedDatasets[name].label : collections[name].label;
const datasetLabelSingular = (name: DatasetName): string =>
  isDerivedDataset(name) ? derivedDatasets[name].labelSingular : collections[name].labelSingular;

export const dataIndexHref = '/datos/';
export const catalogueHref = '/datos/catalogo.json';
export const dataHref = (name: DatasetName, file: DataFile) => `${dataIndexHref}${name}.${file}`;

export const LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.es' };

/** Node's schema: references as ids and dates as days on the input side, as exported. */
export const exportedSchema = (name: DatasetName): z.ZodType => {
  if (isDerivedDataset(name)) return derivedDatasets[name].schema(nodeContext);
  const c: CollectionDefinition = collections[name];
  return (c.exported ?? c.schema)(nodeContext);
};

export const bodyOf = (name: DatasetName): BodyWords | undefined => {
  if (isDerivedDataset(name)) return undefined;
  const c = collections[name];
  return 'body' in c ? c.body : undefined;
};

/** What a record's id is, for the derived datasets: the others' is the entry's file name. */
const idHintOf = (name: DatasetName) => (isDerivedDataset(name) ? derivedDatasets[name].idHint : undefined);

export const datasetColumns = (name: DatasetName) => columnsOf(exportedSchema(name), bodyOf(name), idHintOf(name));

export const datasetJsonSchema = (name: DatasetName, site: URL) =>
  recordJsonSchema(exportedSchema(name), {
    body: bodyOf(name),
    id: new URL(dataHref(name, 'schema.json'), site).href,
    title: datasetLabelSingular(name),
    ...(isDerivedDataset(name) ? { idHint: derivedDatasets[name].idHint } : {}),
  });

export interface DatasetSummary {
  name: DatasetName;
  count: number;
  /** Latest day an entry was published or reviewed, `AAAA-MM-DD`. */
  modified: string;
}

/** A DCAT catalogue in JSON-LD, so an open-data portal (CKAN, datos.gov.co) can harvest the files. */
export function dcatCatalogue(site: URL, datasets: DatasetSummary[]) {
  const abs = (path: string) => new URL(path, site).href;
  const distribution = (name: DatasetName, file: DataFile, mediaType: string, format: string) => ({
    '@type': 'dcat:Distribution',
    'dcat:downloadURL': abs(dataHref(name, file)),
    'dcat:mediaType': mediaType,
    'dct:format': format,
    'dct:license': LICENSE.url,
    ...(file === 'schema.json' ? {} : { 'dct:conformsTo': abs(dataHref(name, 'schema.json')) }),
  });
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
    },
    '@type': 'dcat:Catalog',
    '@id': abs(catalogueHref),
    'dct:title': `${t('data.title')} · ${t('site.name')}`,
    'dct:description': t('data.lead'),
    'dct:language': 'es',
    'dct:license': LICENSE.url,
    'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': t('site.name') },
    'foaf:homepage': abs(dataIndexHref),
    'dcat:dataset': datasets.map((d) => ({
      '@type': 'dcat:Dataset',
      '@id': abs(`${dataIndexHref}#${d.name}`),
      'dct:identifier': d.name,
      'dct:title': datasetLabel(d.name),
      'dct:description': isDerivedDataset(d.name)
        ? derivedDatasets[d.name].description
        : t('data.datasetDescription', { name: datasetLabel(d.name) }),
      'dct:modified': d.modified,
      'dct:language': 'es',
      'dct:license': LICENSE.url,
      'dcat:landingPage': abs(`${dataIndexHref}#${d.name}`),
      'dcat:distribution': [
        distribution(d.name, 'csv', 'text/csv', 'CSV'),
        distribution(d.name, 'json', 'application/json', 'JSON'),
        distribution(d.name, 'schema.json', 'application/schema+json', 'JSON Schema'),
      ],
    })),
  };
}

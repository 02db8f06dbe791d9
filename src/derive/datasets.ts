/**
 * The open-data datasets: one per collection, with its columns, its JSON Schema and its
 * DCAT description, all derived from the collection registry and its schemas.
 * File names are the collection keys, the same words JSON Schemas use in `x-reference`.
 */
import type { z } from 'zod';
import { t } from '../i18n/index.ts';
import { type CollectionDefinition, type CollectionName, collections } from '../schemas/index.ts';
import { nodeContext } from '../schemas/node-context.ts';
import { recordJsonSchema } from './json-schema.ts';
import { type BodyWords, columnsOf } from './open-data.ts';

export type DataFile = 'csv' | 'json' | 'schema.json';

export const dataIndexHref = '/datos/';
export const catalogueHref = '/datos/catalogo.json';
export const dataHref = (name: CollectionName, file: DataFile) => `${dataIndexHref}${name}.${file}`;

export const LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.es' };

/** Node's schema: references as ids and dates as days on the input side, as exported. */
export const exportedSchema = (name: CollectionName): z.ZodType => {
  const c: CollectionDefinition = collections[name];
  return (c.exported ?? c.schema)(nodeContext);
};

export const bodyOf = (name: CollectionName): BodyWords | undefined => {
  const c = collections[name];
  return 'body' in c ? c.body : undefined;
};

export const datasetColumns = (name: CollectionName) => columnsOf(exportedSchema(name), bodyOf(name));

export const datasetJsonSchema = (name: CollectionName, site: URL) =>
  recordJsonSchema(exportedSchema(name), {
    body: bodyOf(name),
    id: new URL(dataHref(name, 'schema.json'), site).href,
    title: collections[name].labelSingular,
  });

export interface DatasetSummary {
  name: CollectionName;
  count: number;
  /** Latest day an entry was published or reviewed, `AAAA-MM-DD`. */
  modified: string;
}

/** A DCAT catalogue in JSON-LD, so an open-data portal (CKAN, datos.gov.co) can harvest the files. */
export function dcatCatalogue(site: URL, datasets: DatasetSummary[]) {
  const abs = (path: string) => new URL(path, site).href;
  const distribution = (name: CollectionName, file: DataFile, mediaType: string, format: string) => ({
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
      'dct:title': collections[d.name].label,
      'dct:description': t('data.datasetDescription', { name: collections[d.name].label }),
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

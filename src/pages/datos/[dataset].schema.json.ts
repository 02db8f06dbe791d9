import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetJsonSchema } from '../../derive/datasets.ts';
import { type CollectionName, collectionNames } from '../../schemas/index.ts';

export const getStaticPaths = (() => collectionNames.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(JSON.stringify(datasetJsonSchema(params.dataset as CollectionName, site!), null, 1), { headers: { 'Content-Type': 'application/schema+json' } });

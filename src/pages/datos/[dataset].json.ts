import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetRecords } from '../../features/publishing/index.ts';
import { type CollectionName, collectionNames } from '../../schemas/index.ts';

export const getStaticPaths = (() => collectionNames.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

/** An array of records, each valid against `<dataset>.schema.json`. */
export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await datasetRecords(params.dataset as CollectionName), null, 1), { headers: { 'Content-Type': 'application/json' } });

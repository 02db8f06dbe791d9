import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetJsonSchema } from '../../derive/datasets.ts';
import { datasetPaths, jsonResponse } from '../../features/publishing/index.ts';
import type { CollectionName } from '../../schemas/index.ts';

export const getStaticPaths = (() => datasetPaths()) satisfies GetStaticPaths;

/** Derived from the schema alone: no content is read. */
export const GET: APIRoute = ({ params, site }) =>
  jsonResponse(datasetJsonSchema(params.dataset as CollectionName, site!), 'application/schema+json');

import type { APIRoute, GetStaticPaths } from 'astro';
import { type DatasetName, datasetJsonSchema } from '../../derive/datasets.ts';
import { datasetPaths, jsonResponse } from '../../features/publishing/index.ts';

export const getStaticPaths = (() => datasetPaths()) satisfies GetStaticPaths;

/** Derived from the schema alone: no content is read. */
export const GET: APIRoute = ({ params, site }) =>
  jsonResponse(datasetJsonSchema(params.dataset as DatasetName, site!), 'application/schema+json');

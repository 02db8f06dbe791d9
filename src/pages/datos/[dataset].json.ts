import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetPaths, jsonResponse, loadDatasetRecords } from '../../features/publishing/index.ts';
import type { DatasetName } from '../../derive/datasets.ts';

export const getStaticPaths = (() => datasetPaths()) satisfies GetStaticPaths;

/** An array of records, each valid against `<dataset>.schema.json`. */
export const GET: APIRoute = async ({ params }) =>
  jsonResponse(await loadDatasetRecords(params.dataset as DatasetName), 'application/json');

import type { APIRoute, GetStaticPaths } from 'astro';
import { csvResponse, datasetPaths, loadDatasetCsv } from '../../features/publishing/index.ts';
import type { DatasetName } from '../../derive/datasets.ts';

export const getStaticPaths = (() => datasetPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => csvResponse(await loadDatasetCsv(params.dataset as DatasetName));

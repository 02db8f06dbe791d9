import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetColumns } from '../../derive/datasets.ts';
import { toCsv } from '../../derive/open-data.ts';
import { datasetRecords } from '../../features/publishing/index.ts';
import { type CollectionName, collectionNames } from '../../schemas/index.ts';

export const getStaticPaths = (() => collectionNames.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const name = params.dataset as CollectionName;
  const csv = toCsv(datasetColumns(name), await datasetRecords(name));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

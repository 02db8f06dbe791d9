import type { APIRoute } from 'astro';
import { dcatCatalogue } from '../../derive/datasets.ts';
import { datasetSummaries } from '../../features/publishing/index.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(dcatCatalogue(site!, await datasetSummaries()), null, 1), { headers: { 'Content-Type': 'application/ld+json' } });

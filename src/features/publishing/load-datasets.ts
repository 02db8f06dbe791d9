/**
 * Reads every collection for the open-data exports and the data page: published entries of
 * knowledge collections only, every term of a taxonomy.
 */
import {
  type DatasetName,
  datasetColumns,
  datasetLabel,
  datasetNames,
  dcatCatalogue,
  type DatasetSummary,
} from '../../derive/datasets.ts';
import { toCsv } from '../../derive/open-data.ts';
import { collections } from '../../schemas/index.ts';
import { entryBody, entriesOf, published } from '../../core/content.ts';
import { buildDay } from '../../core/today.ts';
import {
  actorEntries,
  costEntries,
  type DataPageModel,
  datasetRecords,
  datasetSummary,
  evaluationEntries,
} from './datasets.ts';
import { SATISFACTION_LEVELS } from '../../schemas/service-evaluation.ts';
import { needStatusesById } from '../demand/index.ts';

type Knowledge = Parameters<typeof published>[0];

/** One page per dataset: `/datos/<dataset>.csv`, `.json`, `.schema.json`. */
export const datasetPaths = () => datasetNames.map((dataset) => ({ params: { dataset } }));

/** A dataset's records: drafts never leave the portal. */
export async function loadDatasetRecords(name: DatasetName) {
  if (name === 'actors') {
    const [agendas, plans] = await Promise.all([published('agendas'), published('plans')]);
    return datasetRecords(name, actorEntries({ agendas, plans }));
  }
  if (name === 'evaluations')
    return datasetRecords(name, evaluationEntries(await published('plans'), SATISFACTION_LEVELS));
  if (name === 'costs') return datasetRecords(name, costEntries(await published('plans')));
  const knowledge = collections[name].kind === 'knowledge';
  const entries = knowledge ? await published(name as Knowledge) : await entriesOf(name);
  // Bodies are read from the files (core/content.ts): only the datasets that publish them read them.
  const withBodies = 'body' in collections[name] ? entries.map((e) => ({ ...e, body: entryBody(e) })) : entries;
  return datasetRecords(name, withBodies, await computedValues(name));
}

/** Values a collection's records carry besides what editors wrote: a need's answer status. */
async function computedValues(name: DatasetName): Promise<(id: string) => Record<string, unknown>> {
  if (name !== 'needs') return () => ({});
  const statuses = await needStatusesById();
  return (id) => ({ answerStatus: statuses.get(id)?.status });
}

/** A dataset as CSV, its columns derived from the schema. */
export async function loadDatasetCsv(name: DatasetName): Promise<string> {
  return toCsv(datasetColumns(name), await loadDatasetRecords(name));
}

export async function loadDatasetSummaries(): Promise<DatasetSummary[]> {
  const day = buildDay();
  return Promise.all(datasetNames.map(async (name) => datasetSummary(name, await loadDatasetRecords(name), day)));
}

/** The DCAT catalogue of every dataset, as JSON-LD. */
export async function loadDataCatalogue(site: URL) {
  return dcatCatalogue(site, await loadDatasetSummaries());
}

/** The data page: each dataset with its size, files and columns. */
export async function loadDataPage(): Promise<DataPageModel> {
  return {
    datasets: (await loadDatasetSummaries()).map((d) => ({
      ...d,
      label: datasetLabel(d.name),
      columns: datasetColumns(d.name),
    })),
  };
}

/**
 * Reads every collection for the open-data exports: published entries of knowledge
 * collections (drafts never leave the portal) and every taxonomy term, as JSON records.
 */
import { getCollection } from 'astro:content';
import { exportedSchema, bodyOf, type DatasetSummary } from '../../derive/datasets.ts';
import { toRecord } from '../../derive/open-data.ts';
import { type CollectionName, collectionNames, collections } from '../../schemas/index.ts';
import { isoDay } from '../../i18n/format.ts';
import { buildDay } from '../../core/today.ts';
import { needStatusesById } from '../demand/index.ts';

type Data = Record<string, unknown>;

export async function datasetRecords(name: CollectionName) {
  const knowledge = collections[name].kind === 'knowledge';
  const entries = await getCollection(name, (e) => !knowledge || (e.data as Data).status === 'published');
  const schema = exportedSchema(name);
  const withBody = Boolean(bodyOf(name));
  const computed = await computedValues(name);
  return entries
    .map((e) => toRecord(schema, { id: e.id, data: { ...(e.data as Data), ...computed(e.id) }, body: (e as { body?: string }).body }, withBody))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Latest publication or review day of a dataset; taxonomies without dates take the build day. */
const modifiedOf = (records: Data[]) =>
  records.map((r) => String(r.lastReviewed ?? r.publishedAt ?? '')).filter(Boolean).sort().at(-1) ?? isoDay(buildDay());

export async function datasetSummaries(): Promise<DatasetSummary[]> {
  return Promise.all(
    collectionNames.map(async (name) => {
      const records = await datasetRecords(name);
      return { name, count: records.length, modified: modifiedOf(records) };
    }),
  );
}

/** Values a collection's records carry besides what editors wrote (its registry entry's `exported` schema). */
async function computedValues(name: CollectionName): Promise<(id: string) => Data> {
  if (name !== 'needs') return () => ({});
  const statuses = await needStatusesById();
  return (id) => ({ answerStatus: statuses.get(id)?.status });
}

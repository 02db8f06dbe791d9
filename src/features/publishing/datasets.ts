/**
 * The open-data exports, computed from what their loader (load-datasets.ts) read: published
 * entries of knowledge collections (drafts never leave the portal) and every taxonomy term,
 * as JSON records, and a summary of each dataset for the catalogue and the data page.
 */
import { exportedSchema, bodyOf, type DatasetName, type DatasetSummary } from '../../derive/datasets.ts';
import { type Column, toRecord } from '../../derive/open-data.ts';
import { isoDay } from '../../i18n/format.ts';

type Data = Record<string, unknown>;

/** An entry as the content layer gives it. */
export interface DatasetEntry {
  id: string;
  data: object;
  body?: string;
}

/**
 * A dataset's records, by id. `computed` gives the values a record carries besides what editors
 * wrote (the registry entry's `exported` schema: a need's answer status), worked out by the loader.
 */
export function datasetRecords(
  name: DatasetName,
  entries: readonly DatasetEntry[],
  computed: (id: string) => Data = () => ({}),
): Data[] {
  const schema = exportedSchema(name);
  const withBody = Boolean(bodyOf(name));
  return entries
    .map((e) =>
      toRecord(schema, { id: e.id, data: { ...(e.data as Data), ...computed(e.id) }, body: e.body }, withBody),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Latest publication or review day of a dataset; taxonomies without dates take the build day. */
const modifiedOf = (records: Data[], buildDay: Date) =>
  records
    .map((r) => String(r.lastReviewed ?? r.publishedAt ?? ''))
    .filter(Boolean)
    .sort()
    .at(-1) ?? isoDay(buildDay);

export const datasetSummary = (name: DatasetName, records: Data[], buildDay: Date): DatasetSummary => ({
  name,
  count: records.length,
  modified: modifiedOf(records, buildDay),
});

export const jsonResponse = (value: unknown, contentType: string) =>
  new Response(JSON.stringify(value, null, 1), { headers: { 'Content-Type': contentType } });

export const csvResponse = (csv: string) =>
  new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

/** The data page: each dataset with its size and its columns. */
export interface DataPageModel {
  datasets: (DatasetSummary & { label: string; columns: Column[] })[];
}

/** An agenda or a plan as the actors dataset reads it: its id and its actor map. */
export interface ActorMapEntry {
  id: string;
  data: { actors: readonly object[] };
}

/**
 * The rows of the `actors` dataset: one per actor of each published agenda and plan, with the
 * agenda or plan it belongs to. A row's id is `<collection>/<entry id>#<position>`, unique
 * across both collections and stable while the map keeps its order.
 */
export function actorEntries(sources: { agendas: readonly ActorMapEntry[]; plans: readonly ActorMapEntry[] }) {
  const rows = (collection: 'agendas' | 'plans', owner: 'agenda' | 'plan') =>
    sources[collection].flatMap((e) =>
      e.data.actors.map((actor, i) => ({
        id: `${collection}/${e.id}#${String(i + 1).padStart(2, '0')}`,
        data: { [owner]: { id: e.id }, ...actor },
      })),
    );
  return [...rows('agendas', 'agenda'), ...rows('plans', 'plan')];
}

/** A plan as the evaluations and costs datasets read it. */
export interface ServiceEntry {
  id: string;
  data: {
    evaluations: readonly { from: Date; to: Date; ratings: readonly { level: string; count: number }[] }[];
    costs: readonly { from?: Date }[];
  };
}

const position = (i: number) => String(i + 1).padStart(2, '0');
const byTime = (a?: Date, b?: Date) => (a?.getTime() ?? 0) - (b?.getTime() ?? 0);

/**
 * The rows of the `evaluations` dataset: one per evaluation of each published plan, earliest
 * first, the answers of each level of the scale as a column of their own (0 when none).
 */
export function evaluationEntries(plans: readonly ServiceEntry[], levels: readonly string[]) {
  return plans.flatMap((p) =>
    [...p.data.evaluations]
      .sort((a, b) => byTime(a.from, b.from) || byTime(a.to, b.to))
      .map(({ ratings, ...evaluation }, i) => ({
        id: `${p.id}#${position(i)}`,
        data: {
          plan: { id: p.id },
          ...evaluation,
          ...Object.fromEntries(levels.map((l) => [l, ratings.find((r) => r.level === l)?.count ?? 0])),
        },
      })),
  );
}

/** The rows of the `costs` dataset: one per cost of each published plan, by the day it starts. */
export function costEntries(plans: readonly ServiceEntry[]) {
  return plans.flatMap((p) =>
    [...p.data.costs]
      .sort((a, b) => byTime(a.from, b.from))
      .map((cost, i) => ({ id: `${p.id}#${position(i)}`, data: { plan: { id: p.id }, ...cost } })),
  );
}

/**
 * The page of a plan (/planes/<id>/): its facts, body, timeline of milestones with their
 * status on the build day, indicators against their goals, open commitments, meetings, and
 * the offers and agenda it names.
 */
import type { CollectionEntry } from 'astro:content';
import { published, taxonomies } from '../../core/content.ts';
import { buildDay } from '../../core/today.ts';
import { labelsOf } from '../../derive/labels.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import type { Fact } from '../../render/parts.ts';
import { collections } from '../../schemas/index.ts';
import { entryBase, entryLinks, entryTags, type IndexedEntryPage, type LinkGroup, sdgFacts } from '../entries/index.ts';
import { percentText } from './percent-text.ts';
import { planView } from './plan-view.ts';
import { loadActorMap } from './load-actor-map.ts';
import type { ActorMapView } from './actor-map.ts';
import { type PlanService, planService } from './service-view.ts';

type PlanData = CollectionEntry<'plans'>['data'];

export interface PlanPage extends IndexedEntryPage {
  facts: Fact[];
  view: ReturnType<typeof planView<PlanData['meetings'][number]>>;
  /** The indicators in words, for readers who cannot see the chart. */
  chartDescription: string;
  links: LinkGroup[];
  /** Who takes part, by role, and the influence × interest grid. */
  actors: ActorMapView;
  /** How participants rated the service, what it cost and who advised. */
  service: PlanService;
  publishedAt: Date;
  lastReviewed?: Date;
}

export const planPagePaths = async () =>
  (await published('plans')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));

export async function loadPlanPage(entry: CollectionEntry<'plans'>): Promise<PlanPage> {
  const d = entry.data;
  const tax = await taxonomies();
  const L = labelsOf('plans');
  const view = planView(d, buildDay());
  const chartDescription = view.indicators
    .map(
      (i) =>
        `${i.name}: ${L('indicators.baseline')} ${formatNumber(i.baseline)}, ${L('indicators.current')} ${formatNumber(i.current)}, ${L('indicators.goal')} ${formatNumber(i.goal)} ${i.unit} (${percentText(i.progressPercent)}).`,
    )
    .join(' ');
  return {
    ...(await entryBase(entry)),
    tags: entryTags(tax, collections.plans.labelSingular, { territories: d.territories, sdg: d.sdg }),
    facts: [
      { label: L('valueGroup'), text: tax.term('valueGroups', d.valueGroup).name },
      { label: L('territories'), terms: tax.linked('territories', d.territories) },
      { label: L('lead'), text: tax.term('entities', d.lead).name },
      { label: L('startsOn'), text: formatDate(d.startsOn) },
      { label: L('endsOn'), text: formatDate(d.endsOn) },
      ...sdgFacts(tax, { sdg: L('sdg'), sdgTargets: L('sdgTargets') }, d),
    ],
    view,
    actors: await loadActorMap(d.actors),
    service: planService(d, buildDay(), (id) => tax.term('entities', { id }).name),
    chartDescription: t('plan.chartDesc', { details: chartDescription }),
    links: await entryLinks([
      { collection: 'offers', label: L('offers'), refs: d.offers },
      { collection: 'needs', label: L('needs'), refs: d.needs },
      ...(d.agenda ? [{ collection: 'agendas' as const, label: L('agenda'), refs: [d.agenda] }] : []),
    ]),
    publishedAt: d.publishedAt,
    ...(d.lastReviewed ? { lastReviewed: d.lastReviewed } : {}),
  };
}

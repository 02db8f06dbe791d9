/**
 * Reads the published plans and the territories' names for the progress dashboards, once per
 * build: the network's page, each department's page, and the territory and agenda pages that
 * show a dashboard read it.
 */
import { published, taxonomies } from '../../core/content.ts';
import { buildDay } from '../../core/today.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import { entryHref, territoryHref } from '../../core/urls.ts';
import type { PlanLike } from './progress-rollup.ts';
import type { ServicePlanLike } from './service-figures.ts';
import { serviceSummary } from './service-view.ts';
import {
  type DepartmentProgress,
  type PlanEntry,
  type DepartmentProgressPageModel,
  type ProgressPageModel,
  progressModel,
} from './progress-pages.ts';

/** Computed once per build: the dashboards and every territory page that links one read it. */
export const progressData = oncePerBuild(async function progressData() {
  const [entries, tax] = await Promise.all([published('plans'), taxonomies()]);
  return progressModel(entries, (code) => tax.all.territories.get(code)?.name, buildDay());
});

export async function loadProgressPage(): Promise<ProgressPageModel> {
  const [{ network, departments }, plans] = await Promise.all([progressData(), published('plans')]);
  const today = buildDay();
  return {
    network,
    departments: departments.map(({ code, name, href, progress, entries }) => ({
      code,
      name,
      href,
      progress,
      service: serviceSummary(
        entries.map((e) => e.data),
        today,
      ),
    })),
    service: serviceSummary(
      plans.map((p) => p.data),
      today,
    ),
  };
}

/** One dashboard per department where a plan works: `/avance/27-choco/`. */
export async function departmentProgressPaths() {
  return (await progressData()).departments.map((department) => ({
    params: { department: department.href.split('/')[2] },
    props: { department },
  }));
}

/** A department's dashboard page, from the department its path carries. */
export function departmentProgressPage<E extends PlanEntry<PlanLike & ServicePlanLike & { title: string }>>(
  department: DepartmentProgress<E>,
): DepartmentProgressPageModel {
  const { code, name, progress } = department;
  return {
    code,
    name,
    territoryHref: territoryHref({ code, name }),
    progress,
    plans: department.entries.map((e) => ({ href: entryHref('plans', e.id), title: e.data.title })),
    service: serviceSummary(
      department.entries.map((e) => e.data),
      buildDay(),
    ),
  };
}

/**
 * Data for the progress dashboards: published plans rolled up for the network, for each
 * department where a plan works and for an agenda. Pure: the plans and the territories' names
 * come from the loader (load-progress.ts).
 */
import {
  departmentsWithPlans,
  isInDepartment,
  isOfAgenda,
  type PlanLike,
  type Progress,
  rollUp,
} from './progress-rollup.ts';
import { departmentProgressHref } from '../../core/urls.ts';
import type { ServiceSummary } from './service-view.ts';

export { progressHref } from '../../core/urls.ts';

export interface PlanEntry<P extends PlanLike = PlanLike> {
  id: string;
  data: P;
}

export interface DepartmentProgress<E extends PlanEntry = PlanEntry> {
  code: string;
  name: string;
  /** The department's dashboard. */
  href: string;
  /** Its plans. */
  entries: E[];
  progress: Progress;
}

export interface ProgressData<E extends PlanEntry = PlanEntry> {
  network: Progress;
  departments: DepartmentProgress<E>[];
  ofAgenda: (agendaId: string) => { entries: E[]; progress: Progress };
}

/** The network's, each department's and each agenda's progress, as of `today`. */
export function progressModel<E extends PlanEntry>(
  entries: E[],
  territoryName: (code: string) => string | undefined,
  today: Date,
): ProgressData<E> {
  const plans = entries.map((e) => e.data);
  const departments = departmentsWithPlans(plans).map((code) => {
    const name = territoryName(code) ?? code;
    const selected = entries.filter((e) => isInDepartment(e.data, code));
    return {
      code,
      name,
      href: departmentProgressHref({ code, name }),
      entries: selected,
      progress: rollUp(
        selected.map((e) => e.data),
        today,
      ),
    };
  });
  return {
    network: rollUp(plans, today),
    departments,
    ofAgenda: (agendaId: string) => {
      const selected = entries.filter((e) => isOfAgenda(e.data, agendaId));
      return {
        entries: selected,
        progress: rollUp(
          selected.map((e) => e.data),
          today,
        ),
      };
    },
  };
}

/** The network's dashboard: its progress, and each department's figures for the table. */
export interface ProgressPageModel {
  network: Progress;
  departments: { code: string; name: string; href: string; progress: Progress; service: ServiceSummary }[];
  /** How participants rated the service across the network, and what it cost. */
  service: ServiceSummary;
}

/** A department's dashboard, with its plans. */
export interface DepartmentProgressPageModel {
  code: string;
  name: string;
  /** The department's territory page. */
  territoryHref: string;
  progress: Progress;
  plans: { href: string; title: string }[];
  /** How participants rated the service in the department, and what it cost. */
  service: ServiceSummary;
}

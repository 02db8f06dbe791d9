/**
 * Data for the progress dashboards: published plans rolled up for the network, for each
 * department where a plan works and for an agenda.
 */
import { published, taxonomies } from '../../core/content.ts';
import { departmentsWithPlans, isInDepartment, isOfAgenda, rollUp } from './progress-rollup.ts';
import { buildDay } from '../../core/today.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import { departmentProgressHref } from '../../core/urls.ts';

export { progressHref } from '../../core/urls.ts';

/** Computed once per build: the dashboards and every territory page that links one read it. */
export const progressData = oncePerBuild(async function progressData() {
  const entries = await published('plans');
  const plans = entries.map((e) => e.data);
  const tax = await taxonomies();
  const today = buildDay();
  const departments = departmentsWithPlans(plans).map((code) => {
    const name = tax.all.territories.get(code)?.name ?? code;
    const selected = entries.filter((e) => isInDepartment(e.data, code));
    return { code, name, href: departmentProgressHref({ code, name }), entries: selected, progress: rollUp(selected.map((e) => e.data), today) };
  });
  return {
    network: rollUp(plans, today),
    departments,
    ofAgenda: (agendaId: string) => {
      const selected = entries.filter((e) => isOfAgenda(e.data, agendaId));
      return { entries: selected, progress: rollUp(selected.map((e) => e.data), today) };
    },
  };
});

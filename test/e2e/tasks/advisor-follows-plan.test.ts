/**
 * USERS.md task 4, on a phone, with JavaScript and without: «A departmental advisor follows the
 * work plan agreed with five municipalities: which milestones are late, each indicator against
 * its baseline and goal, the commitments from the last mesa de trabajo still open — and shares
 * the public page with the mayors.» Every plan of `content/plans/` is followed; which milestones
 * are late is computed from the content and the build day with the project's own rule
 * (src/features/progress/milestone-status.ts), not written down here.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../../src/i18n/format.ts';
import { t } from '../../../src/i18n/index.ts';
import { milestoneStatus } from '../../../src/features/progress/milestone-status.ts';
import { CLOSED_COMMITMENT } from '../../../src/features/progress/progress-rollup.ts';
import { useBuiltSite } from '../../helpers/built-site.ts';
import { asDate, readEntries } from '../../helpers/content-files.ts';
import { jsModes, phoneContext, tapLink } from '../../helpers/reader-phone.ts';
import { BUILD_DATE } from '../global-setup.ts';

interface Milestone {
  title: string;
  start?: string;
  due?: string;
  completedOn?: string;
  progress?: number;
  subMilestones?: Milestone[];
}
interface Plan {
  title: string;
  territories: string[];
  milestones: Milestone[];
  indicators: { name: string; baseline: number; goal: number; current: number }[];
  meetings: { date: string; commitments?: { description: string; status: string }[] }[];
}

const today = new Date(`${BUILD_DATE}T00:00:00Z`);
const plans = readEntries<Plan>('plans');
const day = (value: string | undefined) => (value === undefined ? undefined : asDate(value));
const statusOf = (m: Milestone) =>
  milestoneStatus(
    { start: day(m.start), due: day(m.due), completedOn: day(m.completedOn), progress: m.progress },
    today,
  );
const everyMilestone = (plan: Plan) => plan.milestones.flatMap((m) => [m, ...(m.subMilestones ?? [])]);
const lastMeetingHeld = (plan: Plan) =>
  plan.meetings
    .filter((m) => asDate(m.date) <= today)
    .sort((a, b) => asDate(a.date).getTime() - asDate(b.date).getTime())
    .at(-1);

const built = useBuiltSite();

describe('the demo content gives the task something to find', () => {
  it('some plan has a late milestone and a last meeting with open commitments', () => {
    expect(plans.some((p) => everyMilestone(p.data).some((m) => statusOf(m) === 'late'))).toBe(true);
    expect(plans.some((p) => lastMeetingHeld(p.data)?.commitments?.some((c) => c.status !== CLOSED_COMMITMENT))).toBe(
      true,
    );
  });
});

describe.each(jsModes)('task 4, an advisor follows a work plan on a phone ($name)', ({ javaScriptEnabled }) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await phoneContext(built.browser, javaScriptEnabled);
  });
  afterAll(() => context?.close());

  describe.each(plans.map((p) => [p.data.title, p] as const))('%s', (_title, { data: plan }) => {
    let page: Page;
    beforeAll(async () => {
      page = (await built.open(context, '/planes/')).page;
      await tapLink(page, page.getByRole('link', { name: plan.title, exact: true }));
    });
    afterAll(() => page?.close());

    it('opens the plan from the list of work plans', async () => {
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(plan.title);
    });

    it('sees which milestones are late, and only those', async () => {
      const timeline = page.getByRole('region', { name: t('plan.timeline') }).locator('ol.timeline');
      for (const m of everyMilestone(plan)) {
        const item = timeline.locator('li').filter({ hasText: m.title }).last();
        const status = await item.locator('.status').first().textContent();
        expect(status, m.title).toBe(t(`plan.status.${statusOf(m)}`));
      }
      const late = everyMilestone(plan).filter((m) => statusOf(m) === 'late').length;
      expect(
        await timeline
          .locator('.status')
          .filter({ hasText: t('plan.status.late') })
          .count(),
      ).toBe(late);
    });

    it('reads each indicator against its baseline and its goal', async () => {
      const table = page.getByRole('table', { name: t('plan.indicatorsCaption') });
      expect(await table.locator('tbody tr').count()).toBe(plan.indicators.length);
      for (const i of plan.indicators) {
        const cells = await table
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: i.name, exact: true }) })
          .getByRole('cell')
          .allTextContents();
        expect(cells, i.name).toEqual(
          expect.arrayContaining([formatNumber(i.baseline), formatNumber(i.current), formatNumber(i.goal)]),
        );
      }
    });

    it('finds the commitments of the last mesa de trabajo still open, and not the fulfilled ones', async () => {
      const last = lastMeetingHeld(plan)!;
      const table = page.getByRole('table', { name: t('plan.openCommitmentsCaption') });
      for (const c of last.commitments ?? []) {
        const row = table.getByRole('row').filter({ hasText: c.description });
        if (c.status === CLOSED_COMMITMENT) expect(await row.count(), c.description).toBe(0);
        else expect(await row.textContent(), c.description).toContain(formatDate(asDate(last.date)));
      }
    });

    it('has a public address to share, the one it was opened at', async () => {
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(new URL(page.url()).pathname);
    });
  });
});

/**
 * Issue 19, items 1, 2 and 4, as readers do them on a phone (390×844), JavaScript on and off: an
 * advisor reads how participants rated a plan's service and what it cost; an offer designer reads
 * «¿Qué tal les pareció a quienes la recibieron?» on each offer that plans deploy, and compares;
 * a departmental office reads its department's dashboard, and the network's. Every expected figure
 * is computed here from the fixture files (test/fixtures/site/content/plans/), with Intl in es-CO,
 * not by the site's own modules; no page is wider than the phone, and the pages are axe-core clean.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/built-site.ts';
import { asDate, readEntries } from '../helpers/content-files.ts';
import { jsModes, phoneContext, tapLink } from '../helpers/reader-phone.ts';
import { axeViolations, formatViolations } from '../helpers/axe.ts';
import { BUILD_DATE } from './global-setup.ts';

const LEVELS = ['muy-insatisfecho', 'insatisfecho', 'neutral', 'satisfecho', 'muy-satisfecho'] as const;

interface Evaluation {
  from: string;
  to: string;
  asked: number;
  answered: number;
  ratings: { level: (typeof LEVELS)[number]; count: number }[];
}
interface Plan {
  title: string;
  territories: string[];
  offers?: string[];
  meetings?: { date: string; participants: { count: number }[] }[];
  evaluations?: Evaluation[];
  advisers?: { entity: string; count: number }[];
  costs?: { amount: number }[];
}

const built = useBuiltSite();
const plans = readEntries<Plan>('plans');
const offers = readEntries<{ title: string }>('offers');
const territoryNames = new Map(readEntries<{ name: string }>('taxonomies/territories').map((e) => [e.id, e.data.name]));

const number = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 });
const pesos = new Intl.NumberFormat('es-CO', { style: 'currency', currency: 'COP', maximumFractionDigits: 0 });
const oneSpace = (s: string) => s.replace(/\s+/g, ' ').trim();
const pct = (part: number, whole: number) => `${number.format(Math.round((part / whole) * 1000) / 10)} %`;

/** What the service figures of a set of plans must read, by `data-figure`, from the files alone. */
function expectedFigures(set: Plan[]): Record<string, string> {
  const evaluations = set.flatMap((p) => p.evaluations ?? []);
  const counts = LEVELS.map((l) =>
    evaluations.reduce((n, e) => n + (e.ratings.find((r) => r.level === l)?.count ?? 0), 0),
  );
  const rated = counts.reduce((a, b) => a + b, 0);
  const asked = evaluations.reduce((n, e) => n + e.asked, 0);
  const answered = evaluations.reduce((n, e) => n + e.answered, 0);
  const out: Record<string, string> = {};
  if (evaluations.length > 0) {
    if (set.length > 1)
      out.plansEvaluated = `${set.filter((p) => (p.evaluations ?? []).length > 0).length} de ${set.length}`;
    out.evaluations = number.format(evaluations.length);
    out.asked = number.format(asked);
    out.answered = number.format(answered);
    out.responseRate = pct(answered, asked);
    out.satisfied = pct(counts[3]! + counts[4]!, rated);
    out.mean = number.format(Math.round((counts.reduce((n, c, i) => n + c * (i + 1), 0) / rated) * 100) / 100);
  }
  const advisers = set.flatMap((p) => p.advisers ?? []);
  if (advisers.length > 0) {
    out.advisers = number.format(advisers.reduce((n, a) => n + a.count, 0));
    out.adviserEntities = number.format(new Set(advisers.map((a) => a.entity)).size);
  }
  const costed = set.filter((p) => (p.costs ?? []).length > 0);
  if (costed.length > 0) {
    const total = costed.reduce((n, p) => n + p.costs!.reduce((m, c) => m + c.amount, 0), 0);
    const territories = new Set(costed.flatMap((p) => p.territories)).size;
    const participants = costed.reduce(
      (n, p) =>
        n +
        (p.meetings ?? [])
          .filter((m) => asDate(m.date).toISOString().slice(0, 10) <= BUILD_DATE)
          .reduce((s, m) => s + m.participants.reduce((c, r) => c + r.count, 0), 0),
      0,
    );
    out.totalCost = oneSpace(pesos.format(total));
    out.costPerTerritory = oneSpace(pesos.format(Math.round(total / territories)));
    out.costPerParticipant = oneSpace(pesos.format(Math.round(total / participants)));
  }
  return out;
}

/** The figures a page prints in one service block, by `data-figure`, costPeriod aside. */
const printedFigures = async (page: Page, block: string) =>
  Object.fromEntries(
    (
      await page
        .locator(`[data-service-figures="${block}"] tr[data-figure]`)
        .evaluateAll((rows) =>
          rows.map((tr) => [(tr as HTMLElement).dataset.figure!, tr.querySelector('td')!.textContent!]),
        )
    )
      .filter(([key]) => key !== 'costPeriod')
      .map(([key, text]) => [key!, oneSpace(text!)]),
  );

const noOverflow = async (page: Page, path: string) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);

const evaluated = plans.filter((p) => (p.data.evaluations ?? []).length > 0);
const notEvaluated = plans.filter((p) => (p.data.evaluations ?? []).length === 0);
const deployed = offers.filter((o) => plans.some((p) => p.data.offers?.includes(o.id)));
const undeployed = offers.filter((o) => !plans.some((p) => p.data.offers?.includes(o.id)));
const departmentOf = (code: string) => code.slice(0, 2);
const departments = [...new Set(plans.flatMap((p) => p.data.territories.map(departmentOf)))].sort();
const plansIn = (department: string) =>
  plans.filter((p) => p.data.territories.some((t) => departmentOf(t) === department)).map((p) => p.data);

describe('the service evaluation, on a phone', () => {
  it('the fixture content has a plan with evaluations and costs, one without evaluations, and offers of both kinds', () => {
    expect(evaluated.length).toBeGreaterThan(0);
    expect(evaluated.some((p) => (p.data.costs ?? []).length > 0)).toBe(true);
    expect(notEvaluated.length).toBeGreaterThan(0);
    expect(deployed.length).toBeGreaterThan(0);
    expect(undeployed.length).toBeGreaterThan(0);
  });

  for (const mode of jsModes) {
    it(`a plan page shows its figures, each evaluation in time order, its chart, costs and advisers (${mode.name})`, async () => {
      const context = await phoneContext(built.browser, mode.javaScriptEnabled);
      for (const plan of plans) {
        const path = `/planes/${plan.id}/`;
        const { page, errors, status } = await built.open(context, path);
        expect(status, path).toBe(200);
        expect(await printedFigures(page, 'servicio'), path).toEqual(expectedFigures([plan.data]));
        const evaluations = [...(plan.data.evaluations ?? [])].sort(
          (a, b) => asDate(a.from).getTime() - asDate(b.from).getTime(),
        );
        const rows = await page
          .locator('[data-evaluations] tr[data-evaluation]')
          .evaluateAll((trs) =>
            trs.map((tr) =>
              Object.fromEntries(
                [...tr.querySelectorAll('td[data-col]')].map((td) => [
                  (td as HTMLElement).dataset.col!,
                  td.textContent!.trim(),
                ]),
              ),
            ),
          );
        expect(rows, path).toEqual(
          evaluations.map((e) => {
            const counts = LEVELS.map((l) => e.ratings.find((r) => r.level === l)?.count ?? 0);
            const rated = counts.reduce((a, b) => a + b, 0);
            return {
              asked: number.format(e.asked),
              answered: number.format(e.answered),
              ...Object.fromEntries(LEVELS.map((l, i) => [l, number.format(counts[i]!)])),
              satisfied: pct(counts[3]! + counts[4]!, rated),
              mean: number.format(Math.round((counts.reduce((n, c, i) => n + c * (i + 1), 0) / rated) * 100) / 100),
            };
          }),
        );
        if (evaluations.length > 0) {
          // The chart is an SVG drawn at build time: one bar per evaluation, named for screen readers.
          const chart = page.locator('svg[aria-labelledby^="grafico-satisfaccion"]');
          await expect(chart.locator('rect.chart-bar').count()).resolves.toBe(evaluations.length);
          expect(await chart.getAttribute('role')).toBe('img');
        } else {
          await expect(page.locator('[data-plan-service] [data-service-none="evaluation"]').isVisible()).resolves.toBe(
            true,
          );
        }
        expect(await page.locator('[data-costs] tr[data-cost]').count(), path).toBe((plan.data.costs ?? []).length);
        expect(await page.locator('[data-advisers] tr[data-adviser]').count(), path).toBe(
          (plan.data.advisers ?? []).length,
        );
        await noOverflow(page, path);
        expect(errors, path).toEqual([]);
        await page.close();
      }
      await context.close();
    });

    it(`an offer's page rolls up every plan that deploys it, and says so when none does (${mode.name})`, async () => {
      const context = await phoneContext(built.browser, mode.javaScriptEnabled);
      for (const offer of deployed) {
        const path = `/oferta/${offer.id}/`;
        const { page, errors, status } = await built.open(context, path);
        expect(status, path).toBe(200);
        const section = page.locator('[data-offer-service]');
        expect(await section.locator('h2').textContent()).toBe('¿Qué tal les pareció a quienes la recibieron?');
        const deploying = plans.filter((p) => p.data.offers?.includes(offer.id));
        expect(await printedFigures(page, 'oferta-servicio'), path).toEqual(
          expectedFigures(deploying.map((p) => p.data)),
        );
        const listed = await section
          .locator('[data-service-plans] tbody th a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(listed.sort(), path).toEqual(deploying.map((p) => `/planes/${p.id}/`).sort());
        const none = deploying.every((p) => (p.data.evaluations ?? []).length === 0);
        expect(await section.locator('[data-service-none="evaluation"]').count(), path).toBe(none ? 1 : 0);
        await noOverflow(page, path);
        expect(errors, path).toEqual([]);
        await page.close();
      }
      const path = `/oferta/${undeployed[0]!.id}/`;
      const { page } = await built.open(context, path);
      expect(await page.locator('[data-offer-service] [data-service-none="plans"]').textContent()).toBe(
        'Ningún plan de trabajo publicado despliega todavía esta oferta.',
      );
      await page.close();
      await context.close();
    });

    it(`the network's dashboard and each department's show the figures of their plans (${mode.name})`, async () => {
      const context = await phoneContext(built.browser, mode.javaScriptEnabled);
      const { page, errors } = await built.open(context, '/avance/');
      expect(await printedFigures(page, 'red-servicio')).toEqual(expectedFigures(plans.map((p) => p.data)));
      const table = await page.locator('[data-service-departments] tbody tr').evaluateAll((rows) =>
        rows.map((tr) => ({
          name: tr.querySelector('th')!.textContent!.trim(),
          cells: [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()),
        })),
      );
      expect(table.map((r) => r.name)).toEqual(departments.map((d) => territoryNames.get(d)));
      for (const [i, code] of departments.entries()) {
        const want = expectedFigures(plansIn(code));
        const evaluations = plansIn(code).reduce((n, p) => n + (p.evaluations ?? []).length, 0);
        expect(table[i]!.cells, code).toEqual([
          number.format(evaluations),
          want.satisfied ?? '—',
          want.mean ?? '—',
          want.totalCost ?? '—',
          want.costPerTerritory ?? '—',
        ]);
      }
      await noOverflow(page, '/avance/');
      expect(errors).toEqual([]);
      // Each department's own dashboard, reached from the table as a reader would.
      for (const code of departments) {
        const { page: network } = await built.open(context, '/avance/');
        const row = network.locator('[data-service-departments] tbody tr', { hasText: territoryNames.get(code)! });
        const href = (await row.getAttribute('data-department'))!;
        // The department's name links to its dashboard once, in the progress table above.
        expect(await network.locator(`a[href="${href}"]`).count(), code).toBe(1);
        await tapLink(network, network.locator(`a[href="${href}"]`));
        const block = `dpto-${code}-servicio`;
        expect(await printedFigures(network, block), code).toEqual(expectedFigures(plansIn(code)));
        const none = plansIn(code).every((p) => (p.evaluations ?? []).length === 0);
        expect(
          await network.locator(`[data-service-figures="${block}"] [data-service-none="evaluation"]`).count(),
        ).toBe(none ? 1 : 0);
        await noOverflow(network, code);
        await network.close();
      }
      await page.close();
      await context.close();
    });
  }

  it('the plan page, an offer page and the dashboards with service figures are axe-core clean', async () => {
    const context = await phoneContext(built.browser, true);
    const { page: network } = await built.open(context, '/avance/');
    const department = await network
      .locator('[data-service-departments] tbody tr')
      .first()
      .getAttribute('data-department');
    await network.close();
    for (const path of [`/planes/${evaluated[0]!.id}/`, `/oferta/${deployed[0]!.id}/`, '/avance/', department!]) {
      const { page } = await built.open(context, path);
      const violations = await axeViolations(page);
      expect(violations, formatViolations(path, violations)).toEqual([]);
      await page.close();
    }
    await context.close();
  });
});

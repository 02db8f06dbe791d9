/**
 * USERS.md task 5, as a municipal official does it on a phone: find Quibdó by typing «Quibdo»
 * or its DIVIPOLA code (or, without JavaScript, in the list of places), open its page and see
 * everything that concerns it — its own practices, its department's, and every offer that
 * reaches it, grouped by phase, the offers aimed at the place before the national ones, every
 * count agreeing with the lists. Expected sets come from the content files and the reach rules.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_SIZE } from '../../../src/core/pagination.ts';
import { collections } from '../../../src/schemas/index.ts';
import { departmentCode, focusReaches, territorySlug, withinDepartment } from '../../../src/core/places.ts';
import { t } from '../../../src/i18n/index.ts';
import { useBuiltSite } from '../../helpers/built-site.ts';
import { focusOf, phone, profileOf, published, regionOf, term, terms, walkList } from './territory-content.ts';

const built = useBuiltSite();

const place = terms('territories').find((p) => p.name === 'Quibdó')!;
const code = place.id;
const department = term('territories', departmentCode(code));
const placePath = `/territorio/${territorySlug({ code, name: place.name })}/`;

const ids = (list: string[] = []) => list.map((id) => ({ id }));

// What concerns the place, from the content.
const route = (collection: 'practices' | 'lessons' | 'agendas' | 'plans' | 'offers') =>
  (collections[collection] as { route: string }).route;
const practices = published('practices');
const ownPractices = practices
  .filter((p) => p.data.territories!.includes(code))
  .map((p) => `/${route('practices')}/${p.id}/`);
// Entries of the department or its other municipalities, not of the place itself.
const departmentEntries = (['practices', 'lessons', 'agendas', 'plans'] as const).flatMap((collection) =>
  published(collection)
    .filter((e) => !e.data.territories!.includes(code) && withinDepartment(ids(e.data.territories), department.id))
    .map((e) => `/${route(collection)}/${e.id}/`),
);
const offers = published('offers').map((o) => ({
  href: `/${route('offers')}/${o.id}/`,
  focus: focusOf(o),
  phases: o.data.phases!,
}));
const reaching = offers.filter((o) => focusReaches(o.focus, code, regionOf, profileOf(code)));
const aimed = reaching.filter((o) => o.focus.scope !== 'nacional');
const national = reaching.filter((o) => o.focus.scope === 'nacional');
const phases = terms('phases').sort((a, b) => Number(a.order) - Number(b.order));

const section = (page: Page, heading: string) =>
  page.locator('section', { has: page.getByRole('heading', { name: heading, level: 2, exact: true }) });
const linksIn = (scope: Locator) =>
  scope.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const numbers = (text: string | null) => (text ?? '').match(/\d+/g)!.map(Number);

describe('task 5: a municipal official finds their municipality and sees what concerns it', () => {
  let context: BrowserContext;
  let noJs: BrowserContext;
  beforeAll(async () => {
    context = await phone(built.browser, true);
    noJs = await phone(built.browser, false);
  });
  afterAll(async () => {
    await context?.close();
    await noJs?.close();
  });

  it('the content gives the task something to find: own practices, aimed and national offers', () => {
    expect(ownPractices.length).toBeGreaterThan(0);
    expect(aimed.length).toBeGreaterThan(0);
    expect(national.length).toBeGreaterThan(0);
  });

  for (const query of ['Quibdo', code]) {
    it(`typing «${query}» in the place finder leads to the municipality’s page`, async () => {
      const { page, errors } = await built.open(context, '/territorio/');
      const box = page.getByRole('searchbox', { name: t('territory.searchLabel') });
      await box.tap();
      await box.pressSequentially(query);
      const result = page
        .getByRole('list', { name: t('territory.searchResults') })
        .getByRole('link', { name: place.name, exact: true });
      await result.waitFor();
      await result.tap();
      await page.waitForURL(`**${placePath}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(place.name);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('without JavaScript, the list of places names municipalities in alphabetical order and leads to it', async () => {
    const { page, errors } = await built.open(noJs, '/territorio/');
    const cards = page.locator('main ul.cards > li.card');
    for (const card of await cards.all()) {
      const names = await card.locator('ul a').allTextContents();
      expect(names, (await card.locator('h3').textContent()) ?? '').toEqual(
        names.toSorted((a, b) => a.localeCompare(b, 'es')),
      );
    }
    const dept = cards.filter({ has: page.getByRole('heading', { name: new RegExp(department.name), level: 3 }) });
    await dept.getByRole('link', { name: place.name, exact: true }).tap();
    await page.waitForURL(`**${placePath}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const js of [true, false]) {
    describe(js ? 'with JavaScript' : 'without JavaScript', () => {
      const ctx = () => (js ? context : noJs);

      it('the page shows its own practices and its department’s, with counts that agree', async () => {
        const { page, errors } = await built.open(ctx(), placePath);
        const own = section(page, 'Buenas prácticas');
        expect(await own.locator('p.muted').first().textContent()).toBe(
          t('list.practices', { n: ownPractices.length }),
        );
        const shownOwn = await linksIn(own.locator('ul.cards'));
        expect(shownOwn).toHaveLength(Math.min(PREVIEW_SIZE, ownPractices.length));
        for (const href of shownOwn) expect(ownPractices).toContain(href);

        const fromDepartment = section(page, t('territory.fromDepartment', { department: department.name }));
        // A department whose every entry also names the place has nothing apart to show.
        expect(await fromDepartment.count()).toBe(departmentEntries.length > 0 ? 1 : 0);
        if (departmentEntries.length === 0) return void (await page.close());
        expect(await fromDepartment.locator('p.muted').first().textContent()).toBe(
          t('list.count', { n: departmentEntries.length }),
        );
        const shownDept = await linksIn(fromDepartment.locator('ul.cards'));
        expect(shownDept).toHaveLength(Math.min(PREVIEW_SIZE, departmentEntries.length));
        for (const href of shownDept) expect(departmentEntries).toContain(href);
        expect(errors).toEqual([]);
        await page.close();
      });

      it('every offer that reaches it is under its phases, aimed ones first, each phase counted and linked whole', async () => {
        const { page, errors } = await built.open(ctx(), placePath);
        const offersSection = section(page, t('territory.offersReaching', { name: place.name }));
        // «13 ofertas llegan aquí: 7 dirigidas … y 6 de alcance nacional.»
        expect(numbers(await offersSection.locator('p.muted').first().textContent())).toEqual([
          reaching.length,
          aimed.length,
          national.length,
        ]);

        const seen = new Set<string>();
        const groups = offersSection.locator('section');
        const shownPhases = await groups.locator('h4').allTextContents();
        const expectedPhases = phases
          .filter((ph) => reaching.some((o) => o.phases.includes(ph.id)))
          .map((ph) => ph.name);
        expect(shownPhases).toEqual(expectedPhases);

        for (const phase of phases.filter((ph) => expectedPhases.includes(ph.name))) {
          const phaseAimed = aimed.filter((o) => o.phases.includes(phase.id)).map((o) => o.href);
          const phaseNational = national.filter((o) => o.phases.includes(phase.id)).map((o) => o.href);
          const group = groups.filter({ has: page.getByRole('heading', { name: phase.name, level: 4, exact: true }) });
          const counts = numbers(await group.locator('p.muted').first().textContent());
          expect(counts, phase.name).toEqual([
            phaseAimed.length + phaseNational.length,
            ...(phaseAimed.length ? [phaseAimed.length] : []),
            ...(phaseNational.length ? [phaseNational.length] : []),
          ]);

          const listed = await linksIn(group.locator('ul'));
          // Aimed at the place, its department or its region first: no national offer before an aimed one.
          const firstNational = listed.findIndex((h) => phaseNational.includes(h));
          const lastAimed = listed.findLastIndex((h) => phaseAimed.includes(h));
          if (firstNational >= 0 && lastAimed >= 0) expect(lastAimed, phase.name).toBeLessThan(firstNational);
          expect(
            listed.filter((h) => phaseAimed.includes(h)),
            phase.name,
          ).toEqual(listed.slice(0, Math.min(PREVIEW_SIZE, phaseAimed.length)));

          // The whole of each list, through the links the group gives.
          const all = new Set(listed);
          for (const more of await group.locator('p.more a').all()) {
            const list = await ctx().newPage();
            await list.goto(built.url + (await more.getAttribute('href')));
            const n = numbers(await more.textContent())[0]!;
            const items = await walkList(list);
            expect(items, (await more.textContent()) ?? '').toHaveLength(n);
            items.forEach((h) => all.add(h));
            await list.close();
          }
          expect([...all].toSorted(), phase.name).toEqual([...phaseAimed, ...phaseNational].toSorted());
          all.forEach((h) => seen.add(h));
        }
        // No offer that reaches the place is missing from the phases.
        expect([...seen].toSorted()).toEqual(reaching.map((o) => o.href).toSorted());
        expect(errors).toEqual([]);
        await page.close();
      });
    });
  }
});

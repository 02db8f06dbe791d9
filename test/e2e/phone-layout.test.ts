/**
 * On a phone (390×844, touch), with JavaScript and without: the first screen shows the page,
 * not the menu; the menu is a «Menú» button that opens with a tap or the keyboard and then
 * reaches every link; on a wide screen the menu is simply there. The home page and the 404
 * page carry a search box that works without JavaScript; wide tables say they scroll; the
 * site has a favicon.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/built-site.ts';
import { t } from '../../src/i18n/index.ts';
import { templatePages } from './templates.ts';
import { phoneContext } from '../helpers/reader-phone.ts';
import { aPlan, practiceWithResultsAndImage } from './fixture-pages.ts';

const built = useBuiltSite();
const phone = phoneContext;

const mainNav = (page: Page) => page.getByRole('navigation', { name: t('a11y.mainNav') });
const menuButton = (page: Page) => mainNav(page).locator('summary');
const headingTop = (page: Page) =>
  page
    .getByRole('heading', { level: 1 })
    .first()
    .evaluate((h) => h.getBoundingClientRect().top);

async function eachMode(fn: (context: BrowserContext, js: boolean) => Promise<void>) {
  for (const js of [false, true]) {
    const context = await phone(built.browser, js);
    try {
      await fn(context, js);
    } finally {
      await context.close();
    }
  }
}

describe('the first screen on a phone', () => {
  it('shows each page’s heading in its upper 40 %, with the menu folded', async () => {
    // Home, a practice, the catalogue and the other pages of the readers' tasks.
    const pages = templatePages.filter((p) =>
      /^\/(practicas|lecciones|oferta|formacion|territorio|buscar|planes)\/[^/]*\/?$|^\/$/.test(p),
    );
    expect(pages).toContain('/');
    expect(pages).toContain('/oferta/');
    await eachMode(async (context, js) => {
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(built.url + path);
        const top = await headingTop(page);
        expect(top, `${path} (JS ${js ? 'on' : 'off'}): the heading starts at ${top}px`).toBeLessThanOrEqual(0.4 * 844);
        expect(await mainNav(page).getByRole('link').first().isVisible(), `${path}: the menu's links are folded`).toBe(
          false,
        );
      }
    });
  });

  it('opens the menu with a tap, and every link is then reachable, by touch and by keyboard', async () => {
    await eachMode(async (context) => {
      const { page } = await built.open(context, '/practicas/');
      // Folded links are out of the accessibility tree: count them in the markup.
      const links = mainNav(page).locator('a');
      const count = await links.count();
      expect(count).toBeGreaterThanOrEqual(7);
      expect(await menuButton(page).textContent()).toContain(t('nav.menu'));
      await menuButton(page).tap();
      for (let i = 0; i < count; i++) expect(await links.nth(i).isVisible()).toBe(true);
      expect(await mainNav(page).getByRole('link').count()).toBe(count);
      await menuButton(page).tap();
      expect(await links.first().isVisible()).toBe(false);

      // Keyboard: the skip link, then the site's name, then the menu button; Enter opens it; Tab walks every link.
      await page.goto(`${built.url}/practicas/`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      await page.keyboard.press('Enter');
      const reached: string[] = [];
      for (let i = 0; i < count; i++) {
        await page.keyboard.press('Tab');
        reached.push(
          await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href') ?? ''),
        );
      }
      expect(reached).toEqual(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')));
    });
  });

  it('shows the menu open on a wide screen, without a button', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${built.url}/`);
    const links = mainNav(page).getByRole('link');
    for (let i = 0; i < (await links.count()); i++) expect(await links.nth(i).isVisible()).toBe(true);
    expect(await menuButton(page).isVisible()).toBe(false);
    await context.close();
  });
});

describe('search from the home page and the 404 page', () => {
  it('sends the words to the search page, which reads them', async () => {
    await eachMode(async (context, js) => {
      const page = await context.newPage();
      await page.goto(`${built.url}/`);
      const box = page.getByRole('searchbox', { name: t('home.searchLabel') });
      expect(await box.evaluate((b) => b.getBoundingClientRect().top)).toBeLessThan(844);
      await box.fill('rendicion de cuentas');
      await box.press('Enter');
      await page.waitForURL(/\/buscar\//);
      expect(new URL(page.url()).searchParams.get('q')).toBe('rendicion de cuentas');
      if (js)
        await expect
          .poll(() => page.getByRole('searchbox').first().inputValue(), { timeout: 15_000 })
          .toBe('rendicion de cuentas');
    });
  });

  it('offers search and the main lists on the 404 page', async () => {
    const context = await phone(built.browser, false);
    const { page, status } = await built.open(context, '/no-existe/');
    expect(status).toBe(404);
    expect(await page.getByRole('search').getByRole('searchbox').count()).toBe(1);
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const list of ['/practicas/', '/lecciones/', '/oferta/', '/formacion/', '/territorio/'])
      expect(hrefs).toContain(list);
    await context.close();
  });
});

describe('wide tables on a phone', () => {
  it('are scroll regions a keyboard can reach, with a label, that say they scroll when they overflow', async () => {
    const context = await phone(built.browser, false);
    const page = await context.newPage();
    let overflowing = 0;
    // Pages whose tables are wide: a plan's milestones, the dashboard, a practice's measured results, the map's figures.
    for (const path of [aPlan().href, '/avance/', practiceWithResultsAndImage().href, '/territorio/mapa/']) {
      await page.goto(built.url + path);
      for (const region of await page.locator('table').evaluateAll((ts) =>
        ts.map((t) => {
          const wrap = t.closest('.table-wrap') as HTMLElement | null;
          const note = wrap?.querySelector('.scroll-note');
          return {
            wrapped: Boolean(wrap),
            // A named <section> or a div with role=region: a region either way.
            role:
              wrap?.getAttribute('role') ??
              (wrap?.tagName === 'SECTION' && wrap.hasAttribute('aria-label') ? 'region' : ''),
            label: wrap?.getAttribute('aria-label') ?? '',
            focusable: wrap?.tabIndex === 0,
            overflows: wrap
              ? wrap.scrollWidth > wrap.clientWidth + 1
              : t.scrollWidth > document.documentElement.clientWidth,
            noteShown: note ? getComputedStyle(note).display !== 'none' : false,
          };
        }),
      )) {
        expect(region.wrapped, path).toBe(true);
        expect(region.role, path).toBe('region');
        expect(region.label, path).not.toBe('');
        expect(region.focusable, path).toBe(true);
        expect(region.noteShown, `${path}: the note shows exactly when the table overflows`).toBe(region.overflows);
        if (region.overflows) overflowing++;
      }
    }
    expect(overflowing, 'at least one table is wider than a phone').toBeGreaterThan(0);
    await context.close();
  });
});

describe('favicon', () => {
  it('is served as /favicon.ico and as SVG', async () => {
    for (const path of ['/favicon.ico', '/favicon.svg']) {
      const response = await fetch(built.url + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^image\//);
    }
  });
});

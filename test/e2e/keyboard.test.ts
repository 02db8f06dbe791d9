/**
 * Keyboard use, the way a reader without a mouse meets the page: Tab from the top.
 * The skip link comes first and works; every link and control is reached; the focused
 * element always looks different from its unfocused self.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/built-site.ts';
import { serve } from '../helpers/static-server.ts';

const pages = ['/', '/oferta/'];
/** Properties through which a focus style shows; an element whose focused values equal its unfocused ones has no visible focus. */
const FOCUS_PROPS = [
  'outline-style',
  'outline-width',
  'outline-color',
  'box-shadow',
  'background-color',
  'color',
  'text-decoration-line',
  'border-color',
];
const FOCUSABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, iframe, audio[controls], video[controls], [tabindex]:not([tabindex="-1"])';

const built = useBuiltSite();

interface Stop {
  index: number;
  tag: string;
  text: string;
  /** Computed focus properties of the element, its labels and its parent, in that order. */
  focused: string[][];
}

/**
 * Installed in the page: computed focus properties of an element, its labels and its parent
 * (a visually hidden checkbox shows focus on its label, a link sometimes on the item around it).
 * Plain JavaScript in a string, so the test's compiler cannot rewrite what runs in the page.
 */
const FOCUS_SNAPSHOT = `window.focusSnapshot = (el, props) =>
  [el, ...(el.labels ? [...el.labels] : []), ...(el.parentElement ? [el.parentElement] : [])].map((node) => {
    const style = getComputedStyle(node);
    return props.map((p) => style.getPropertyValue(p));
  });`;
type Snapshot = (el: HTMLElement, props: string[]) => string[][];

/** Tabs until focus leaves the document or comes back to the first stop; marks each stop. */
async function tabThrough(page: Page): Promise<Stop[]> {
  await page.evaluate(FOCUS_SNAPSHOT);
  const stops: Stop[] = [];
  for (let i = 0; i < 1000; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(
      ({ i, props }) => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body || el.dataset.kbdStop) return undefined;
        el.dataset.kbdStop = String(i);
        const focused = (window as unknown as { focusSnapshot: Snapshot }).focusSnapshot(el, props);
        return { index: i, tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim().slice(0, 60), focused };
      },
      { i, props: FOCUS_PROPS },
    );
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

/** Tabs through the whole page, then lists what Tab missed and which stops showed no focus. */
async function keyboardAudit(page: Page): Promise<{ stops: number; unreached: string[]; invisible: string[] }> {
  const stops = await tabThrough(page);
  const after = await page.evaluate(
    ({ props, selector }) => {
      (document.activeElement as HTMLElement | null)?.blur();
      const take = (window as unknown as { focusSnapshot: Snapshot }).focusSnapshot;
      const unreached = [...document.querySelectorAll<HTMLElement>(selector)]
        .filter(
          (el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]') && !el.dataset.kbdStop,
        )
        .map((el) => el.outerHTML.slice(0, 120));
      const unfocused = Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('[data-kbd-stop]')].map((el) => [
          el.dataset.kbdStop!,
          take(el, props),
        ]),
      );
      return { unreached, unfocused };
    },
    { props: FOCUS_PROPS, selector: FOCUSABLE },
  );
  const invisible = stops.filter((s) => JSON.stringify(s.focused) === JSON.stringify(after.unfocused[String(s.index)]));
  return { stops: stops.length, unreached: after.unreached, invisible: invisible.map((s) => `${s.tag} «${s.text}»`) };
}

describe.each(pages)('keyboard on %s', (path) => {
  it('the skip link is the first stop, shows itself and moves focus to the main content', async () => {
    const page = await built.browser.newPage();
    await page.goto(built.url + path);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement;
      const box = el.getBoundingClientRect();
      return {
        href: el.getAttribute('href'),
        inViewport: box.left >= 0 && box.top >= 0 && box.width > 0 && box.right <= innerWidth,
      };
    });
    expect(first).toEqual({ href: '#contenido', inViewport: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenido');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await page.close();
  });

  it('reaches every link and control, each with a visible focus', async () => {
    const page = await built.browser.newPage();
    await page.goto(built.url + path);
    const audit = await keyboardAudit(page);
    await page.close();
    expect(audit.stops).toBeGreaterThan(5);
    expect(audit.unreached, 'elements Tab never reached').toEqual([]);
    expect(audit.invisible, 'focused elements that look the same as unfocused').toEqual([]);
  });
});

describe('planted faults', () => {
  it('a link whose focus style was removed and a control Tab cannot reach are both reported', async () => {
    const fixture = await serve(join(import.meta.dirname, '../fixtures/keyboard-fault'));
    try {
      const page = await built.browser.newPage();
      await page.goto(`${fixture.url}/`);
      const audit = await keyboardAudit(page);
      await page.close();
      expect(audit.invisible).toEqual(['a «Sin foco visible»']);
      expect(audit.unreached).toEqual([expect.stringContaining('Inalcanzable')]);
    } finally {
      await fixture.close();
    }
  });
});

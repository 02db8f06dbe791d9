/** Runs axe-core (WCAG 2.1 A and AA rules) in a page and returns its violations, readably. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
  /** The failing elements' HTML, as axe quotes it (truncated by axe for long elements). */
  elements: string[];
}

export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: { id: string; impact: string; help: string; nodes: { target: string[]; html: string }[] }[];
          }>;
        };
      }
    ).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
    elements: v.nodes.map((n) => n.html),
  }));
}

/** One line per failing element: rule, page, element, and what the rule asks for. */
export function formatViolations(page: string, violations: Violation[]): string {
  return violations
    .flatMap((v) =>
      v.targets.map((target, i) => `${v.rule} (${v.impact}) en ${page}: ${target} ${v.elements[i]} — ${v.help}`),
    )
    .join('\n');
}

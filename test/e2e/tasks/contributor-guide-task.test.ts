/**
 * Task 10 of USERS.md, its reading part: a network member in a municipality, on a phone,
 * finds on the site what makes a good practice and what each field of the form means, from
 * the home page and from a page that was not found. Expected words come from the schemas.
 * And every entry page says when it last changed, read from git.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf } from '../../../src/derive/labels.ts';
import { formatDate } from '../../../src/i18n/format.ts';
import { bogotaDay } from '../../../src/core/bogota-time.ts';
import { useBuiltSite } from '../../helpers/built-site.ts';
import { fixtureContentDir, fixtureContentPath } from '../../helpers/fixture-content.ts';
import { phoneContext } from '../../helpers/reader-phone.ts';

const root = join(import.meta.dirname, '../../..');
const built = useBuiltSite();

for (const javaScriptEnabled of [true, false]) {
  describe(`a member who wants to share an experience (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await phoneContext(built.browser, javaScriptEnabled);
    });
    afterAll(() => context?.close());

    it('goes from the home page to the guide and reads every field of a practice with its hint', async () => {
      const { page, errors } = await built.open(context, '/');
      await page.getByRole('link', { name: /Así se comparte/ }).tap();
      await page.waitForURL('**/contribuir/');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cómo compartir una experiencia');
      const practices = page.getByRole('region', { name: 'Buenas prácticas' });
      await practices.getByText(/^Los \d+ campos de buenas prácticas$/).tap();
      const text = (await practices.locator('dl').first().innerText()) ?? '';
      for (const field of fieldsOf('practices').filter((f) => !f.meta.internal)) {
        expect(text, field.key).toContain(field.meta.label!);
        if (field.meta.hint) expect(text, field.key).toContain(field.meta.hint);
      }
      for (const heading of ['Cómo es la revisión', 'Datos personales (Ley 1581 de 2012)']) {
        expect(await page.getByRole('heading', { name: heading }).count()).toBe(1);
      }
      expect(await page.getByRole('link', { name: 'Entrar al gestor de contenidos' }).getAttribute('href')).toBe(
        '/admin/',
      );
      expect(errors).toEqual([]);
      await page.close();
    });

    it('finds the guide from a page that does not exist', async () => {
      const { page, status } = await built.open(context, '/no-existe/');
      expect(status).toBe(404);
      expect(
        await page.getByRole('link', { name: 'Cómo compartir una experiencia en la red' }).getAttribute('href'),
      ).toBe('/contribuir/');
      await page.close();
    });
  });
}

describe('when an entry last changed', () => {
  it('a practice page shows the day of the last commit that touched its file', async () => {
    const context = await phoneContext(built.browser, true);
    // The site is built from the fixture tree, whose files' history is this repository's.
    const name = readdirSync(join(fixtureContentDir, 'practices')).find((n) =>
      /^status: published$/m.test(readFileSync(join(fixtureContentDir, 'practices', n), 'utf8')),
    )!;
    const file = `${fixtureContentPath}/practices/${name}`;
    const lastCommit = execFileSync('git', ['-C', root, 'log', '-1', '--format=%cI', '--', file], {
      encoding: 'utf8',
    }).trim();
    const { page } = await built.open(context, `/practicas/${name.replace(/\.mdx$/, '')}/`);
    const line = page.locator('.entry-history');
    if (lastCommit) {
      expect(await line.textContent()).toContain(`Última modificación: ${formatDate(bogotaDay(new Date(lastCommit)))}`);
    } else {
      expect(await line.count()).toBe(0);
    }
    await context.close();
  });
});

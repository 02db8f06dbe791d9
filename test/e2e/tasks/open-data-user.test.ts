/**
 * USERS.md task 6, on a phone, with JavaScript and without: «An open-data user or journalist
 * downloads all practices and offers as CSV, understands every column from the data page, and
 * finds the same data as JSON with its JSON Schema.» The rows expected are the published
 * entries of `content/`; the columns are those the downloaded file itself has. Every export's
 * format is gated in ../open-data.test.ts; this is the reader's way through it.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.ts';
import { collections } from '../../../src/schemas/index.ts';
import { useBuiltSite } from '../../helpers/built-site.ts';
import { readEntries } from '../../helpers/content-files.ts';
import { parseCsv } from '../../helpers/csv.ts';
import { jsonSchemaValidator } from '../../helpers/json-schema.ts';
import { jsModes, phoneContext, tapLink } from '../../helpers/reader-phone.ts';

const datasets = [
  { name: 'practices', folder: 'practices' },
  { name: 'offers', folder: 'offers' },
] as const;

const built = useBuiltSite();

describe.each(jsModes)('task 6, an open-data user on a phone ($name)', ({ javaScriptEnabled }) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await phoneContext(built.browser, javaScriptEnabled);
    page = (await built.open(context, '/')).page;
    await tapLink(page, page.getByRole('link', { name: t('data.title'), exact: true }).first());
  });
  afterAll(() => context?.close());

  it('reaches the data page from the home page', async () => {
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t('data.title'));
  });

  describe.each(datasets)('$name', ({ name, folder }) => {
    const label = collections[name].label;
    const published = readEntries(folder)
      .map((e) => e.id)
      .sort();
    const section = () =>
      page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: label, exact: true }) });
    const files = () => section().getByRole('list', { name: `${t('data.files')}: ${label}` });
    let header: string[] = [];
    let csvIds: string[] = [];

    it('downloads the CSV: one row per published entry, readable by a spreadsheet', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        files().getByRole('link', { name: 'CSV', exact: true }).tap(),
      ]);
      expect(download.suggestedFilename()).toBe(`${name}.csv`);
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text.charCodeAt(0), 'a BOM, so Excel reads UTF-8').toBe(0xfeff);
      const [head = [], ...rows] = parseCsv(text.slice(1));
      header = head;
      csvIds = rows.map((r) => r[0]!);
      expect([...csvIds].sort()).toEqual(published);
    });

    it('understands every column of the file from the page', async () => {
      expect(header.length).toBeGreaterThan(0);
      const details = section().locator('details');
      await details.locator('summary').tap();
      const table = details.getByRole('table', { name: t('data.columns', { name: label }) });
      expect(await table.isVisible()).toBe(true);
      for (const column of header) {
        const row = table
          .getByRole('row')
          .filter({ has: page.locator('th code', { hasText: new RegExp(`^${column}$`) }) });
        expect(await row.count(), column).toBe(1);
        const [what = '', meaning = '', format = ''] = await row.getByRole('cell').allTextContents();
        expect(what.trim(), `${column}: label`).not.toBe('');
        expect(meaning.trim(), `${column}: meaning`).not.toBe('');
        expect(format.trim(), `${column}: format`).not.toBe('');
      }
    });

    it('finds the same data as JSON, valid against its JSON Schema', async () => {
      const fetchLinked = async (text: string) => {
        const href = await files().getByRole('link', { name: text, exact: true }).getAttribute('href');
        const response = await page.request.get(new URL(href!, page.url()).href);
        expect(response.status(), href!).toBe(200);
        return response.json();
      };
      const records = (await fetchLinked('JSON')) as { id: string }[];
      const schema = await fetchLinked('JSON Schema');
      const ajv = jsonSchemaValidator();
      const validate = ajv.compile(schema);
      for (const record of records)
        expect(validate(record), `${record.id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(records.map((r) => r.id)).toEqual(csvIds);
    });
  });
});

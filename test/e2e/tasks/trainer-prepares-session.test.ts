/**
 * USERS.md task 3, on a phone, with JavaScript and without: «A trainer preparing a formación
 * de formadores session finds the course, walks its modules, prints the whole course for a room
 * without internet, knows what each download weighs, and adds the next jornada to their
 * calendar.» The course is the one whose jornada comes next on the build day; its modules,
 * materials and that jornada are read from `content/`, not from a list of addresses.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { optionLabel } from '../../../src/derive/labels.ts';
import { formatFileSize } from '../../../src/i18n/format.ts';
import { splitByTime } from '../../../src/features/training/events.ts';
import { distDir, useBuiltSite } from '../../helpers/built-site.ts';
import { readEntries } from '../../helpers/content-files.ts';
import { duplicateIds, jsModes, phoneContext, tapLink } from '../../helpers/reader-phone.ts';
import { readZip } from '../../helpers/zip.ts';
import { BUILD_DATE } from '../global-setup.ts';

interface Material {
  title: string;
  href: string;
  format: string;
}
interface Course {
  title: string;
  materials?: Material[];
}
interface Module {
  title: string;
  course: string;
  order: number;
  materials?: Material[];
}
interface Jornada {
  title: string;
  course: string;
  starts: string;
  ends: string;
}

// What the trainer should meet, from the content and the build day.
const today = new Date(`${BUILD_DATE}T00:00:00Z`);
const next = splitByTime(readEntries<Jornada>('events'), today).upcoming[0]!;
const courseId = next.data.course;
const course = readEntries<Course>('courses').find((c) => c.id === courseId)!.data;
const modules = readEntries<Module>('modules')
  .filter((m) => m.data.course === courseId)
  .sort((a, b) => a.data.order - b.data.order)
  .map((m) => m.data);
const localMaterials = [...(course.materials ?? []), ...modules.flatMap((m) => m.materials ?? [])].filter(
  (m, i, all) => m.href.startsWith('/') && all.findIndex((o) => o.href === m.href) === i,
);

/** The first bytes each declared format starts with, so «PDF» on the page is a PDF on disk. */
const signatures: Record<string, (b: Buffer) => boolean> = {
  pdf: (b) => b.subarray(0, 5).toString() === '%PDF-',
  docx: (b) => b.subarray(0, 2).toString() === 'PK',
  xlsx: (b) => b.subarray(0, 2).toString() === 'PK',
  pptx: (b) => b.subarray(0, 2).toString() === 'PK',
  odt: (b) => b.subarray(0, 2).toString() === 'PK',
  zip: (b) => b.subarray(0, 2).toString() === 'PK',
  mp3: (b) => b.subarray(0, 3).toString() === 'ID3' || (b[0] === 0xff && (b[1]! & 0xe0) === 0xe0),
  mp4: (b) => b.subarray(4, 8).toString() === 'ftyp',
};

const onDisk = (href: string) => join(distDir, decodeURIComponent(href));
const bogota = new Intl.DateTimeFormat('sv-SE', { timeZone: 'America/Bogota', dateStyle: 'short', timeStyle: 'short' });

/** Every download listed on the page says the format declared in the content and the weight of the file served. */
async function expectSizedDownloads(page: Page, expected: Material[]) {
  for (const m of expected) {
    const link = page.locator('ul.materials > li > a').filter({ hasText: m.title }).first();
    expect(await link.getAttribute('href'), m.title).toBe(m.href);
    const file = onDisk(m.href);
    const bytes = readFileSync(file);
    expect(signatures[m.format]?.(bytes), `${m.href} is not a ${m.format}`).toBe(true);
    const format = optionLabel('courses', 'materials.format', m.format);
    expect(await link.locator('xpath=..').textContent(), m.title).toContain(
      `(${format} · ${formatFileSize(statSync(file).size)})`,
    );
  }
}

const built = useBuiltSite();

describe.each(jsModes)('task 3, a trainer prepares a session on a phone ($name)', ({ javaScriptEnabled }) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await phoneContext(built.browser, javaScriptEnabled);
    page = (await built.open(context, '/formacion/')).page;
  });
  afterAll(() => context?.close());

  const h1 = () => page.getByRole('heading', { level: 1 }).textContent();
  const courseUrl = () => `${built.url}/formacion/${courseId}/`;

  it('finds the course in the training catalogue', async () => {
    await tapLink(page, page.getByRole('link', { name: course.title, exact: true }));
    expect(await h1()).toBe(course.title);
    const listed = await page
      .getByRole('heading', { name: 'Módulos del curso' })
      .locator('xpath=following-sibling::ol[1]/li/a')
      .allTextContents();
    expect(listed).toEqual(modules.map((m) => m.title));
  });

  it('walks its modules in order with «Módulo siguiente», each with its sized downloads', async () => {
    await tapLink(page, page.getByRole('link', { name: modules[0]!.title, exact: true }));
    for (const [i, m] of modules.entries()) {
      expect(await h1()).toBe(m.title);
      expect(await page.getByText(`Módulo ${m.order}`, { exact: false }).count()).toBeGreaterThan(0);
      await expectSizedDownloads(page, m.materials ?? []);
      const onward = page.getByRole('link', { name: /^Módulo siguiente/ });
      if (i < modules.length - 1) await tapLink(page, onward);
      else expect(await onward.count()).toBe(0);
    }
  });

  it('knows what every download of the course weighs, and can fetch them all at once', async () => {
    await page.goto(courseUrl());
    const course$ = { ...course, materials: localMaterials };
    await expectSizedDownloads(page, course$.materials);
    const all = page.getByRole('link', { name: 'Descargar todos los materiales en un solo archivo' });
    const href = (await all.getAttribute('href'))!;
    const zip = readFileSync(onDisk(href));
    expect(await all.locator('xpath=..').textContent()).toContain(`(Archivo ZIP · ${formatFileSize(zip.length)})`);
    const entries = readZip(zip);
    expect(entries.map((e) => e.name.split('/').pop())).toEqual(localMaterials.map((m) => m.href.split('/').pop()));
    for (const [i, m] of localMaterials.entries())
      expect(entries[i]!.data.equals(readFileSync(onDisk(m.href))), m.href).toBe(true);
    const response = await page.request.get(built.url + href);
    expect(response.status()).toBe(200);
    expect((await response.body()).length).toBe(zip.length);
  });

  it('opens the print version: every module, no id twice, and a way to print', async () => {
    await page.goto(courseUrl());
    await tapLink(page, page.getByRole('link', { name: /Versión para imprimir/ }));
    const printed = await page.locator('section.print-module h2').allTextContents();
    expect(printed).toEqual(modules.map((m) => m.title));
    expect(await duplicateIds(page)).toEqual([]);
    const button = page.getByRole('button', { name: 'Imprimir el curso' });
    const hint = page.getByText(/use la opción Imprimir de su navegador \(Ctrl\+P\)/);
    if (javaScriptEnabled) {
      expect(await hint.isVisible()).toBe(false);
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      });
      await button.tap();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    } else {
      expect(await button.isVisible()).toBe(false);
      expect(await hint.isVisible()).toBe(true);
    }
  });

  it('adds the next jornada to the calendar, at the right hour in Colombia', async () => {
    await page.goto(courseUrl());
    const upcoming = page
      .getByRole('heading', { name: 'Próximas jornadas' })
      .locator('xpath=following-sibling::ul[1]/li')
      .first();
    expect(await upcoming.getByRole('heading').textContent()).toBe(next.data.title);
    const when = upcoming.locator('time');
    expect(await when.getAttribute('datetime')).toBe(`${next.data.starts.replace(' ', 'T')}:00-05:00`);
    expect(await when.textContent()).toMatch(/\d{4}, \d{1,2}:\d{2} [ap]\. m\./);
    const place: Locator = upcoming.locator('p.muted');
    expect((await place.textContent())?.trim()).not.toBe('');
    const ics = await upcoming.getByRole('link', { name: /Agregar a mi calendario/ }).getAttribute('href');
    const response = await page.request.get(built.url + ics);
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
    const [vevent] = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent');
    const event = new ICAL.Event(vevent!);
    expect(event.summary).toBe(next.data.title);
    expect(bogota.format(event.startDate.toJSDate())).toBe(next.data.starts);
    expect(bogota.format(event.endDate.toJSDate())).toBe(next.data.ends);
  });
});

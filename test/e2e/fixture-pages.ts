/**
 * Pages of the test site picked by what a test needs («a practice with measured results and a
 * photo», «a municipality with practices and offers»), read from the fixture content the site
 * is built from (test/fixtures/site), so a test says what it is about instead of naming an
 * address, and keeps holding when the fixture changes.
 */
import { entryHref, territoryHref } from '../../src/core/urls.ts';
import { readEntries } from '../helpers/content-files.ts';

interface Territory {
  code: string;
  name: string;
  kind: string;
  department?: string;
}
interface Practice {
  title: string;
  territories: string[];
  results?: unknown[];
  media?: unknown[];
  phases?: string[];
}
interface Offer {
  title: string;
  phases?: string[];
  howToRequest?: { channel?: string };
}

const territories = () => readEntries<Territory>('taxonomies/territories').map((e) => e.data);
const territory = (code: string) => territories().find((t) => String(t.code) === String(code))!;
const isMunicipality = (code: string) => String(code).length === 5;

/** A place and its page. */
export interface Place {
  code: string;
  name: string;
  href: string;
}
const place = (t: Territory): Place => ({
  code: String(t.code),
  name: t.name,
  href: territoryHref({ code: String(t.code), name: t.name }),
});

/** A published practice in one municipality, with measured results and at least one image. */
export function practiceWithResultsAndImage() {
  const entry = readEntries<Practice>('practices').find(
    (e) =>
      (e.data.results ?? []).length > 0 && (e.data.media ?? []).length > 0 && e.data.territories.some(isMunicipality),
  )!;
  const municipality = territory(entry.data.territories.find(isMunicipality)!);
  return {
    id: entry.id,
    title: entry.data.title,
    href: entryHref('practices', entry.id),
    municipality: place(municipality),
  };
}

/** A published practice whose body uses no author component (so its page may need no script), with an image. */
export function plainPracticeWithImage() {
  const entry = readEntries<Practice>('practices').find(
    (e) => !/<[A-Z]/.test(e.body) && (e.data.media ?? []).length > 0,
  )!;
  return { id: entry.id, title: entry.data.title, href: entryHref('practices', entry.id) };
}

/** A published offer with a web request channel and at least one phase of the cycle (its first, named). */
export function offerWithChannel() {
  const entry = readEntries<Offer>('offers').find(
    (e) => /^https:\/\//.test(e.data.howToRequest?.channel ?? '') && (e.data.phases ?? []).length > 0,
  )!;
  const phase = readEntries<{ name: string }>('taxonomies/phases').find((p) => p.id === entry.data.phases![0])!;
  return {
    id: entry.id,
    title: entry.data.title,
    href: entryHref('offers', entry.id),
    phase: { name: phase.data.name, href: entryHref('phases', phase.id) },
  };
}

/** The municipality with the most published practices, its department and its practices' titles. */
export function municipalityWithPractices() {
  const counts = new Map<string, string[]>();
  for (const { data } of readEntries<Practice>('practices')) {
    for (const code of data.territories.filter(isMunicipality))
      counts.set(String(code), [...(counts.get(String(code)) ?? []), data.title]);
  }
  const [code, titles] = [...counts].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]!;
  const municipality = territory(code);
  return { ...place(municipality), department: place(territory(municipality.department!)), practices: titles };
}

/** A published practice that other municipalities replicated (`adoptedBy`), and the first of them. */
export function practiceReplicatedElsewhere() {
  const entry = readEntries<Practice & { adoptedBy?: string[] }>('practices').find((e) =>
    (e.data.adoptedBy ?? []).some(isMunicipality),
  )!;
  return {
    title: entry.data.title,
    href: entryHref('practices', entry.id),
    adopter: place(territory(entry.data.adoptedBy!.find(isMunicipality)!)),
  };
}

/**
 * The department with the most municipalities that have a practice of their own: those
 * municipalities (a department page lists them among its «municipalities with content») and one
 * such municipality of another department, which it must not list.
 */
export function departmentWithPractices() {
  const byDepartment = new Map<string, Set<string>>();
  for (const { data } of readEntries<Practice>('practices')) {
    for (const code of data.territories.filter(isMunicipality)) {
      const department = territory(code).department!;
      byDepartment.set(department, (byDepartment.get(department) ?? new Set()).add(String(code)));
    }
  }
  const ranked = [...byDepartment].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]));
  const [code, municipalities] = ranked[0]!;
  return {
    ...place(territory(code)),
    municipalities: [...municipalities].map((c) => place(territory(c))),
    elsewhere: ranked[1] ? place(territory([...ranked[1][1]][0]!)) : undefined,
  };
}

/** A published agenda that a published work plan belongs to, and that plan's title. */
export function agendaWithPlan() {
  const plan = readEntries<{ title: string; agenda?: string }>('plans').find(
    (p) => p.data.agenda && readEntries('agendas').some((a) => a.id === p.data.agenda),
  )!;
  return { href: entryHref('agendas', plan.data.agenda!), plan: plan.data.title };
}

/** A published work plan (its page carries the milestones table). */
export function aPlan() {
  const plan = readEntries<{ title: string }>('plans')[0]!;
  return { title: plan.data.title, href: entryHref('plans', plan.id) };
}

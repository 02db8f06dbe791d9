/** The demo content is valid and covers what a newcomer needs to see every kind of page. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validation/validate.ts';
import { formatReport } from '../../src/validation/report.ts';
import { departmentCode } from '../../src/core/places.ts';

const root = join(import.meta.dirname, '../..');
const { entries, problems } = checkContent(root);
const of = (collection: string) => entries.filter((e) => e.collection === collection && e.data.status !== 'draft');
const ids = (refs: unknown) => (refs as { id: string }[]).map((r) => r.id);

describe('demo content', () => {
  it('passes the content check', () => {
    expect(problems, formatReport(problems, entries.length)).toEqual([]);
  });

  it('has the minimum of each kind', () => {
    expect(of('practices').length).toBeGreaterThanOrEqual(12);
    expect(of('lessons').length).toBeGreaterThanOrEqual(8);
    expect(of('offers').length).toBeGreaterThanOrEqual(15);
    expect(of('courses').length).toBeGreaterThanOrEqual(2);
    expect(of('agendas').length).toBeGreaterThanOrEqual(3);
    expect(of('plans').length).toBeGreaterThanOrEqual(2);
    for (const course of of('courses')) {
      expect(
        of('modules').filter((m) => (m.data.course as { id: string }).id === course.id).length,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it('has offers from at least five national entities', () => {
    expect(new Set(of('offers').map((o) => (o.data.entity as { id: string }).id)).size).toBeGreaterThanOrEqual(5);
  });

  it('spreads over at least ten departments and all five phases', () => {
    const knowledge = ['practices', 'lessons', 'offers', 'agendas', 'plans'].flatMap(of);
    const departments = new Set(knowledge.flatMap((e) => ids(e.data.territories ?? []).map(departmentCode)));
    expect(departments.size).toBeGreaterThanOrEqual(10);
    const phases = new Set(knowledge.flatMap((e) => ids(e.data.phases ?? [])));
    expect(phases).toEqual(new Set(['planeacion', 'programacion', 'ejecucion', 'evaluacion', 'rendicion-de-cuentas']));
  });

  it('ships the 33 departments with their DIVIPOLA codes', () => {
    const departments = of('territories').filter((t) => String(t.data.code).length === 2);
    expect(departments).toHaveLength(33);
    expect(departments.find((d) => d.id === '11')?.data.name).toBe('Bogotá, D.C.');
  });

  it('publishes no mobile phone numbers', () => {
    const text = JSON.stringify(entries.map((e) => e.data)) + entries.map((e) => e.body).join('\n');
    expect(text.match(/(?<!\d)3\d{2}[ -]?\d{3}[ -]?\d{4}(?!\d)/g) ?? []).toEqual([]);
  });
});

/**
 * The search benchmark measures the build on a generated corpus; a corpus the check refuses,
 * or one missing what the issue asks for (needs, answered and not, and a profile for every
 * DIVIPOLA municipality), would measure something else.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { writeNeeds } from '../../scripts/bench/needs-corpus.ts';
import { writePlaces } from '../../scripts/bench/places-corpus.ts';
import { checkContent } from '../../src/validation/validate.ts';
import { isError } from '../../src/validation/problems.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const data = join(root, '../shared/data');
const csvRows = (file: string) => readFileSync(file, 'utf8').trim().split('\n').length - 1;

describe('the search benchmark corpus', () => {
  let work: string;
  let corpus: string;
  let needs: ReturnType<typeof writeNeeds>;
  let places: ReturnType<typeof writePlaces>;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
    corpus = join(work, 'content');
    writeCorpus(join(root, 'content'), corpus, 120);
    needs = writeNeeds(join(root, 'content'), corpus, 11);
    places = writePlaces(corpus, {
      divipola: join(data, 'divipola.csv'),
      pdet: join(data, 'pdet.csv'),
      scratch: work,
    });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const territories = () =>
    readdirSync(join(corpus, 'taxonomies/territories')).map(
      (f) => parse(readFileSync(join(corpus, 'taxonomies/territories', f), 'utf8')) as Record<string, unknown>,
    );

  it('passes the content check the build runs', () => {
    const { problems } = checkContent(root, corpus);
    expect(problems.filter(isError)).toEqual([]);
  });

  it('gives every DIVIPOLA municipality a category and a capacity group, and the PDET ones their subregion', () => {
    const municipalities = territories().filter((t) => t.kind === 'municipio');
    expect(places.municipalities).toBe(municipalities.length);
    expect(municipalities.length).toBeGreaterThan(1000);
    expect(municipalities.filter((t) => !t.category || !t.capacityGroup || !t.capacityGroupYear)).toEqual([]);
    expect(municipalities.filter((t) => t.pdetSubregion).length).toBe(csvRows(join(data, 'pdet.csv')));
  });

  it('aims some offers at a profile, as editors do', () => {
    const focus = readdirSync(join(corpus, 'offers')).map((f) => {
      const text = readFileSync(join(corpus, 'offers', f), 'utf8');
      return (parse(text.slice(4, text.indexOf('\n---', 4))) as { territorialFocus: Record<string, unknown> })
        .territorialFocus;
    });
    expect(focus.some((f) => f.pdet === true || Array.isArray(f.pdetSubregions))).toBe(true);
    expect(focus.some((f) => Array.isArray(f.capacityGroups) || Array.isArray(f.categories))).toBe(true);
  });

  it('writes the needs asked for, and an offer names every other one', () => {
    const demo = new Set(readdirSync(join(root, 'content/needs')));
    const written = readdirSync(join(corpus, 'needs')).filter((f) => !demo.has(f));
    expect(written).toHaveLength(11);
    const named = new Set(
      readdirSync(join(corpus, 'offers')).flatMap((f) => {
        const text = readFileSync(join(corpus, 'offers', f), 'utf8');
        const front = parse(text.slice(4, text.indexOf('\n---', 4))) as { needs?: string[] };
        return front.needs ?? [];
      }),
    );
    const answered = written.map((f) => f.replace(/\.mdx$/, '')).filter((id) => named.has(id));
    expect(answered).toHaveLength(needs.answered);
    // Generated offers do not inherit their template's needs: only the generated needs are named.
    const demoNeeds = [...demo].map((f) => f.replace(/\.mdx$/, ''));
    const demoOffers = new Set(readdirSync(join(root, 'content/offers')));
    const generatedNaming = readdirSync(join(corpus, 'offers'))
      .filter((f) => !demoOffers.has(f))
      .flatMap((f) => {
        const text = readFileSync(join(corpus, 'offers', f), 'utf8');
        return (parse(text.slice(4, text.indexOf('\n---', 4))) as { needs?: string[] }).needs ?? [];
      });
    expect(generatedNaming.filter((id) => demoNeeds.includes(id))).toEqual([]);
    expect(needs.answered).toBe(6);
  });
});

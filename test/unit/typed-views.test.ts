/**
 * Field names are checked by the compiler, not by luck: label lookups take the dotted paths of
 * the collection's schema, and the shared views take the schema's data type, so a misspelt
 * field fails `npm run typecheck` (astro check covers this file). Each `@ts-expect-error` below
 * is itself checked: if the misspelling ever type-checked, the directive would be unused and the
 * typecheck would fail. The lines also run, so the runtime error for a wrong path is asserted too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { BuildError } from '../../src/core/errors/index.ts';
import { field, label, labelsOf, optionLabel } from '../../src/derive/labels.ts';
import type { RenderContext } from '../../src/render/context.ts';
import type { EntryDraft } from '../../src/render/entry-draft.ts';
import { textField } from '../../src/render/parts.ts';
import { siteWords } from '../../src/derive/site-words.ts';
import { practiceView } from '../../src/render/views.ts';
import type { CollectionData, FieldPath } from '../../src/schemas/types.ts';

const site: RenderContext = { words: siteWords, term: () => undefined };

describe('label lookups take checked field paths', () => {
  it('accepts the paths of the schema, nested and through lists', () => {
    expectTypeOf<'territories'>().toExtend<FieldPath<'practices'>>();
    expectTypeOf<'results.baseline'>().toExtend<FieldPath<'practices'>>();
    expectTypeOf<'validation.reviewedBy'>().toExtend<FieldPath<'practices'>>();
    expectTypeOf<'howToRequest.steps'>().toExtend<FieldPath<'offers'>>();
    expectTypeOf<'commitments.status'>().toExtend<FieldPath<'agendas'>>();
    expect(label('practices', 'results.baseline')).toBe(field('practices', 'results.baseline').meta.label);
  });

  it('refuses a misspelt path at compile time, and at run time with a catalogued error', () => {
    expectTypeOf<'territorys'>().not.toExtend<FieldPath<'practices'>>();
    // A field of another collection is no field of this one.
    expectTypeOf<'howToRequest.steps'>().not.toExtend<FieldPath<'practices'>>();
    // @ts-expect-error: practices have no field «territorys»
    expect(() => label('practices', 'territorys')).toThrow(BuildError);
    // @ts-expect-error: no such nested field
    expect(() => optionLabel('practices', 'validation.estado', 'x')).toThrow(/no field `validation.estado`/);
    const L = labelsOf('lessons');
    // @ts-expect-error: a lookup bound to lessons checks lessons' fields
    expect(() => L('maturity')).toThrow(BuildError);
  });

  it('checks the render context and the parts the same way', () => {
    // @ts-expect-error: the words of the render context take checked paths too
    expect(() => site.words.label('practices', 'territorys')).toThrow(BuildError);
    // @ts-expect-error: so do the parts
    expect(() => textField(site, 'offers', 'howToRequest.step', 'x')).toThrow(BuildError);
  });
});

describe('the shared views take the schema’s data', () => {
  it('type an entry draft from the schema: fields optional, references and days as a form holds them', () => {
    expectTypeOf<EntryDraft<'practices'>['title']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<EntryDraft<'practices'>['maturity']>().toEqualTypeOf<
      CollectionData<'practices'>['maturity'] | undefined
    >();
    expectTypeOf<'27001'>().toExtend<NonNullable<EntryDraft<'practices'>['territories']>[number]>();
    expectTypeOf<{ id: string }>().toExtend<NonNullable<EntryDraft<'practices'>['territories']>[number]>();
    expectTypeOf<'2025-09-15'>().toExtend<NonNullable<EntryDraft<'practices'>['publishedAt']>>();
    expectTypeOf<Date>().toExtend<NonNullable<EntryDraft<'practices'>['publishedAt']>>();
    // What the content layer validated fits what the views read.
    expectTypeOf<CollectionData<'practices'>>().toExtend<EntryDraft<'practices'>>();
    expectTypeOf<CollectionData<'offers'>>().toExtend<EntryDraft<'offers'>>();
  });

  it('refuse a misspelt field, in what a page passes and in what a view reads', () => {
    expectTypeOf<'titel'>().not.toExtend<keyof EntryDraft<'practices'>>();
    // @ts-expect-error: practices have no «titel»
    const html = practiceView(site, { titel: 'Sin título' });
    expect(html).toBeTruthy();
    // @ts-expect-error: an enum field takes its schema's values only
    expect(practiceView(site, { maturity: 'excelente' })).toBeTruthy();
    // @ts-expect-error: a view reading «d.titel» would not compile
    const read = (d: EntryDraft<'practices'>) => d.titel;
    expect(read({})).toBeUndefined();
  });
});

describe('render/ gets the schemas as types only', () => {
  it('imports nothing from src/schemas at run time, except the build-side site words', () => {
    const dir = join(import.meta.dirname, '../../src/render');
    const buildSide = new Set(['site-words.ts', 'site-context.ts']);
    const runtime = readdirSync(dir)
      .filter((name) => name.endsWith('.ts') && !buildSide.has(name))
      .flatMap((name) =>
        [...readFileSync(join(dir, name), 'utf8').matchAll(/^import (?!type )[^;]*from '\.\.\/schemas\/[^']+';/gm)].map(
          (m) => `src/render/${name}: ${m[0]}`,
        ),
      );
    expect(runtime).toEqual([]);
  });
});

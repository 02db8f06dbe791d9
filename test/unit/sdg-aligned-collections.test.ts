/**
 * A goal page lists the collections in `ALIGNED` (features/sdg); which collections may name goals
 * is said by their schemas (`sdgAlignment`). A collection given the fields but left out of the
 * list would have entries aligned with a goal that its page never shows; this fails then.
 */
import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../../src/derive/labels.ts';
import { collectionNames } from '../../src/schemas/index.ts';
import { ALIGNED } from '../../src/features/sdg/sdg-pages.ts';

describe('the collections a goal page lists', () => {
  it('are exactly those whose schema has the SDG fields', () => {
    const withSdg = collectionNames.filter((name) => fieldsOf(name).some((f) => f.key === 'sdg')).sort();
    expect(ALIGNED.map((a) => a.collection).sort()).toEqual(withSdg);
    expect(withSdg).toContain('needs');
  });
});

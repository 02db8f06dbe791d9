/**
 * «Prácticas de municipios como este», the ranking alone (src/features/related/alike-practices.ts):
 * the order of the shared traits, likeness of content between practices of the same traits,
 * most recent first with nothing to compare, the place's own practices left out, nothing for
 * a place without a profile, and work per page bounded however many practices share a trait.
 */
import { describe, expect, it } from 'vitest';
import {
  alikeIndex,
  alikePractices,
  practicesLikeText,
  type AlikeSource,
} from '../../src/features/related/alike-practices.ts';
import type { ProfileValues } from '../../src/schemas/territory-profile.ts';

/** The place every test looks from: Bojayá-like, PDET Chocó, group G5, sixth category. */
const HERE = '27099';
const profiles: Record<string, ProfileValues> = {
  [HERE]: { pdetSubregion: 'Chocó', capacityGroup: 'G5', category: '6' },
  all: { pdetSubregion: 'Chocó', capacityGroup: 'G5', category: '6' },
  subGroup: { pdetSubregion: 'Chocó', capacityGroup: 'G5', category: '5' },
  subCat: { pdetSubregion: 'Chocó', capacityGroup: 'G3', category: '6' },
  sub: { pdetSubregion: 'Chocó', capacityGroup: 'G3', category: '4' },
  groupCat: { capacityGroup: 'G5', category: '6' },
  group: { pdetSubregion: 'Putumayo', capacityGroup: 'G5', category: '5' },
  cat: { capacityGroup: 'G4', category: '6' },
  none: { pdetSubregion: 'Arauca', capacityGroup: 'C', category: '1' },
};
const profileOf = (code: string) => profiles[code];
const practice = (id: string, ...places: string[]): AlikeSource => ({ id, places });

describe('practices of municipalities like this one', () => {
  // Listed most recent first, as `published` gives them; the least alike is the most recent.
  const practices = [
    practice('p-cat', 'cat'),
    practice('p-group', 'group'),
    practice('p-none', 'none'),
    practice('p-group-cat', 'groupCat'),
    practice('p-sub', 'sub'),
    practice('p-sub-cat', 'subCat'),
    practice('p-sub-group', 'subGroup'),
    practice('p-all', 'all'),
  ];
  const index = alikeIndex(practices, profileOf);

  it('ranks by the traits shared: the PDET subregion outweighs the group, the group the category', () => {
    const found = alikePractices(HERE, index, new Map(), 10);
    expect(found.map((f) => f.id)).toEqual([
      'p-all',
      'p-sub-group',
      'p-sub-cat',
      'p-sub',
      'p-group-cat',
      'p-group',
      'p-cat',
    ]);
    expect(found.map((f) => f.shared)).toEqual([
      ['pdetSubregion', 'capacityGroup', 'category'],
      ['pdetSubregion', 'capacityGroup'],
      ['pdetSubregion', 'category'],
      ['pdetSubregion'],
      ['capacityGroup', 'category'],
      ['capacityGroup'],
      ['category'],
    ]);
  });

  it('stops at the limit, best first', () => {
    expect(alikePractices(HERE, index, new Map(), 2).map((f) => f.id)).toEqual(['p-all', 'p-sub-group']);
  });

  it('between practices sharing the same traits, puts the one most like the place’s work first, then the most recent', () => {
    const sameTier = alikeIndex(
      [practice('recent', 'sub'), practice('middle', 'sub'), practice('older', 'sub'), practice('oldest', 'sub')],
      profileOf,
    );
    expect(alikePractices(HERE, sameTier, new Map(), 4).map((f) => f.id)).toEqual([
      'recent',
      'middle',
      'older',
      'oldest',
    ]);
    const likeness = new Map([
      ['oldest', 2.5],
      ['older', 7.1],
    ]);
    expect(alikePractices(HERE, sameTier, likeness, 4).map((f) => f.id)).toEqual([
      'older',
      'oldest',
      'recent',
      'middle',
    ]);
  });

  it('likeness never lifts a practice above a tier it does not reach, nor brings in one sharing no trait', () => {
    const likeness = new Map([
      ['p-cat', 99],
      ['p-none', 100],
    ]);
    const found = alikePractices(HERE, index, likeness, 10).map((f) => f.id);
    expect(found.at(-1)).toBe('p-cat');
    expect(found).not.toContain('p-none');
  });

  it('leaves out the place’s own practices, even those shared with a municipality just like it', () => {
    const withOwn = alikeIndex(
      [practice('own', HERE), practice('joint', 'all', HERE), practice('other', 'all')],
      profileOf,
    );
    const likeness = new Map([
      ['own', 10],
      ['joint', 9],
    ]);
    expect(alikePractices(HERE, withOwn, likeness, 5).map((f) => f.id)).toEqual(['other']);
  });

  it('counts a practice of several places by the place most like this one, once', () => {
    const several = alikeIndex([practice('shared', 'cat', 'subGroup', 'sub')], profileOf);
    expect(alikePractices(HERE, several, new Map(), 5)).toEqual([
      { id: 'shared', shared: ['pdetSubregion', 'capacityGroup'] },
    ]);
  });

  it('gives nothing to a place without a profile, and compares only the traits a place has', () => {
    expect(alikePractices('no-profile', index, new Map([['p-all', 1]]), 5)).toEqual([]);
    const partial = alikeIndex(practices, (code) => (code === 'only-cat' ? { category: '6' } : profileOf(code)));
    expect(alikePractices('only-cat', partial, new Map(), 10).map((f) => f.shared)).toEqual(
      Array(4).fill(['category']),
    );
  });

  it('visits a bounded number of practices per page, however many share a trait (1,122 places, 10,000 practices)', () => {
    const groups = ['G1', 'G2', 'G3', 'G4', 'G5'];
    const subregions = ['Chocó', 'Putumayo', 'Arauca', 'Catatumbo'];
    const places = Array.from({ length: 1122 }, (_, i) => String(10000 + i));
    const profile = new Map<string, ProfileValues>(
      places.map((code, i) => [
        code,
        {
          // Most places are sixth category, as in the country: the category bucket holds most practices.
          category: i % 10 === 0 ? '5' : '6',
          capacityGroup: groups[i % groups.length]!,
          ...(i % 7 === 0 ? { pdetSubregion: subregions[i % subregions.length]! } : {}),
        },
      ]),
    );
    const many = Array.from({ length: 10000 }, (_, i) => practice(`p${i}`, places[(i * 37) % places.length]!));
    const big = alikeIndex(many, (code) => profile.get(code));
    let visits = 0;
    class Counted extends Array<string> {
      override [Symbol.iterator]() {
        const inner = super[Symbol.iterator]();
        const next = inner.next.bind(inner);
        inner.next = () => {
          const step = next();
          if (!step.done) visits++;
          return step;
        };
        return inner;
      }
    }
    for (const [key, bucket] of big.buckets) big.buckets.set(key, Counted.from(bucket));
    const limit = 5;
    let shown = 0;
    for (const code of places) shown += alikePractices(code, big, new Map(), limit).length;
    expect(shown).toBe(places.length * limit);
    // Each page skips at most its own practices (about 9 here) and what it already took, in each of at most 7 buckets.
    const ownPerPlace = Math.ceil(many.length / places.length);
    expect(visits).toBeLessThanOrEqual(places.length * 7 * (limit + ownPerPlace + 1));
  });
});

describe('practices on a similar need in municipalities like the need’s own', () => {
  const practices = [
    practice('p-all', 'all'),
    practice('p-group', 'group'),
    practice('p-none', 'none'),
    practice('p-here', HERE),
    practice('p-unliked', 'subGroup'),
    practice('p-faint', 'all'),
  ];
  const index = alikeIndex(practices, profileOf);
  const likeness = new Map([
    ['p-group', 9],
    ['p-all', 4],
    ['p-none', 8],
    ['p-here', 4],
    ['p-faint', 1],
  ]);

  it('lists the practices most like the need first, among those sharing a trait; the need’s own places count', () => {
    const found = practicesLikeText([HERE], index, likeness, 10);
    // p-none shares no trait; p-faint scores under a quarter of the best; p-unliked is not like the text.
    expect(found.map((f) => [f.id, f.shared])).toEqual([
      ['p-group', ['capacityGroup']],
      ['p-all', ['pdetSubregion', 'capacityGroup', 'category']],
      ['p-here', ['pdetSubregion', 'capacityGroup', 'category']],
    ]);
    // Equal likeness: more traits shared first.
    const tie = new Map([
      ['p-group', 4],
      ['p-all', 4],
    ]);
    expect(practicesLikeText([HERE], index, tie, 10).map((f) => f.id)).toEqual(['p-all', 'p-group']);
  });

  it('compares with each of the need’s municipalities and says which one the practice is like', () => {
    const found = practicesLikeText(['groupCat', 'none'], index, likeness, 10);
    expect(found.map((f) => [f.id, f.shared, f.like])).toEqual([
      ['p-group', ['capacityGroup'], profiles.groupCat],
      ['p-none', ['pdetSubregion', 'capacityGroup', 'category'], profiles.none],
      ['p-all', ['capacityGroup', 'category'], profiles.groupCat],
      ['p-here', ['capacityGroup', 'category'], profiles.groupCat],
    ]);
  });

  it('finds nothing for a need whose places have no profile, and stops at the limit', () => {
    expect(practicesLikeText(['nowhere'], index, likeness, 10)).toEqual([]);
    expect(practicesLikeText([HERE], index, likeness, 1).map((f) => f.id)).toEqual(['p-group']);
  });
});

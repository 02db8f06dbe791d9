import { describe, expect, it } from 'vitest';
import { lessonsBySource } from '../../src/features/related/practice-lessons.ts';

describe('lessons by the practice they came from', () => {
  it('indexes each lesson under every practice it names, in the lessons’ order', () => {
    const lesson = (id: string, ...practices: string[]) => ({
      id,
      data: { practices: practices.map((p) => ({ id: p })) },
    });
    const index = lessonsBySource([lesson('a', 'p1'), lesson('b', 'p1', 'p2'), lesson('c')]);
    expect(index.get('p1')).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(index.get('p2')).toEqual([{ id: 'b' }]);
    expect(index.has('c')).toBe(false);
  });
});

/**
 * A lesson names the practice it came from (its `practices` field); the practice's page lists
 * those lessons back, so a reader who found a practice finds what others learned from it.
 * The index is pure; load-practice-lessons.ts builds it once per build from the published
 * lessons, so each practice page is a lookup, not a scan.
 */

/** Lesson ids by the id of each practice they name as their source, in the lessons' order. */
export function lessonsBySource(
  lessons: { id: string; data: { practices: { id: string }[] } }[],
): Map<string, { id: string }[]> {
  const index = new Map<string, { id: string }[]>();
  for (const lesson of lessons) {
    for (const practice of lesson.data.practices) {
      const list = index.get(practice.id) ?? [];
      list.push({ id: lesson.id });
      index.set(practice.id, list);
    }
  }
  return index;
}

/**
 * A lesson names the practice it came from (its `practices` field); the practice's page lists
 * those lessons back, so a reader who found a practice finds what others learned from it.
 * Built once per build as an index, so each practice page is a lookup, not a scan.
 */
import { oncePerBuild } from '../../core/once-per-build.ts';

/** Lesson ids by the id of each practice they name as their source, in the lessons' order. */
export function lessonsBySource(lessons: { id: string; data: { practices: { id: string }[] } }[]): Map<string, { id: string }[]> {
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

// The content layer is imported when the index is built, so the function above is tested without Astro.
const index = oncePerBuild(async function lessonIndex() {
  const { published } = await import('../../core/content.ts');
  return lessonsBySource(await published('lessons'));
});

/** The published lessons that came from a practice, as references. */
export const lessonsFromPractice = async (practiceId: string) => (await index()).get(practiceId) ?? [];

/**
 * The lessons that came from each practice, indexed once per build from the published lessons
 * (practice-lessons.ts builds the index), for the practice page's «Lecciones» links.
 */
import { published } from '../../core/content.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import { lessonsBySource } from './practice-lessons.ts';

const index = oncePerBuild(async function lessonIndex() {
  return lessonsBySource(await published('lessons'));
});

/** The published lessons that came from a practice, as references. */
export const lessonsFromPractice = async (practiceId: string) => (await index()).get(practiceId) ?? [];

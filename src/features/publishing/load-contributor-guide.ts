/**
 * The contributors' guide reads its examples off published practices and lessons (the fullest
 * of each), with references turned into the names readers see.
 */
import { published, taxonomies, type Taxonomy } from '../../core/content.ts';
import { bestExample, type ContributorGuideModel, guideSection } from './contributor-guide.ts';

export async function loadContributorGuide(): Promise<ContributorGuideModel> {
  const [practices, lessons, tax] = await Promise.all([published('practices'), published('lessons'), taxonomies()]);
  const nameOf = (collection: string, id: string) =>
    collection in tax.all ? tax.all[collection as Taxonomy].get(id)?.name : undefined;
  return {
    sections: [
      guideSection('practices', bestExample(practices)?.data, nameOf),
      guideSection('lessons', bestExample(lessons)?.data, nameOf),
    ],
  };
}

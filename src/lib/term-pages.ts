/** Theme and phase pages: everything classified under one term, by collection. */
import { collections } from '../schemas/index.ts';
import { toCard } from './cards.ts';
import { published, taxonomies } from './site-content.ts';
import { oncePerBuild } from './once-per-build.ts';

type Classifier = 'themes' | 'phases';
const LISTED = ['practices', 'lessons', 'offers', 'courses', 'agendas'] as const;

export const termPages = oncePerBuild(async function termPages(classifier: Classifier) {
  const tax = await taxonomies();
  const lists = await Promise.all(LISTED.map(async (c) => [c, await published(c)] as const));
  const nameOf = tax.nameOf('territories');
  const terms = [...tax.all[classifier].values()].sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0) || a.name.localeCompare(b.name, 'es'));
  return terms.map((term) => {
    const groups = lists
      .map(([collection, entries]) => ({
        title: collections[collection].label,
        cards: entries
          .filter((e) => ((e.data as Record<string, unknown>)[classifier] as { id: string }[] | undefined)?.some((r) => r.id === term.id))
          .map((e) => toCard(collection, e, nameOf)),
      }))
      .filter((g) => g.cards.length > 0);
    return { term, groups, total: groups.reduce((n, g) => n + g.cards.length, 0) };
  });
});

/**
 * The search page's filters: the departments, themes and phases a reader can choose, their
 * labels, and what a department stands for besides itself (its region, the whole country).
 */
import { taxonomies } from '../../core/content.ts';
import { collections } from '../../schemas/index.ts';
import { label } from '../../derive/labels.ts';
import { t } from '../../i18n/index.ts';
import { departmentReach, type SearchPageModel, searchOptions } from './search-options.ts';

export async function loadSearchPage(): Promise<SearchPageModel> {
  const tax = await taxonomies();
  return {
    options: searchOptions({
      territories: [...tax.all.territories.values()],
      themes: [...tax.all.themes.values()],
      phases: [...tax.all.phases.values()],
      // Named as entry pages tag themselves (entries' sdgTermName), 1 to 17.
      sdg: [...tax.all.sdg.values()]
        .sort((a, b) => Number(a.id) - Number(b.id))
        .map((goal) => t('sdg.term', { n: goal.id, name: goal.name })),
    }),
    labels: {
      tipo: t('search.filter.tipo'),
      departamento: label('territories', 'department'),
      tema: collections.themes.labelSingular,
      momento: collections.phases.labelSingular,
      ods: collections.sdg.labelSingular,
    },
    includes: departmentReach([...tax.all.territories.values()], (id) => tax.all.regions.get(id)?.name),
  };
}

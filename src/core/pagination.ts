/**
 * Lists that grow with the content are cut into pages, so no page grows with it. Page 1 keeps
 * the list's address; page N lives at `<list>pagina/N/`. Routes take a `[...page]` rest
 * parameter and get their paths from Astro's `paginate()` through `pagedPaths`, which only
 * renames the page parameter and the page's URLs to the Spanish form.
 */
import type { Page, PaginateFunction } from 'astro';
import { t } from '../i18n/index.ts';

/**
 * Cards per page. A card is ~450 bytes of HTML in practice and ~800 at worst (a 140-character
 * title, a 300-character summary, accents, meta): 24 cards keep a list page (shell and facet
 * links included, ~20 KB) under 45 KB at worst and near 30 KB as a rule, well below 60 KB.
 * Divisible by 2, 3 and 4, so the card grid ends on a full row.
 */
export const PAGE_SIZE = 24;

/** Items a summary page shows of each of its lists before linking to the whole list. */
export const PREVIEW_SIZE = 5;

const SEGMENT = 'pagina';

/** The `[...page]` parameter of page `n`: none for the first page. */
export const pageParam = (n: number): string | undefined => (n <= 1 ? undefined : `${SEGMENT}/${n}`);

/** The address of page `n` of the list at `base` (an address ending in `/`). */
export const pageHref = (base: string, n: number): string => (n <= 1 ? base : `${base}${SEGMENT}/${n}/`);

/**
 * The numbers a pager shows: first, last, and `around` on each side of the current page;
 * `null` marks a gap. Seven links at most for `around = 1`, whatever the number of pages.
 */
export function pagerNumbers(current: number, last: number, around = 1): (number | null)[] {
  const shown = new Set([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const previous = out.at(-1);
    // A gap of one page shows that page rather than an ellipsis standing for it.
    if (typeof previous === 'number' && n - previous === 2) out.push(previous + 1);
    else if (typeof previous === 'number' && n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/** What a page of a list knows of itself, for the pager and the title. */
export interface PageInfo {
  current: number;
  last: number;
  total: number;
  /** The list's own address (page 1). */
  base: string;
}

export const pageInfo = (page: Pick<Page, 'currentPage' | 'lastPage' | 'total'>, base: string): PageInfo => ({
  current: page.currentPage,
  last: page.lastPage,
  total: page.total,
  base,
});

/**
 * `paginate()` with our page size and page addresses: the `[...page]` parameter becomes
 * `pagina/N` and `page.url` points at `/…/pagina/N/`. `base` is the address of page 1 of each list.
 */
export function pagedPaths<T, P extends Record<string, unknown>, Q extends Record<string, string | undefined>>(
  paginate: PaginateFunction,
  data: readonly T[],
  base: string,
  options: { params?: Q; props?: P } = {},
) {
  return paginate(data, { pageSize: PAGE_SIZE, params: options.params, props: options.props }).map((path) => {
    const page = path.props.page as Page<T>;
    const n = page.currentPage;
    const href = (k: number | undefined) => (k === undefined ? undefined : pageHref(base, k));
    return {
      params: { ...path.params, page: pageParam(n) },
      props: {
        ...path.props,
        page: {
          ...page,
          url: {
            current: pageHref(base, n),
            prev: href(n > 1 ? n - 1 : undefined),
            next: href(n < page.lastPage ? n + 1 : undefined),
            first: href(n > 1 ? 1 : undefined),
            last: href(n < page.lastPage ? page.lastPage : undefined),
          },
        } as Page<T>,
      },
    };
  });
}

/** A page's title says its number past the first, so tabs and history tell pages apart. */
export const pageTitle = (title: string, page: Pick<PageInfo, 'current' | 'last'>) =>
  page.current > 1 ? t('pager.title', { title, n: page.current, last: page.last }) : title;

import { describe, expect, it } from 'vitest';
import {
  PAGE_SIZE,
  PREVIEW_SIZE,
  pageHref,
  pageParam,
  pageTitle,
  pagedPaths,
  pagerNumbers,
} from '../../src/core/pagination.ts';
import type { PaginateFunction } from 'astro';

/** Astro's paginate() as it behaves for a `[...page]` route: slices, numbers, and `/list/N` URLs we replace. */
const paginate = ((data: readonly unknown[], args: { pageSize?: number; params?: object; props?: object } = {}) => {
  const size = args.pageSize ?? 10;
  const last = Math.max(1, Math.ceil(data.length / size));
  return Array.from({ length: last }, (_, i) => ({
    params: { ...args.params, page: i === 0 ? undefined : String(i + 1) },
    props: {
      ...args.props,
      page: {
        data: data.slice(i * size, (i + 1) * size),
        start: i * size,
        end: Math.min((i + 1) * size, data.length) - 1,
        size,
        total: data.length,
        currentPage: i + 1,
        lastPage: last,
        url: { current: `/x/${i + 1}` },
      },
    },
  }));
}) as unknown as PaginateFunction;

describe('page addresses', () => {
  it('page 1 keeps the list’s address; later pages live under pagina/N/', () => {
    expect(pageHref('/practicas/', 1)).toBe('/practicas/');
    expect(pageHref('/practicas/', 2)).toBe('/practicas/pagina/2/');
    expect(pageHref('/territorio/27001-quibdo/oferta/', 12)).toBe('/territorio/27001-quibdo/oferta/pagina/12/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('pagina/3');
  });

  it('a page past the first says its number in the title', () => {
    expect(pageTitle('Buenas prácticas', { current: 1, last: 4 })).toBe('Buenas prácticas');
    expect(pageTitle('Buenas prácticas', { current: 2, last: 4 })).toBe('Buenas prácticas (página 2 de 4)');
  });
});

describe('pagedPaths', () => {
  const items = Array.from({ length: 2 * PAGE_SIZE + 1 }, (_, i) => i);
  const paths = pagedPaths(paginate, items, '/practicas/', { params: { facet: 'tipo' }, props: { extra: true } });

  it('cuts the list into pages of PAGE_SIZE, every item once, in order', () => {
    expect(paths).toHaveLength(3);
    expect(paths.flatMap((p) => p.props.page.data)).toEqual(items);
    expect(paths.map((p) => p.props.page.data.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 1]);
  });

  it('names pages with the Spanish rest parameter and keeps the route’s other params and props', () => {
    expect(paths.map((p) => p.params)).toEqual([
      { facet: 'tipo', page: undefined },
      { facet: 'tipo', page: 'pagina/2' },
      { facet: 'tipo', page: 'pagina/3' },
    ]);
    expect(paths.every((p) => (p.props as { extra?: boolean }).extra)).toBe(true);
  });

  it('gives each page the addresses of its neighbours', () => {
    expect(paths[0]!.props.page.url).toEqual({
      current: '/practicas/',
      prev: undefined,
      next: '/practicas/pagina/2/',
      first: undefined,
      last: '/practicas/pagina/3/',
    });
    expect(paths[1]!.props.page.url).toMatchObject({
      current: '/practicas/pagina/2/',
      prev: '/practicas/',
      next: '/practicas/pagina/3/',
    });
    expect(paths[2]!.props.page.url).toMatchObject({ prev: '/practicas/pagina/2/', next: undefined, last: undefined });
  });

  it('an empty list still has its first page', () => {
    const empty = pagedPaths(paginate, [], '/agendas/');
    expect(empty).toHaveLength(1);
    expect(empty[0]!.params.page).toBeUndefined();
  });

  it('a summary shows fewer items than a page', () => {
    expect(PREVIEW_SIZE).toBeLessThan(PAGE_SIZE);
  });
});

describe('pager numbers', () => {
  it('shows every page of a short list', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('shows first, last and the current page’s neighbours of a long list, with gaps', () => {
    expect(pagerNumbers(1, 50)).toEqual([1, 2, null, 50]);
    expect(pagerNumbers(25, 50)).toEqual([1, null, 24, 25, 26, null, 50]);
    expect(pagerNumbers(50, 50)).toEqual([1, null, 49, 50]);
  });

  it('shows a single missing page instead of a gap standing for it', () => {
    expect(pagerNumbers(4, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
  });

  it('never shows more than seven entries', () => {
    for (let last = 1; last <= 60; last++)
      for (let current = 1; current <= last; current++)
        expect(pagerNumbers(current, last).length).toBeLessThanOrEqual(7);
  });
});

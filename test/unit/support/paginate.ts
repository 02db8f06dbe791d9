/**
 * Astro's `paginate()` for loader tests, enough for `pagedPaths`: pages of `pageSize` (10 unless
 * told), the params and props spread in, the page in `props.page`.
 */
import type { Page, PaginateFunction } from 'astro';

export const paginate = ((
  data: readonly unknown[],
  options: { pageSize?: number; params?: Record<string, string>; props?: Record<string, unknown> } = {},
) => {
  const size = options.pageSize ?? 10;
  const last = Math.max(1, Math.ceil(data.length / size));
  return Array.from({ length: last }, (_, i) => ({
    params: { ...options.params, page: i === 0 ? undefined : String(i + 1) },
    props: {
      ...options.props,
      page: {
        data: data.slice(i * size, (i + 1) * size),
        start: i * size,
        end: Math.min(data.length, (i + 1) * size) - 1,
        size,
        total: data.length,
        currentPage: i + 1,
        lastPage: last,
        url: {},
      } as unknown as Page,
    },
  }));
}) as unknown as PaginateFunction;

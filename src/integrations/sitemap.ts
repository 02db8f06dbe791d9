/**
 * Writes /sitemap.xml after the build from the pages Astro actually produced, so no page is
 * forgotten and none is invented. Data files (CSV, JSON, feeds) are listed on /datos/ instead.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { escapeXml } from '../features/publishing/node.ts';

/** Pages that are not content: the not-found page, and the editors' CMS under /admin/. */
const EXCLUDED = new Set(['404/', '404']);
const EXCLUDED_PREFIXES = ['admin/', 'admin'];
const isExcluded = (pathname: string) => {
  const p = pathname.replace(/^\//, '');
  return (
    EXCLUDED.has(p) ||
    EXCLUDED_PREFIXES.some((prefix) => p === prefix || p.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`))
  );
};

export function sitemapXml(site: URL, pathnames: string[]): string {
  const urls = [...new Set(pathnames)]
    .filter((p) => !isExcluded(p))
    .map((p) => new URL(p.startsWith('/') ? p : `/${p}`, site).href)
    .sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- Generated at build time by src/integrations/sitemap.ts. -->',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `<url><loc>${escapeXml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

export default function sitemap(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'red-territorial-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) return logger.warn('Sin «site» en astro.config.mjs: no se genera sitemap.xml.');
        const html = pages.map((p) => p.pathname).filter((p) => !/\.(xml|json|csv)$/.test(p));
        await writeFile(new URL('sitemap.xml', dir), sitemapXml(site, html));
        logger.info(`sitemap.xml: ${html.length} páginas`);
      },
    },
  };
}

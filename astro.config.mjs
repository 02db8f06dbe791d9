// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from './src/integrations/sitemap.ts';
import qualityGates from './src/integrations/quality-gates.ts';
import pagefind from './src/integrations/pagefind.ts';
import cmsBundle from './src/integrations/cms-bundle.ts';

export default defineConfig({
  // The public address, for canonical links, feeds and the sitemap. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://red-territorial.example.org',
  trailingSlash: 'ignore',
  // cmsBundle refuses to build without a current admin bundle (npm run build:cms, built in its
  // own process). Pagefind indexes the pages the others produced; qualityGates stays last: it
  // checks links (the search index included) and writes _headers over every page built.
  integrations: [mdx(), cmsBundle(), sitemap(), pagefind(), qualityGates()],
  markdown: {
    // Astro 7 defaults to Sätteri; remark/rehype is the pipeline the project builds on. It serves
    // the developers' own .mdx pages: content bodies are drawn at content sync, see src/mdx/content-loader.ts.
    processor: unified(),
  },
  build: {
    // The whole stylesheet is a few KB: inlining it saves readers on 3G a round trip.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  // Under `npm run cms` in git mode every save checks branches out, and the dev server would reload
  // every open page, the editor's /admin/ in the middle of saving a new draft included (it came back
  // on an empty form). No live reload there: pages show a change on the next reload.
  ...(process.env.CMS_LIVE_RELOAD === 'false' ? { vite: { server: { hmr: false } } } : {}),
  server: { host: '127.0.0.1' },
});

import type { APIRoute, GetStaticPaths } from 'astro';
import { themeFeed } from '../../../lib/feeds.ts';
import { rssXml } from '../../../lib/rss.ts';
import { taxonomies } from '../../../lib/site-content.ts';

export const getStaticPaths = (async () =>
  [...(await taxonomies()).all.themes.values()].map((t) => ({ params: { id: t.id }, props: { id: t.id, name: t.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) =>
  new Response(rssXml(await themeFeed(site!, props as { id: string; name: string })), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });

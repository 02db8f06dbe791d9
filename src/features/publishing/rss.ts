/**
 * A small RSS 2.0 serializer: feeds are few, fixed in shape and built at build time, so a
 * dependency would add more than it saves.
 */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate: Date;
  categories?: string[];
}

export interface Feed {
  title: string;
  description: string;
  /** The page the feed follows. */
  link: string;
  /** The feed's own address (atom:link rel=self, as validators ask). */
  self: string;
  language?: string;
  items: FeedItem[];
}

export const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

/** Newest first; the RFC 822 date RSS asks for. */
export function rssXml(feed: Feed): string {
  const items = [...feed.items].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  const newest = items[0]?.pubDate;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- Generated at build time by src/features/publishing/rss.ts. -->',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.link),
    element('description', feed.description),
    element('language', feed.language ?? 'es-CO'),
    `<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [element('lastBuildDate', newest.toUTCString())] : []),
    ...items.map((item) =>
      [
        '<item>',
        element('title', item.title),
        element('link', item.link),
        `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
        element('description', item.description),
        element('pubDate', item.pubDate.toUTCString()),
        ...(item.categories ?? []).map((c) => element('category', c)),
        '</item>',
      ].join(''),
    ),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

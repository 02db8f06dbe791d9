import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rssXml } from '../../src/features/publishing/rss.ts';

describe('rss serializer', () => {
  const xml = rssXml({
    title: 'Prácticas & lecciones',
    description: 'Lo nuevo <de la red>',
    link: 'https://example.org/',
    self: 'https://example.org/rss.xml',
    items: [
      {
        title: 'Uno',
        link: 'https://example.org/a/',
        description: 'A "quoted" text',
        pubDate: new Date('2026-01-02T00:00:00Z'),
      },
      {
        title: 'Dos',
        link: 'https://example.org/b/',
        description: 'B',
        pubDate: new Date('2026-03-02T00:00:00Z'),
        categories: ['Chocó'],
      },
    ],
  });
  it('is well-formed XML with escaped text', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = new XMLParser().parse(xml).rss;
    expect(rss.channel.title).toBe('Prácticas &amp; lecciones'.replace('&amp;', '&'));
    expect(rss.channel.description).toBe('Lo nuevo <de la red>');
  });
  it('lists items newest first with RFC 822 dates', () => {
    const items = new XMLParser().parse(xml).rss.channel.item;
    expect(items.map((i: { title: string }) => i.title)).toEqual(['Dos', 'Uno']);
    expect(items[0].pubDate).toBe('Mon, 02 Mar 2026 00:00:00 GMT');
    expect(Number.isNaN(new Date(items[1].pubDate).getTime())).toBe(false);
  });
});

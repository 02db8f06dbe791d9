/**
 * Previews of practices, lessons, offers, courses, course modules and agendas drawn by the very functions the
 * pages use (src/render/views.ts), in the site's stylesheet. Astro components cannot run in the
 * browser, so the page markup lives in framework-neutral render functions that both the Astro
 * pages and this preview call; a change to a page template is a change to the preview.
 *
 * The preview fills the views' slots itself: the body drawn from its MDX by `src/render/body.ts`
 * (same allowlist, nothing executable), images from Decap's media store. Term names come from
 * `/admin/terminos.json`, published by the site, so a territory shows as «Quibdó», not 27001.
 * Everything reaches React as one string serialised from hast, which escapes text by construction.
 */
import { createElement as h, useEffect, useState } from 'react';
import { bodyNodes } from '../src/render/body.ts';
import { type RenderContext, type WordTable, wordsFromTable } from '../src/render/context.ts';
import { fillSlots, h as el, html, type Nodes } from '../src/render/html.ts';
import { mediaFigure } from '../src/render/parts.ts';
import { termLookup, type TermNames } from '../src/render/term-names.ts';
import { isPreviewed, PREVIEWED, type Previewed } from './previewed.ts';
import { agendaView, courseView, lessonView, moduleView, offerView, practiceView } from '../src/render/views.ts';

interface ImmutableLike {
  toJS(): unknown;
  get(key: string): unknown;
}
interface PreviewProps {
  entry: ImmutableLike;
  getAsset: (path: string) => { toString(): string } | undefined;
}
type Data = Record<string, unknown>;

export interface PreviewSetup {
  words: WordTable;
  /** Names of the allowlisted MDX components (src/mdx/allowlist.ts), embedded by the admin page. */
  components: string[];
  termsUrl: string;
}

/** The collections with a preview of their own, and how each draws its article. */
const VIEWS: Record<Previewed, (ctx: RenderContext, d: Data) => Nodes> = {
  practices: (ctx, d) => practiceView(ctx, d),
  lessons: (ctx, d) => lessonView(ctx, d, String(d.body ?? '').trim() !== ''),
  offers: (ctx, d) => offerView(ctx, d),
  courses: (ctx, d) => courseView(ctx, d),
  modules: (ctx, d) => moduleView(ctx, d, ctx.term('courses', String(d.course ?? ''))?.name ?? String(d.course ?? '')),
  agendas: (ctx, d) => agendaView(ctx, d),
};

/** The article's markup for an entry: pure, so unit tests call it without a browser. */
export function previewHtml(
  collection: string,
  data: Data,
  ctx: RenderContext,
  allowed: ReadonlySet<string>,
  imageUrl: (path: string) => string = (p) => p,
): string {
  if (!isPreviewed(collection)) return '';
  const view = VIEWS[collection];
  const media = (Array.isArray(data.media) ? data.media : []) as {
    image?: string;
    alt?: string;
    credit?: string;
    caption?: string;
  }[];
  return html(
    fillSlots(view(ctx, data), {
      body: bodyNodes(ctx, String(data.body ?? ''), allowed),
      media: media.map((m) =>
        mediaFigure(m, el('img', { src: m.image ? imageUrl(m.image) : undefined, alt: m.alt ?? '' })),
      ),
    }),
  );
}

let names: Promise<TermNames> | undefined;
/** Term names, fetched once for the whole session; a failed fetch leaves ids showing. */
function useTermNames(url: string): TermNames {
  const [loaded, setLoaded] = useState<TermNames>({});
  useEffect(() => {
    names ??= fetch(url).then(
      (r) => (r.ok ? (r.json() as Promise<TermNames>) : {}),
      () => ({}),
    );
    let live = true;
    void names.then((n) => live && setLoaded(n));
    return () => {
      live = false;
    };
  }, [url]);
  return loaded;
}

interface PreviewRegistry {
  registerPreviewTemplate(name: string, component: unknown): void;
}

export function registerPreviews(cms: PreviewRegistry, setup: PreviewSetup) {
  const words = wordsFromTable(setup.words);
  const allowed = new Set(setup.components);
  for (const collection of PREVIEWED) {
    const Preview = ({ entry, getAsset }: PreviewProps) => {
      const termNames = useTermNames(setup.termsUrl);
      const data = ((entry.get('data') as ImmutableLike | undefined)?.toJS() ?? {}) as Data;
      const ctx: RenderContext = { words, term: termLookup(termNames) };
      const markup = previewHtml(collection, data, ctx, allowed, (path) => getAsset(path)?.toString() ?? path);
      return h('main', { className: 'wrap' }, h('article', { dangerouslySetInnerHTML: { __html: markup } }));
    };
    cms.registerPreviewTemplate(collection, Preview);
  }
}

/** How an editor component looks in any Markdown preview: drawn by the body renderer itself. */
export function componentPreviewer(setup: PreviewSetup) {
  const ctx: RenderContext = { words: wordsFromTable(setup.words), term: () => undefined };
  const allowed = new Set(setup.components);
  return (block: string) => html(bodyNodes(ctx, block, allowed));
}

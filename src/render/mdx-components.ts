/**
 * The markup of the allowlisted MDX components (src/mdx/allowlist.ts). The Astro components
 * render these at build time; the CMS preview renders the same when it draws a body. Props
 * arrive as strings from an editor and are read leniently here: their validation is the props
 * schemas' job, in the content check and the build.
 */
import { formatFileSize, formatNumber } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { videoPlayer } from './video-player.ts';
import type { RenderContext } from './context.ts';
import { h, type Node, type Nodes, present } from './html.ts';

type Props = Record<string, string | number | undefined>;
const str = (v: string | number | undefined) => (v === undefined ? undefined : String(v));

/** A key figure: the number big, what it measures beside it, its source underneath. */
export function cifra(p: Props): Node {
  return h('figure.cifra', [
    h('p.cifra-valor', str(p.valor) ?? ''),
    h(
      'figcaption',
      present(
        h('span.cifra-etiqueta', str(p.etiqueta) ?? ''),
        p.fuente && h('span.cifra-fuente', t('mdx.cifra.source', { source: String(p.fuente) })),
      ),
    ),
  ]);
}

/** A callout. Its title is a <p>: a body's outline belongs to the entry. */
export function recuadro(ctx: RenderContext, p: Props, children: Nodes): Node {
  const tipo = str(p.tipo) || 'nota';
  const titulo = str(p.titulo);
  return h(
    `aside.recuadro.recuadro-${tipo.replace(/[^a-z-]/g, '')}`,
    { ariaLabel: titulo ?? ctx.words.option('Recuadro', 'tipo', tipo) },
    present(titulo && h('p.recuadro-titulo', titulo), children),
  );
}

const paragraphs = (text: string | undefined) => (text ? text.split(/\n\s*\n/) : []);
const duration = (minutes: string | number | undefined) => {
  const n = Number(minutes);
  return minutes !== undefined && minutes !== '' && n > 0
    ? h('span.muted', ` · ${t('media.minutes', { time: `${formatNumber(Math.round(n * 60))} s` })}`)
    : undefined;
};

/** An audio episode: the browser's own player, nothing downloaded before play, the transcript on the page. */
export function podcast(ctx: RenderContext, p: Props): Node {
  const src = str(p.src) ?? '';
  const title = str(p.title) ?? '';
  const bytes = src ? ctx.sizeOf?.(src) : undefined;
  const size = bytes === undefined ? '' : formatFileSize(bytes);
  return h('figure.media', [
    h('figcaption', present(h('strong', title), duration(p.minutes))),
    h('audio', { controls: true, preload: 'none', src }, [`${t('media.noAudio')} `, h('a', { href: src }, title)]),
    h('p', h('a', { href: src, download: true }, t('media.audioDownload', { size }))),
    h('div.transcript', [
      h('p', h('strong', ctx.words.label('modules', 'podcasts.transcript'))),
      ...paragraphs(str(p.transcript)).map((text) => h('p', text)),
    ]),
  ]);
}

/**
 * A video that costs nothing until the reader asks: a poster and a link; the player waits
 * inert in a <template> until a click (the script lives with the Astro component), which
 * starts it: no `autoplay` attribute, so nothing ever plays unasked.
 */
export function video(ctx: RenderContext, p: Props): Node {
  const provider = (str(p.provider) ?? 'archivo') as 'youtube' | 'vimeo' | 'archivo';
  const src = str(p.src);
  const captions = str(p.captions);
  const title = str(p.title) ?? '';
  const poster = str(p.poster);
  const player = videoPlayer({ provider, videoId: str(p.videoId), src });
  const size = (href: string | undefined) => {
    const bytes = href ? ctx.sizeOf?.(href) : undefined;
    return bytes === undefined ? '' : formatFileSize(bytes);
  };
  const player$ = player.embedSrc
    ? h('iframe.media-player', {
        src: player.embedSrc,
        title,
        width: 640,
        height: 360,
        allow: 'autoplay; fullscreen; picture-in-picture',
        allowFullScreen: true,
      })
    : h(
        'video.media-player',
        { controls: true, preload: 'none', poster, width: 640, height: 360 },
        present(
          h('source', { src, type: src?.endsWith('.webm') ? 'video/webm' : 'video/mp4' }),
          captions &&
            h('track', {
              kind: 'captions',
              src: captions,
              srcLang: 'es',
              label: t('media.captionsTrack'),
              default: true,
            }),
        ),
      );
  const transcript = paragraphs(str(p.transcript));
  return h(
    'figure.media',
    { dataVideo: true, dataIsland: 'video' },
    present(
      h('a.media-poster', { href: player.watchHref, dataPlay: true }, [
        h('img', { src: poster, alt: '', width: 640, height: 360, loading: 'lazy', decoding: 'async' }),
        h('span.media-play', t('media.play', { title })),
      ]),
      h('template', [player$]),
      h(
        'figcaption',
        present(
          h('strong', title),
          duration(p.minutes),
          h('br'),
          h(
            'span.muted',
            player.embedSrc
              ? t('media.loadsFrom', { host: ctx.words.option('modules', 'videos.provider', provider) })
              : t('media.loadsOnRequest', { size: size(src) }),
          ),
          captions && [
            h('br'),
            h('a', { href: captions, download: true }, t('media.captionsDownload', { size: size(captions) })),
          ],
          // Inside the caption: a figure's caption must be its first or last child.
          transcript.length > 0 &&
            h('details.transcript', [
              h('summary', ctx.words.label('modules', 'videos.transcript')),
              ...transcript.map((text) => h('p', text)),
            ]),
        ),
      ),
    ),
  );
}

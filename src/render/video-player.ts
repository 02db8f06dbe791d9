/** Where a video is watched (the link that works without JS) and which player loads on request. */
import type { VideoProps } from '../schemas/audiovisual.ts';

export interface VideoPlayer {
  /** The page to go to when scripts are off: the host's own page, or the file itself. */
  watchHref: string;
  /** The player to embed when the reader asks; undefined for a file played natively. */
  embedSrc?: string;
}

/** Origins whose players a page may frame once the reader asks; the CSP allows exactly these. */
export const PLAYER_ORIGINS = {
  youtube: 'https://www.youtube-nocookie.com',
  vimeo: 'https://player.vimeo.com',
} as const;

export function videoPlayer(v: Pick<VideoProps, 'provider' | 'videoId' | 'src'>): VideoPlayer {
  const id = encodeURIComponent(v.videoId ?? '');
  switch (v.provider) {
    case 'youtube':
      // The no-cookie domain sets no tracking cookie until the reader plays the video.
      return {
        watchHref: `https://www.youtube.com/watch?v=${id}`,
        embedSrc: `${PLAYER_ORIGINS.youtube}/embed/${id}?autoplay=1&cc_load_policy=1&cc_lang_pref=es&hl=es`,
      };
    case 'vimeo':
      return {
        watchHref: `https://vimeo.com/${id}`,
        embedSrc: `${PLAYER_ORIGINS.vimeo}/video/${id}?autoplay=1&dnt=1&texttrack=es`,
      };
    case 'archivo':
      return { watchHref: v.src ?? '' };
  }
}

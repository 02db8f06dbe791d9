/**
 * Videos and podcasts. The same schemas validate a module's `videos`/`podcasts` front matter
 * and the props of the `<Video>` and `<Podcast>` MDX components, so a video without captions
 * or transcript, or a podcast without transcript, cannot be published either way.
 */
import { z } from 'zod';
import { longText, oneOf, quantity, text } from './fields.ts';

/**
 * Minutes of a video or audio. MDX attributes are always text (`<Video minutes="5">`), so the
 * number written as text is read as a number; front matter may write it either way.
 */
const minutes = (words: { label: string; hint: string }) => quantity(words, { min: 0.1, max: 600, fromText: true });

/** A transcript of an hour of speech is about 50,000 characters. */
const TRANSCRIPT_MAX = 60_000;

/** A file the portal serves from `public/materiales/`. */
const servedFile = (extensions: string, words: { label: string; hint: string }) =>
  z
    .string()
    .trim()
    .max(200, { error: 'La ruta es demasiado larga (máximo 200 caracteres).' })
    .regex(new RegExp(`^/materiales/[a-z0-9][a-z0-9._-]*\\.(${extensions})$`), {
      error: `Use un archivo en /materiales/ con extensión ${extensions
        .split('|')
        .map((e) => `.${e}`)
        .join(', ')}.`,
    })
    .meta(words);

export const videoProviders = ['youtube', 'vimeo', 'archivo'] as const;

export const videoProps = z
  .object({
    title: text({ label: 'Título del video', hint: 'Qué muestra el video, en pocas palabras.' }, { max: 140 }),
    provider: oneOf(videoProviders, {
      label: 'Dónde está alojado',
      hint: 'YouTube y Vimeo solo se cargan cuando la persona pide ver el video; «archivo» es un MP4 del portal.',
      options: { youtube: 'YouTube', vimeo: 'Vimeo', archivo: 'Archivo del portal' },
    }),
    videoId: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{6,20}$/, {
        error: 'Copie solo el identificador del video (por ejemplo «a1B2c3D4e5F»), no la dirección completa.',
      })
      .optional()
      .meta({
        label: 'Identificador del video',
        hint: 'Para YouTube o Vimeo: el código que aparece al final de la dirección del video.',
        conditional: true,
      }),
    src: servedFile('mp4|webm', {
      label: 'Archivo de video',
      hint: 'Para videos del portal: ruta del MP4 en /materiales/.',
    })
      .optional()
      .meta({ conditional: true }),
    poster: servedFile('jpg|jpeg|png|webp|svg', {
      label: 'Imagen de portada',
      hint: 'Imagen liviana que se muestra en lugar del reproductor hasta que la persona lo pide.',
    }),
    captions: servedFile('vtt', { label: 'Subtítulos (WebVTT)', hint: 'Archivo .vtt con los subtítulos en español.' })
      .optional()
      .meta({ conditional: true }),
    transcript: longText(
      { label: 'Transcripción', hint: 'Todo lo que se dice y se muestra, para leer sin ver el video.' },
      20,
      TRANSCRIPT_MAX,
    )
      .optional()
      .meta({ conditional: true }),
    minutes: minutes({ label: 'Duración del video (minutos)', hint: 'Duración aproximada.' }).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.captions && !v.transcript) {
      ctx.addIssue({
        code: 'custom',
        path: ['captions'],
        message: 'Un video necesita subtítulos (archivo .vtt) o transcripción; agregue al menos uno.',
      });
    }
    if (v.provider !== 'archivo' && !v.videoId) {
      ctx.addIssue({
        code: 'custom',
        path: ['videoId'],
        message: 'Falta el identificador del video en YouTube o Vimeo.',
      });
    }
    if (v.provider === 'archivo' && !v.src) {
      ctx.addIssue({ code: 'custom', path: ['src'], message: 'Falta la ruta del archivo de video en /materiales/.' });
    }
  })
  .meta({
    label: 'Video',
    hint: 'Video con portada, que se carga solo cuando se pide, con subtítulos o transcripción.',
  });

export const podcastProps = z
  .object({
    title: text({ label: 'Título del pódcast', hint: 'Nombre del episodio.' }, { max: 140 }),
    src: servedFile('mp3|ogg|m4a', { label: 'Archivo de audio', hint: 'Ruta del MP3 en /materiales/.' }),
    transcript: longText(
      { label: 'Transcripción del audio', hint: 'Todo lo que se dice, para leer sin escuchar.' },
      20,
      TRANSCRIPT_MAX,
    ),
    minutes: minutes({ label: 'Duración del audio (minutos)', hint: 'Duración aproximada.' }).optional(),
  })
  .meta({ label: 'Pódcast', hint: 'Audio que se descarga solo al reproducirlo, con su transcripción en la página.' });

export type VideoProps = z.infer<typeof videoProps>;
export type PodcastProps = z.infer<typeof podcastProps>;

/**
 * The components MDX bodies may use, by the name editors write (`<Recuadro>`), each with the
 * zod schema of its props. Plain TypeScript with no Astro import, so the content check, the
 * content loader of the build and the CMS all read this one list; `src/render/body.ts` draws
 * each name (its type requires exactly these keys).
 *
 * Adding a component is one line here plus its drawing in `src/render/mdx-components.ts` and
 * one line in the `draw` map of `src/render/body.ts`.
 */
import type { z } from 'zod';
import { cifraProps } from '../ui/mdx/cifra-props.ts';
import { recuadroProps } from '../ui/mdx/recuadro-props.ts';
import { podcastProps } from '../ui/mdx/podcast-props.ts';
import { videoProps } from '../ui/mdx/video-props.ts';

export interface AllowedComponent {
  props: z.ZodObject;
  /** Whether the component wraps Markdown (`<Recuadro>…</Recuadro>`) or stands alone (`<Cifra />`). */
  children: boolean;
}

export const mdxAllowlist = {
  Recuadro: { props: recuadroProps, children: true },
  Cifra: { props: cifraProps, children: false },
  Video: { props: videoProps, children: false },
  Podcast: { props: podcastProps, children: false },
} as const satisfies Record<string, AllowedComponent>;

export type AllowedComponentName = keyof typeof mdxAllowlist;

export const isAllowedComponent = (name: string): name is AllowedComponentName => Object.hasOwn(mdxAllowlist, name);

/**
 * The components MDX bodies may use, by the name editors write (`<Recuadro>`), each with the
 * zod schema of its props. Plain TypeScript with no Astro import, so the content check, the
 * build's remark plugin and the CMS all read this one list; `components.ts` maps the same
 * names to their Astro components (its type requires exactly these keys).
 *
 * Adding a component is one line here plus one line in `components.ts`.
 */
import type { z } from 'zod';
import { cifraProps } from '../components/mdx/cifra-props.ts';
import { recuadroProps } from '../components/mdx/recuadro-props.ts';
import { podcastProps } from '../components/mdx/podcast-props.ts';
import { videoProps } from '../components/mdx/video-props.ts';

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

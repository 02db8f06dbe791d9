/**
 * The components MDX bodies may use, by the name editors write (`<Recuadro>`). This map is
 * the allowlist: what is not here is rejected by the content check and never rendered.
 * Their props schemas, importable without Astro, are in `component-props.ts`.
 */
import Podcast from '../components/mdx/Podcast.astro';
import Video from '../components/mdx/Video.astro';

export const mdxComponents: Record<string, unknown> = { Video, Podcast };

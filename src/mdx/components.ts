/**
 * The Astro component behind each allowlisted MDX name. What is not in `mdxAllowlist`
 * (src/mdx/allowlist.ts) is rejected by the content check and by the build; the type below
 * keeps the two lists the same.
 */
import Cifra from '../components/mdx/Cifra.astro';
import Podcast from '../components/mdx/Podcast.astro';
import Recuadro from '../components/mdx/Recuadro.astro';
import Video from '../components/mdx/Video.astro';
import type { AllowedComponentName } from './allowlist.ts';

export const mdxComponents: Record<AllowedComponentName, unknown> = { Recuadro, Cifra, Video, Podcast };

/**
 * The props schema of each allowlisted MDX component, by the name editors write. Kept apart
 * from `components.ts` so Node (the content check) can read it without loading Astro files.
 */
import { podcastProps } from '../components/mdx/podcast-props.ts';
import { videoProps } from '../components/mdx/video-props.ts';

export const mdxComponentProps = { Video: videoProps, Podcast: podcastProps } as const;

// The props <Podcast> accepts: declared with the schemas so module front matter and MDX share them.
export { podcastProps, type PodcastProps } from '../../schemas/audiovisual.ts';

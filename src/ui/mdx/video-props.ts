// The props <Video> accepts: declared with the schemas so module front matter and MDX share them.
export { videoProps, type VideoProps } from '../../schemas/audiovisual.ts';

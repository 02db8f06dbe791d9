/**
 * Entry point of the build-error catalogue: `throw buildError(DanglingTermReference, 'themes', id)`.
 * Entries are separate exports so a bundle (the CMS admin) keeps only the ones it throws.
 */
export * from './catalogue.ts';
export { BuildError, buildError } from './build-error.ts';

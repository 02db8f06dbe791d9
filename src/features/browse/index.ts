/**
 * The browse feature's entry point: the home page, the plain list of each collection and the
 * 404's way back. Its components are imported from `components/` directly (a barrel
 * re-exporting them would put every component's styles in every page importing it).
 */
export * from './collection-list.ts';
export * from './home-page.ts';
export * from './load-collection-list.ts';
export * from './load-home-page.ts';

/**
 * The demand feature's entry point (identified needs, Actividad 1): its logic and loader. Its
 * components are imported from `components/` directly, as in the other features.
 */
export * from './demand-view.ts';
export * from './load-demand.ts';
export * from './need-status.ts';
export * from './need-feeds.ts';
export * from './load-need-feeds.ts';

/**
 * The territory feature's entry point for code that runs outside Astro's content layer (command-line
 * scripts, integrations): nothing exported here may reach `astro:content`.
 */
export * from './map-geometry.ts';
export * from './topojson.ts';
export * from './import/import.ts';
export * from './import/profile-import.ts';

import { describe, expect, it } from 'vitest';
import { originsOfBundle } from '../../src/audit/chunk-origins.ts';

describe('chunk origins', () => {
  it('split each chunk’s bytes between our modules and npm packages or bundler helpers', () => {
    const bundle = {
      'a.js': {
        type: 'chunk',
        fileName: '_astro/a.js',
        modules: {
          '/repo/src/components/Finder.astro?astro&type=script&index=0&lang.ts': { renderedLength: 120 },
          '/repo/node_modules/decap-cms-app/dist/index.js': { renderedLength: 9_000 },
          '\0vite/preload-helper.js': { renderedLength: 300 },
        },
      },
      'a.css': { type: 'asset', fileName: '_astro/a.css' },
    };
    expect(originsOfBundle(bundle)).toEqual({ '/_astro/a.js': { own: 120, thirdParty: 9_300 } });
  });
});

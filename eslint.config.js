// Lint for the whole repository: ESLint's and typescript-eslint's recommended rules, and the Astro
// plugin's for .astro files (their front matter and their <script> islands). `npm run lint` runs
// it with --max-warnings 0, so a rule is either an error or off: every rule turned off or
// relaxed below says why. Formatting is Prettier's job (the "prettier" key in package.json);
// nothing here has an opinion on layout.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Built or generated output, never edited by hand.
    ignores: ['dist/', '.astro/', 'public/admin/cms/', 'test-results/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      // The build, the CLIs and the tests run on Node; the islands and the CMS in the browser.
      // Both sets are declared everywhere: which code runs where is what the architecture test
      // checks, not the linter.
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // Relaxed for two idioms this code uses on purpose: a `_`-prefixed parameter kept for its
      // position (`(_event, path) => …`), and a key destructured only to leave it out of a rest
      // object (`const { captions: _, ...bare } = video`, src/pages/admin/index.astro).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
);

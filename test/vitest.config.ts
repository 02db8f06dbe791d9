import { defineConfig } from 'vitest/config';

/**
 * Unit tests that start processes (the CLIs through tsx, git, decap-server) or check a whole
 * content tree. Measured with `--reporter=verbose` on a loaded 2-core machine, each has a test
 * of 0.8–6.5 s, near or over vitest's default 5 s limit; they run in the `slow` project with
 * room to spare, so `npm run test:unit` stays fast and none fails only by timing out.
 */
export const slowUnitTests = [
  'bench-corpus.test.ts',
  'check-cli.test.ts',
  'ci-definitions.test.ts',
  'cms-cli.test.ts',
  'cms-formats.test.ts',
  'content-check.test.ts',
  'divipola-import.test.ts',
  'editing-server.test.ts',
  'entry-history.test.ts',
  'entry-validation.test.ts',
  'hostile-input.test.ts',
  'near-duplicates.test.ts',
  'personal-data.test.ts',
  'profile-import.test.ts',
  'related-process.test.ts',
  'training-content.test.ts',
];

/**
 * Every project ends a run by checking that nothing it started still runs (test/leaks/): each
 * file after its own hooks, the whole run after the last file; the run's temporary files are
 * removed with it.
 */
const leakChecks = { globalSetup: ['../leaks/global-setup.ts'], setupFiles: ['../leaks/after-file.ts'] };

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', root: 'test/unit', include: ['**/*.test.ts'], exclude: slowUnitTests, ...leakChecks },
      },
      {
        test: {
          name: 'slow',
          root: 'test/unit',
          include: slowUnitTests,
          ...leakChecks,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root: 'test/e2e',
          include: ['**/*.test.ts'],
          // The leak checks first: the build inherits the run's TMPDIR, and their teardown runs last.
          globalSetup: [...leakChecks.globalSetup, './global-setup.ts'],
          setupFiles: leakChecks.setupFiles,
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // One browser and one server per file; files share the one build.
          fileParallelism: false,
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', root: 'test/unit', include: ['**/*.test.ts'] },
      },
      {
        test: {
          name: 'e2e',
          root: 'test/e2e',
          include: ['**/*.test.ts'],
          globalSetup: ['./global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // One browser and one server per file; files share the one build.
          fileParallelism: false,
        },
      },
    ],
  },
});

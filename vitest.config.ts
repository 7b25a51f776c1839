import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // src/web/**/*.test.ts are node tests of the web sources (i18n keys); test/e2e drives the built SPA in Chromium.
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules', 'dist'],
    // Builds dist/web for the e2e suites only when src/web changed (a no-op otherwise).
    globalSetup: ['test/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // 2-core machines: PGlite suites are CPU-bound; more workers only thrash.
    maxWorkers: 2,
  },
});

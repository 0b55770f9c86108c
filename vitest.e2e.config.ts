import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers with the built extension. One file at a
// time: each launches its own browser, and the machine has two cores. A failed
// test gets one more try, as real browsers on a loaded machine now and then
// miss a beat; the flaky reporter names every test that needed it, and
// `npm test` prints their count beside the totals.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 1,
    reporters: ['default', './harness/flaky-reporter.ts'],
  },
});

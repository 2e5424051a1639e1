import { defineConfig } from "vitest/config";

/** Browser tests against the built site in dist/ (run `npm run build` first). */
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll gives up after 1 s by default; on a loaded machine one look at the page can take
    // longer than that (a skip-link test failed so, twice in a row on CI). Ten seconds, ten looks a second.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    // Two test files at a time (each with its own browser): the machine has two cores, and the
    // longest file (axe on every page) then runs beside the rest.
    fileParallelism: true,
    maxWorkers: 2,
    // On CI a test that fails is run once more; one that then passes is reported as flaky by name
    // in the closing summary (tests/e2e/flaky-reporter.ts). Locally, no retry: a flake shows.
    retry: process.env.CI ? 1 : 0,
    reporters: ["default", "./tests/e2e/flaky-reporter.ts"],
  },
});

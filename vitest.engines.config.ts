import { defineConfig } from "vitest/config";

/**
 * The reader's core flows in Firefox and WebKit (tests/engines), against the built site in dist/.
 * WebKit needs a display: `npm test` runs this under `xvfb-run -a`. The two engines run side by
 * side, one file each; as in the Chromium suite, CI retries a failed test once and names it.
 */
export default defineConfig({
  test: {
    include: ["tests/engines/**/*.test.ts"],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
    retry: process.env.CI ? 1 : 0,
    reporters: ["default", ["./tests/e2e/flaky-reporter.ts", { file: "test-results/flaky-engines.json" }]],
  },
});

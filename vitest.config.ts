import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: {
      "@attn": fileURLToPath(new URL("./src/lib/attention/index.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "tests/engines/**", "node_modules/**"],
    testTimeout: 60_000,
  },
});

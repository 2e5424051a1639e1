/**
 * What happens after `astro build` has written the pages: records how long the build took in
 * `build-info.json` (read by `npm run check:budgets`).
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

export default function postbuild(): AstroIntegration {
  let start = 0;
  return {
    name: "attention-live:postbuild",
    hooks: {
      "astro:config:setup": () => {
        start = performance.now();
      },
      "astro:build:done": async ({ dir, pages }) => {
        const root = fileURLToPath(dir);
        const seconds = (performance.now() - start) / 1000;
        const info = { builtAt: new Date().toISOString(), seconds, pages: pages.length };
        await writeFile(`${root}/build-info.json`, JSON.stringify(info, null, 2));
      },
    },
  };
}

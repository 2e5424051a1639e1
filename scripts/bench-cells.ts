/**
 * Median time from pressing Run to the output on the page, for a simple cell, in a real browser
 * against the built site (`DIST_DIR`, default dist/). Prints the cold first run (worker start)
 * and the median of warm runs.
 *
 *   node scripts/bench-cells.ts
 */
import { launchBrowser } from "../tests/e2e/browser.ts";
import { serveDist } from "../tests/e2e/server.ts";
import { distDir } from "../tests/e2e/pages.ts";
import { resolve } from "node:path";

const runs = 21;
const server = await serveDist(resolve(distDir));
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}en/chapters/03-attention-value/`, { waitUntil: "networkidle" });
  const time = () =>
    page.evaluate(async () => {
      const cell = document.querySelector<HTMLElement>('[data-cell="softmax-scores"]')!;
      const out = cell.querySelector("[data-cell-output]")!;
      const t0 = performance.now();
      await new Promise<void>((done) => {
        const seen = new MutationObserver(() => {
          if (cell.dataset.state === "done") {
            seen.disconnect();
            done();
          }
        });
        seen.observe(cell, { attributes: true, attributeFilter: ["data-state"] });
        seen.observe(out, { childList: true });
        cell.querySelector<HTMLElement>("[data-action=run]")!.click();
      });
      return performance.now() - t0;
    });
  const cold = await time();
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) warm.push(await time());
  warm.sort((a, b) => a - b);
  console.log(`run → output, first run (kernel starts): ${cold.toFixed(1)} ms`);
  console.log(
    `run → output, median of ${runs} warm runs: ${warm[runs >> 1].toFixed(1)} ms (min ${warm[0].toFixed(1)}, max ${warm[runs - 1].toFixed(1)})`,
  );
} finally {
  await browser.close();
  await server.close();
}

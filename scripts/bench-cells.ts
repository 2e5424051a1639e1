/**
 * How fast cells answer a new reader, in a real browser against the built site (`DIST_DIR`,
 * default dist/):
 *
 * - in each of N fresh browser contexts (an empty profile, as a first visit): the reader scrolls
 *   to a cell, reads for a moment (`--read-ms`, default 1000), clicks its code, and the time until
 *   the editor is there and focused is taken (from the pointer going down); then they change the
 *   code and press Shift+Enter, and the time until the new output is on the page is taken (from
 *   the key going down). Medians of N (`--contexts`, default 11), with the targets beside them;
 * - in one page, the warm re-run: Run pressed again and again (median of 21);
 * - in N more fresh contexts, the first Check of an exercise (`EXERCISE` on the same page): the
 *   reader scrolls to it, reads, presses Check on the starter code, and the time until every check
 *   shows ✓ or ✗ is taken (from the click). It includes loading the kernel's checking module
 *   (fast-check) and the exercise's checks, and running them on generated inputs.
 *
 *   node scripts/bench-cells.ts [--contexts 11] [--read-ms 1000]
 */
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../tests/e2e/browser.ts";
import { serveDist } from "../tests/e2e/server.ts";
import { distDir } from "../tests/e2e/pages.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const contexts = arg("contexts", 11);
const readMs = arg("read-ms", 1000);
const warmRuns = 21;
const PAGE = "en/chapters/03-attention-value/";
const CELL = "softmax-scores";
const TARGET_EDITOR_MS = 200;
const TARGET_FIRST_RUN_MS = 50;
const EXERCISE = "soft-softmax";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const spread = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `min ${s[0].toFixed(0)}, max ${s[s.length - 1].toFixed(0)}`;
};

/** One first visit: editor-ready after the first click, and edit → output of the first run (ms). */
async function firstVisit(browser: Browser, url: string): Promise<{ editor: number; firstRun: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "networkidle" });
    const cell = page.locator(`[data-cell="${CELL}"]`);
    await cell.scrollIntoViewIfNeeded();
    await page.waitForTimeout(readMs);
    // Timed in the page, from the pointer going down until the editor has the focus.
    await page.evaluate((id) => {
      const w = window as unknown as { editorReady: Promise<number> };
      const root = document.querySelector<HTMLElement>(`[data-cell="${id}"]`)!;
      w.editorReady = new Promise((done) => {
        root.addEventListener(
          "pointerdown",
          () => {
            const t0 = performance.now();
            const check = () => {
              const content = root.querySelector(".cm-content");
              if (content && content.contains(document.activeElement)) done(performance.now() - t0);
              else requestAnimationFrame(check);
            };
            check();
          },
          { capture: true, once: true },
        );
      });
    }, CELL);
    await cell.locator(".cell-code").click();
    const editor = await page.evaluate(
      () => (window as unknown as { editorReady: Promise<number> }).editorReady,
    );
    await page.keyboard.press("End");
    await page.keyboard.insertText(" // edited");
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.insertText("\nsoftmax([3, 2, 1])");
    await page.evaluate((id) => {
      const w = window as unknown as { firstRun: Promise<number> };
      const root = document.querySelector<HTMLElement>(`[data-cell="${id}"]`)!;
      w.firstRun = new Promise((done) => {
        const onKey = (ev: KeyboardEvent) => {
          if (ev.key !== "Enter" || !ev.shiftKey) return;
          root.removeEventListener("keydown", onKey, { capture: true });
          const t0 = performance.now();
          const seen = new MutationObserver(() => {
            if (root.dataset.state === "done" || root.dataset.state === "error") {
              seen.disconnect();
              done(performance.now() - t0);
            }
          });
          seen.observe(root, { attributes: true, attributeFilter: ["data-state"] });
        };
        root.addEventListener("keydown", onKey, { capture: true });
      });
    }, CELL);
    await page.keyboard.press("Shift+Enter");
    const firstRun = await page.evaluate(() => (window as unknown as { firstRun: Promise<number> }).firstRun);
    const output = await cell.locator("[data-cell-output]").innerText();
    if (!/0\.66/.test(output)) throw new Error(`the edited cell did not show its output: ${output}`);
    return { editor, firstRun };
  } finally {
    await context.close();
  }
}

/** One first visit: the first Check of an exercise, click → every check marked (ms). */
async function firstCheck(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "networkidle" });
    const root = page.locator(`[data-exercise="${EXERCISE}"]`);
    await root.scrollIntoViewIfNeeded();
    await page.waitForTimeout(readMs);
    await page.evaluate((id) => {
      const w = window as unknown as { checked: Promise<number> };
      const root = document.querySelector<HTMLElement>(`[data-exercise="${id}"]`)!;
      const button = root.querySelector<HTMLElement>("[data-action=check]")!;
      w.checked = new Promise((done) => {
        button.addEventListener(
          "click",
          () => {
            const t0 = performance.now();
            const seen = new MutationObserver(() => {
              if (root.dataset.result === "failed" || root.dataset.result === "passed") {
                seen.disconnect();
                done(performance.now() - t0);
              }
            });
            seen.observe(root, { attributes: true, attributeFilter: ["data-result"] });
          },
          { capture: true, once: true },
        );
      });
    }, EXERCISE);
    await root.locator("[data-action=check]").click();
    return await page.evaluate(() => (window as unknown as { checked: Promise<number> }).checked);
  } finally {
    await context.close();
  }
}

const server = await serveDist(resolve(distDir));
const browser = await launchBrowser();
try {
  const url = `${server.url}${PAGE}`;
  const editors: number[] = [];
  const firstRuns: number[] = [];
  for (let i = 0; i < contexts; i++) {
    const r = await firstVisit(browser, url);
    editors.push(r.editor);
    firstRuns.push(r.firstRun);
  }

  const checks: number[] = [];
  for (let i = 0; i < contexts; i++) checks.push(await firstCheck(browser, url));

  const page = await browser.newPage();
  await page.goto(url, { waitUntil: "networkidle" });
  const time = () =>
    page.evaluate(async (id) => {
      const cell = document.querySelector<HTMLElement>(`[data-cell="${id}"]`)!;
      const t0 = performance.now();
      await new Promise<void>((done) => {
        const seen = new MutationObserver(() => {
          if (cell.dataset.state === "done") {
            seen.disconnect();
            done();
          }
        });
        seen.observe(cell, { attributes: true, attributeFilter: ["data-state"] });
        cell.querySelector<HTMLElement>("[data-action=run]")!.click();
      });
      return performance.now() - t0;
    }, CELL);
  await time();
  const warm: number[] = [];
  for (let i = 0; i < warmRuns; i++) warm.push(await time());

  const row = (what: string, ms: number, detail: string, target?: number) =>
    console.log(
      `${what.padEnd(58)} ${ms.toFixed(0).padStart(5)} ms${target === undefined ? "          " : `  target ≤ ${target} ms ${ms <= target ? "met" : "NOT met"}`}   (${detail})`,
    );
  console.log(
    `cells bench: ${PAGE}#${CELL}, ${contexts} fresh contexts, reader reads ${readMs} ms before clicking`,
  );
  row("editor ready after the first click (median)", median(editors), spread(editors), TARGET_EDITOR_MS);
  row("first Run, edit → output (median)", median(firstRuns), spread(firstRuns), TARGET_FIRST_RUN_MS);
  row(`warm re-run, Run → output (median of ${warmRuns})`, median(warm), spread(warm));
  row(`first Check of ${EXERCISE}, click → every check marked (median)`, median(checks), spread(checks));
} finally {
  await browser.close();
  await server.close();
}

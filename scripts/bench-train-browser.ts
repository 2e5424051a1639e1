/**
 * Training in the browser, measured: the chapter 08 training widget, with its default settings,
 * trains in headless Chromium against the built site (`DIST_DIR`, default dist/), and this prints
 * the seconds from pressing Train until held-out exact match (the widget's validation examples,
 * never trained on) reaches 99 %, the steps per second, and the curve. Beside it, the same model
 * and step in TensorFlow.js on its wasm backend (a devDependency, never shipped), in the same
 * browser on a page of its own (the site's CSP rightly allows no WebAssembly compilation).
 *
 *   node scripts/bench-train-browser.ts
 */
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { launchBrowser } from "../tests/e2e/browser.ts";
import { serveDist } from "../tests/e2e/server.ts";
import { distDir } from "../tests/e2e/pages.ts";
import { TRAIN_DEFAULTS } from "../src/widgets/train-model/protocol.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TARGET_S = 30;
const TARGET_ACCURACY = 0.99;

interface Progress {
  t: number;
  step: number;
  steps: number;
  accuracy?: number;
  msPerStep: number;
}

const server = await serveDist(resolve(distDir));
const browser = await launchBrowser();
try {
  // --- the widget's own worker, through the widget, defaults untouched
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const log: unknown[] = [];
    (window as unknown as { trainLog: unknown[] }).trainLog = log;
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (options?.name !== "trainer") return;
        this.addEventListener("message", (ev: MessageEvent) => {
          const d = ev.data as { type: string };
          if (d.type === "progress" || d.type === "done")
            log.push({ ...d, t: performance.now(), weights: undefined });
        });
      }
    };
  });
  const page = await context.newPage();
  await page.goto(`${server.url}en/chapters/08-concatenation/`, { waitUntil: "networkidle" });
  const widget = page.locator('[data-widget="train-model"]');
  await widget.scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-widget="train-model"][data-ready="true"]', { timeout: 60_000 });
  const expected = await widget.locator("[data-expected]").innerText();
  const t0 = await page.evaluate(() => performance.now());
  await widget.locator("[data-train]").click();
  let log: Progress[] = [];
  let reached: Progress | undefined;
  for (;;) {
    await page.waitForTimeout(500);
    log = await page.evaluate(() => (window as unknown as { trainLog: Progress[] }).trainLog);
    reached = log.find((p) => (p.accuracy ?? 0) >= TARGET_ACCURACY);
    const done = (log as Array<Progress & { type?: string }>).some((p) => p.type === "done");
    if (reached || done) break;
  }
  await widget
    .locator("[data-stop]")
    .click({ timeout: 5000 })
    .catch(() => undefined);
  const last = reached ?? log[log.length - 1];
  const seconds = (last.t - t0) / 1000;
  const stepsPerSecond = last.step / seconds;
  await context.close();

  // --- TensorFlow.js (wasm), same model and batches, same browser
  const bundle = await build({
    entryPoints: [join(root, "scripts/bench-train-tfjs.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const wasmDir = join(root, "node_modules/@tensorflow/tfjs-backend-wasm/dist/");
  const tfPage = await browser.newPage();
  await tfPage.route("**/__bench/**", async (route) => {
    const name = new URL(route.request().url()).pathname.split("/").pop()!;
    if (name === "tfjs.html")
      return route.fulfill({ contentType: "text/html", body: "<!doctype html><title>tfjs bench</title>" });
    if (name === "bench.js")
      return route.fulfill({ contentType: "text/javascript", body: bundle.outputFiles[0].text });
    if (name.endsWith(".wasm"))
      return route.fulfill({ contentType: "application/wasm", body: await readFile(join(wasmDir, name)) });
    return route.fulfill({ status: 404, body: "" });
  });
  await tfPage.goto(`${server.url}__bench/tfjs.html`);
  const tfjs = await tfPage.evaluate(
    async ({ base, shape }) => {
      const m = (await import(`${base}bench.js`)) as typeof import("./bench-train-tfjs.ts");
      return m.tfjsMsPerStep(base, 40, shape);
    },
    {
      base: `${server.url}__bench/`,
      shape: {
        embedDim: TRAIN_DEFAULTS.embedDim,
        hiddenDim: TRAIN_DEFAULTS.hiddenDim,
        batchSize: TRAIN_DEFAULTS.batchSize,
        learningRate: TRAIN_DEFAULTS.learningRate,
      },
    },
  );
  const tfStepsPerSecond = 1000 / tfjs.msPerStep;

  const d = TRAIN_DEFAULTS;
  console.log(
    `train widget defaults: ${d.steps} steps of ${d.batchSize}, hidden ${d.hiddenDim}, embedding ${d.embedDim}, ` +
      `learning rate ${d.learningRate} → ${d.learningRate * d.finalLearningRateFraction} (linear), Bahdanau`,
  );
  console.log(`the widget tells the reader beforehand: ${expected}`);
  console.log("\ncurve (held-out exact match, measured by the widget's worker):");
  for (const p of log.filter((p) => p.accuracy !== undefined))
    console.log(
      `  step ${String(p.step).padStart(5)}  ${((p.accuracy ?? 0) * 100).toFixed(1).padStart(5)} %  ${((p.t - t0) / 1000).toFixed(1).padStart(6)} s`,
    );
  console.log("");
  console.log(
    reached
      ? `ours (widget worker):   ${seconds.toFixed(1)} s to 99 % held-out exact match (step ${reached.step})  target ≤ ${TARGET_S} s ${seconds <= TARGET_S ? "met" : "NOT met"}`
      : `ours (widget worker):   99 % NOT reached in ${last.step} steps (${seconds.toFixed(1)} s)`,
  );
  console.log(`                        ${stepsPerSecond.toFixed(1)} steps/s (evaluation included)`);
  console.log(
    `tfjs-wasm (${tfjs.backend}, same browser): ${tfStepsPerSecond.toFixed(1)} steps/s (${tfjs.msPerStep.toFixed(1)} ms/step, median of 40)` +
      (reached
        ? `; at that speed the same ${reached.step} steps take ${(reached.step / tfStepsPerSecond).toFixed(1)} s (training steps only)`
        : ""),
  );
} finally {
  await browser.close();
  await server.close();
}

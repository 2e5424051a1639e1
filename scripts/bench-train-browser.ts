/**
 * Training in the browser, measured: the chapter 08 training widget, with its default settings,
 * trains in headless Chromium against the built site (`DIST_DIR`, default dist/), and this prints
 * the seconds from pressing Train until held-out exact match (the widget's validation examples,
 * never trained on) reaches 99 %, the steps per second, and the curve. Beside it, the same model
 * and step in TensorFlow.js on its wasm backend (a devDependency, never shipped), in the same
 * browser on a page of its own (the site's CSP rightly allows no WebAssembly compilation).
 *
 * The widget is measured through its own readout, as a reader sees it: its status line
 * ("step 450 of 800 · loss 0.012 · validation accuracy 99.5% · …"), watched by a MutationObserver
 * that stamps each change with the time. (The trainer runs in the page's sandbox frame, so its
 * messages cannot be watched from the page.) The whole run has a time limit, TIME_LIMIT_S.
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
/** The longest the widget may train before the bench gives up and says so. */
const TIME_LIMIT_S = 300;

/** One reading of the widget's status line. */
interface Progress {
  t: number;
  step: number;
  steps: number;
  accuracy?: number;
}

/** The English status line's step and validation accuracy (strings.ts, en.status). */
function readStatus(t: number, text: string): Progress | null {
  const m = /step (\d+) of (\d+) · loss \S+ · validation accuracy ([\d.]+%|–)/.exec(text);
  if (!m) return null;
  const accuracy = m[3] === "–" ? undefined : Number(m[3].slice(0, -1)) / 100;
  return { t, step: Number(m[1]), steps: Number(m[2]), accuracy };
}

const server = await serveDist(resolve(distDir));
const browser = await launchBrowser();
try {
  // --- the widget, through its own readout, defaults untouched
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}en/chapters/08-concatenation/`, { waitUntil: "networkidle" });
  const widget = page.locator('[data-widget="train-model"]');
  await widget.scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-widget="train-model"][data-ready="true"]', { timeout: 60_000 });
  const expected = await widget.locator("[data-expected]").innerText();
  await widget.locator("[data-status]").evaluate((status) => {
    const seen: Array<{ t: number; text: string }> = [];
    (window as unknown as { statusLog: typeof seen }).statusLog = seen;
    new MutationObserver(() => seen.push({ t: performance.now(), text: status.textContent ?? "" })).observe(
      status,
      { childList: true, characterData: true, subtree: true },
    );
  });
  const t0 = await page.evaluate(() => performance.now());
  await widget.locator("[data-train]").click();
  const deadline = t0 + TIME_LIMIT_S * 1000;
  let log: Progress[] = [];
  let reached: Progress | undefined;
  let ending = "";
  for (;;) {
    await page.waitForTimeout(500);
    const seen = await page.evaluate(
      () => (window as unknown as { statusLog: Array<{ t: number; text: string }> }).statusLog,
    );
    log = seen.flatMap(({ t, text }) => readStatus(t, text) ?? []);
    reached = log.find((p) => (p.accuracy ?? 0) >= TARGET_ACCURACY);
    if (reached) break;
    // Train is enabled again once training has ended: finished, stopped or failed.
    if (await widget.locator("[data-train]").isEnabled()) {
      const message = widget.locator("[data-message]");
      ending = (await message.isVisible()) ? await message.innerText() : (seen.at(-1)?.text ?? "");
      break;
    }
    if ((await page.evaluate(() => performance.now())) > deadline) {
      ending = `the time limit of ${TIME_LIMIT_S} s`;
      break;
    }
  }
  await widget
    .locator("[data-stop]")
    .click({ timeout: 5000 })
    .catch(() => undefined);
  const last = reached ?? log.at(-1);
  if (!last) throw new Error(`bench: the widget showed no progress (${ending})`);
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
  console.log("\ncurve (held-out exact match, as the widget's status line shows it):");
  const measured = log.filter((p, i) => p.accuracy !== undefined && p.accuracy !== log[i - 1]?.accuracy);
  for (const p of measured)
    console.log(
      `  step ${String(p.step).padStart(5)}  ${((p.accuracy ?? 0) * 100).toFixed(1).padStart(5)} %  ${((p.t - t0) / 1000).toFixed(1).padStart(6)} s`,
    );
  console.log("");
  console.log(
    reached
      ? `ours (widget):          ${seconds.toFixed(1)} s to 99 % held-out exact match (step ${reached.step})  target ≤ ${TARGET_S} s ${seconds <= TARGET_S ? "met" : "NOT met"}`
      : `ours (widget):          99 % NOT reached in ${last.step} steps (${seconds.toFixed(1)} s; ended by: ${ending})`,
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

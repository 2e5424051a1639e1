/**
 * Benchmarks of the type service (src/kernel/typescript): how long the reader waits for type
 * errors, completions, hover and signature help in a typical cell, cold and warm, in Node (the
 * worker runs the same code). With a built site (`DIST_DIR`, default dist/), also the gzip size
 * of what the type worker loads and, in Chromium, the wait from the last keystroke to the
 * squiggles and the main thread's long tasks meanwhile. Run: `npm run bench:types`.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { launchBrowser } from "../tests/e2e/browser.ts";
import { serveDist } from "../tests/e2e/server.ts";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { createTypeService, type CellSource } from "../src/kernel/typescript/core.ts";
import { kernelGlobals } from "../src/kernel/typescript/globals.ts";

/** The same files src/kernel/typescript/files.ts gathers with Vite's globs, read from disk. */
function readTree(dir: string, keep: (name: string) => boolean, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) Object.assign(out, readTree(join(dir, entry.name), keep, `${rel}/`));
    else if (keep(rel)) out[rel] = readFileSync(join(dir, entry.name), "utf8");
  }
  return out;
}
const lib = readTree(
  "node_modules/typescript/lib",
  (n) => /^lib\.(es5|es20(1[5-9]|2[0-2])[.\w]*|decorators[.\w]*)\.d\.ts$/.test(n) && !n.includes(".full."),
);
const files = {
  lib,
  library: readTree("src/lib/attention", (n) => n.endsWith(".ts")),
  modules: {
    "@observablehq/plot": readTree("node_modules/@observablehq/plot/src", (n) => n.endsWith(".d.ts")),
  },
  globals: kernelGlobals,
  koMessages: JSON.parse(
    readFileSync("node_modules/typescript/lib/ko/diagnosticMessages.generated.json", "utf8"),
  ),
};

const cells: CellSource[] = [
  {
    id: "data",
    code: `import { attend, softmax, dot } from "attention";
const keys = [[1, 0], [0, 1], [1, 1]];
const values = [[10, 0], [0, 10], [5, 5]];
const query = [1, 0.5];`,
  },
  {
    id: "scores",
    code: `const scores = keys.map((k) => dot(Float32Array.from(query), Float32Array.from(k)));
const weights = softmax(scores, 0.5);
display(weights);`,
  },
];
const typical = `// mix the values by the weights
const result = attend(query, keys, values, { score: "dot", temperature: 0.5 });
const total = result.weights.reduce((a, b) => a + b, 0);
function describe(w: Float32Array): string {
  return Array.from(w, (x) => x.toFixed(2)).join(", ");
}
console.log(describe(result.weights), total);
const top = result.weights.indexOf(Math.max(...result.weights));
display({ top, value: result.value });
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

const results: Record<string, string> = {};
const service = createTypeService(files, "ko");
const doc = { cell: "mix" };
const page = [...cells, { id: "mix", code: typical }];
service.setCells(page);
results["cold: first diagnostics (parse + bind + check lib, library, cells)"] =
  `${time(() => service.diagnostics(doc)).toFixed(0)} ms`;

// Warm: the reader types one character, then stops; the editor asks for the cell's errors.
const edits: number[] = [];
for (let i = 0; i < 15; i++) {
  const code = typical.replace("0.5 });", `0.${i + 1} });`);
  edits.push(time(() => (service.update(doc, code), service.diagnostics(doc))));
}
results["warm: diagnostics after an edit (median of 15)"] =
  `${median(edits).toFixed(1)} ms (max ${Math.max(...edits).toFixed(1)})`;

const upstream: number[] = [];
for (let i = 0; i < 10; i++) {
  service.update({ cell: "data" }, cells[0].code.replace("[1, 0.5]", `[1, 0.${i}]`));
  upstream.push(time(() => service.diagnostics(doc)));
}
results["warm: diagnostics after an edit to an earlier cell (median of 10)"] =
  `${median(upstream).toFixed(1)} ms`;

const at = (marker: string) => typical.indexOf(marker) + marker.length;
const measure = (label: string, fn: (i: number) => unknown) => {
  const runs: number[] = [];
  for (let i = 0; i < 10; i++) {
    service.update(doc, typical + `\n// ${i}`);
    runs.push(time(() => fn(i)));
  }
  results[label] = `${median(runs).toFixed(1)} ms`;
};
measure("warm: completions after an edit (median of 10)", () =>
  service.completions(doc, at("const result = att")),
);
measure("warm: hover after an edit (median of 10)", () => service.hover(doc, at("const result = att")));
measure("warm: signature help after an edit (median of 10)", () =>
  service.signatureHelp(doc, at("attend(query, ")),
);

const dist = process.env.DIST_DIR ?? "dist";
const assets = join(dist, "_astro");
if (existsSync(assets)) {
  // The type worker is the worker bundle that holds the service's virtual lib folder.
  const sizes = readdirSync(assets)
    .filter(
      (n) =>
        (/^worker.*\.js$/.test(n) && readFileSync(join(assets, n), "utf8").includes("/ts-lib")) ||
        /diagnosticMessages/.test(n),
    )
    .map((n) => {
      const raw = readFileSync(join(assets, n));
      return { n, raw: raw.length, gz: gzipSync(raw).length };
    });
  for (const s of sizes)
    results[`size: ${s.n}`] = `${(s.raw / 1024).toFixed(0)} KB raw, ${(s.gz / 1024).toFixed(0)} KB gzip`;
}

/** In the browser: a chapter cell, its editor opened, then a few edits. */
async function inBrowser(): Promise<void> {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(new URL("en/chapters/03-attention-value/", server.url).href, {
      waitUntil: "networkidle",
    });
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(e.duration);
      }).observe({ type: "longtask" });
    });
    const cell = page.locator('[data-cell="soft-temperature"]');
    const editor = cell.locator(".cm-editor");
    const checks = async () => Number((await editor.getAttribute("data-types-checked")) ?? 0);
    let t0 = performance.now();
    await cell.locator("pre").click();
    await cell.locator(".cm-editor[data-types-checked]").waitFor({ timeout: 60_000 });
    results["browser cold: editor opened → first type check done"] =
      `${(performance.now() - t0).toFixed(0)} ms`;
    const coldLong = await page.evaluate(() =>
      (window as unknown as { longTasks: number[] }).longTasks.splice(0),
    );
    results["browser cold: main-thread long tasks (editor + extension load)"] =
      `${coldLong.length} (max ${Math.max(0, ...coldLong).toFixed(0)} ms)`;
    await cell.locator(".cm-content").click();
    await page.keyboard.press("Control+End");
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const before = await checks();
      await page.keyboard.type(i % 2 ? "\nconst n: number = yearKeys;" : "\ncloseness;");
      t0 = performance.now();
      await page.waitForFunction(
        ([sel, n]) =>
          Number(document.querySelector(sel as string)?.getAttribute("data-types-checked")) > (n as number),
        ['[data-cell="soft-temperature"] .cm-editor', before],
      );
      waits.push(performance.now() - t0);
    }
    results["browser warm: last keystroke → squiggles drawn (median of 8, incl. 150 ms pause)"] =
      `${median(waits).toFixed(0)} ms (max ${Math.max(...waits).toFixed(0)})`;
    const warmLong = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    results["browser warm: main-thread long tasks (> 50 ms) while typing and checking"] =
      `${warmLong.length}${warmLong.length ? ` (max ${Math.max(...warmLong).toFixed(0)} ms)` : ""}`;
  } finally {
    await browser.close();
    await server.close();
  }
}
if (existsSync(join(dist, "index.html"))) await inBrowser();

for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(72)} ${v}`);

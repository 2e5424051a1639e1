/**
 * Runs one page's cells at build time, in a Node worker thread (so a runaway cell can be ended
 * from outside). Same runtime as the browser's kernel worker; the "attention" import is the
 * library's own source (Node strips the types).
 */
import { parentPort, workerData } from "node:worker_threads";
import { Notebook, type CellSource } from "../kernel/notebook.ts";
import { loadPlot } from "../kernel/plot.ts";

const libraryUrl = new URL("../lib/attention/index.ts", import.meta.url).href;
let plot: Promise<unknown> | undefined;

const notebook = new Notebook({
  importModule: async (spec) => {
    if (spec === "attention") return import(libraryUrl);
    throw new Error(`cells can import "attention" and "@observablehq/plot", not "${spec}"`);
  },
  plot: () => (plot ??= loadPlot(1)),
  libraryFile: (url) => {
    const m = /\/src\/lib\/attention\/(.+\.ts)$/.exec(url);
    return m?.[1];
  },
});

notebook.setCells((workerData as { cells: CellSource[] }).cells);
await notebook.runAll((id, outcome) => {
  if (outcome === "start") parentPort!.postMessage({ type: "start", id });
  else {
    const { ok, items, ms } = outcome;
    parentPort!.postMessage({
      type: "result",
      id,
      ok,
      items,
      ms,
      error: outcome.ok ? undefined : outcome.error,
    });
  }
});
parentPort!.postMessage({ type: "done" });

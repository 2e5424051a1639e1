/**
 * The page's kernel: a Web Worker inside the sandbox (see sandbox/SANDBOX.md) that holds the
 * page's shared scope and runs everything that may be the reader's code — cells, and the library
 * once the reader has edited it. It has no network and no storage: the page hands it what it
 * needs (code, library sources, model weights, Plot's source) over the port it gets first.
 */
import type { Lang } from "../i18n/lang.ts";
import { Notebook, type RunReport } from "./notebook.ts";
import type { loadPlot } from "./plot.ts";
import { transform } from "sucrase";
import { blobUrl, loadLibrary, LibraryError } from "./library.ts";
import { describe, type CellError } from "./output.ts";
import { toCellError } from "./runtime.ts";
import type { CellEvent, FromWorker, Request, SandboxModule, TrainedModel } from "./protocol.ts";
import type * as CheckingExports from "./checking/index.ts";
import type { ExerciseChecks } from "./checking/exercise.ts";
import type { LibraryVerdict } from "./checking/library.ts";
import { toWorker } from "./sandbox/messages.ts";
import { guardGlobals } from "./sandbox/guard.ts";
import { pagePort } from "./sandbox/port.ts";
import { strings } from "./strings.ts";

type Module = Record<string, unknown>;
type CheckingModule = typeof CheckingExports;

let devicePixelRatio = 1;
let lang: Lang = "en";
let plot: Promise<unknown> | undefined;
let library: Promise<Module> | undefined;
let libraryUrls: string[] = [];
const models = new Map<string, Promise<unknown>>();
/** Shipped models' files as the page handed them over. */
const modelFiles = new Map<string, { meta: unknown; weights: ArrayBuffer }>();
/** Waiting for a module's source from the page (`need` → `module`), by name. */
const moduleSources = new Map<SandboxModule, (source: string) => void>();
let checkingModule: Promise<CheckingModule> | undefined;
/** The reader's trained model as the page handed it over (the page reads it from the store). */
let trained: TrainedModel | null = null;

const defaultLibrary = () => import("../lib/attention/index.ts") as Promise<Module>;
const getLibrary = () => (library ??= defaultLibrary());

const env = {
  importModule: async (spec: string) => {
    if (spec === "attention") return getLibrary();
    throw new Error(strings[lang].run.imports(spec));
  },
  plot: () => (plot ??= importPlot()),
  libraryFile: (url: string) => /(?:^|\/)lib\/([\w/.-]+\.ts)$/.exec(url)?.[1],
  lang: () => lang,
};
const notebook = new Notebook(env);

const toPage = pagePort(receive);
const post = (msg: FromWorker) => toPage(msg);

/** A module the sandbox cannot fetch arrives as source: ask the page, then import it from a blob. */
async function importFromPage<T>(name: SandboxModule): Promise<T> {
  const source = await new Promise<string>((resolve) => {
    moduleSources.set(name, resolve);
    post({ reqId: 0, type: "need", module: name });
  });
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  return (await import(/* @vite-ignore */ url)) as T;
}

async function importPlot(): Promise<unknown> {
  const module = await importFromPage<{ loadPlot: typeof loadPlot }>("plot");
  return module.loadPlot(devicePixelRatio);
}

/**
 * fast-check and the course's checks (`sandbox/checking.js`, ./checking/index.ts), loaded on
 * first use and kept: `const { fc } = await checking();`.
 */
const checking = (): Promise<CheckingModule> =>
  (checkingModule ??= importFromPage<CheckingModule>("checking").catch((e: unknown) => {
    checkingModule = undefined;
    throw e;
  }));

async function libraryFunction(name: string): Promise<(...args: unknown[]) => unknown> {
  const lib = await getLibrary();
  const fn = lib[name];
  if (typeof fn !== "function") throw new TypeError(`the library has no function "${name}"`);
  return fn as (...args: unknown[]) => unknown;
}

async function loadModelNamed(name: string): Promise<unknown> {
  if (name === "mine") {
    if (!trained) throw new Error("no trained model");
    return (await libraryFunction("loadModel"))(trained.meta, trained.weights);
  }
  const files = modelFiles.get(name);
  if (!files) throw new Error(`no model "${name}"`);
  const load = await libraryFunction("loadModel");
  return load(files.meta, files.weights);
}

async function handle(reqId: number, req: Request): Promise<unknown> {
  const report: RunReport = (id, outcome) => {
    const event: CellEvent =
      outcome === "start"
        ? { phase: "start" }
        : {
            phase: "result",
            ok: outcome.ok,
            items: outcome.items,
            error: outcome.ok ? undefined : outcome.error,
            ms: outcome.ms,
          };
    post({ reqId, type: "event", id, event });
  };
  switch (req.type) {
    case "init":
      devicePixelRatio = req.devicePixelRatio;
      lang = req.lang;
      guardGlobals(req.lang, devicePixelRatio);
      return null;
    case "run":
      notebook.setCells(req.cells);
      for (const id of req.stopped)
        notebook.markFailed(id, { name: "Stopped", message: strings[lang].run.stopped, kind: "stopped" });
      if (req.id === null) await notebook.runAll(report);
      else if (req.providersOnly) await notebook.prepare(req.id, report);
      else await notebook.run(req.id, report);
      return null;
    case "evaluate": {
      notebook.setCells(req.cells);
      const outcome = await notebook.evaluate(req.code, report);
      if (!outcome.ok) throw Object.assign(new Error(outcome.error.message), { cellError: outcome.error });
      return { value: outcome.items };
    }
    case "check": {
      const [{ fc, runExercise, makeKit }, lib] = await Promise.all([checking(), getLibrary()]);
      const url = blobUrl(
        transform(req.checks, { transforms: ["typescript"], disableESTransforms: true }).code,
      );
      const checks = ((await import(/* @vite-ignore */ url)) as { default: ExerciseChecks }).default;
      URL.revokeObjectURL(url);
      const spec = checks(makeKit(fc, lib));
      notebook.setCells(req.cells);
      const reference = await notebook.evaluate(req.solution);
      if (!reference.ok) throw new Error(`the reference solution failed: ${reference.error.message}`);
      const mine = await notebook.evaluate(req.code, report);
      if (!mine.ok) throw Object.assign(new Error(mine.error.message), { cellError: mine.error });
      return runExercise(spec, fc, mine.values[spec.fn], reference.values[spec.fn], lang);
    }
    case "call":
      return (await libraryFunction(req.name))(...req.args);
    case "withModel": {
      let model = models.get(req.model);
      if (!model) models.set(req.model, (model = loadModelNamed(req.model)));
      return (await libraryFunction(req.name))(await model, ...req.args);
    }
    case "library": {
      if (req.files === null) {
        library = defaultLibrary();
        for (const u of libraryUrls) URL.revokeObjectURL(u);
        libraryUrls = [];
      } else {
        // Each file says when it starts to load: the page's time limit restarts, and a file that
        // never finishes loading is named.
        const loaded = await loadLibrary(
          req.files,
          undefined,
          (file, phase) => post({ reqId, type: "event", id: `${phase}:${file}`, event: { phase: "start" } }),
          lang,
        ); // throws: the previous library stays in use
        // Checked before it drives anything: each function's check restarts the page's time
        // limit, so one that never ends is named (the page then asks again, skipping it).
        let verdicts: LibraryVerdict[] | null = null;
        if (req.check) {
          // Fetching the checks' module gets a time limit of its own, apart from the last file's.
          post({ reqId, type: "event", id: "checks", event: { phase: "start" } });
          const { fc, checkLibrary } = await checking();
          verdicts = checkLibrary(loaded.module, fc, lang, {
            skip: req.check,
            onStart: (name) => post({ reqId, type: "event", id: `check:${name}`, event: { phase: "start" } }),
          });
        }
        for (const u of libraryUrls) URL.revokeObjectURL(u);
        libraryUrls = loaded.urls;
        library = Promise.resolve(loaded.module);
        models.clear();
        notebook.clear();
        return verdicts && { verdicts };
      }
      models.clear();
      notebook.clear();
      return null;
    }
    case "trained":
      trained = req.model;
      models.delete("mine");
      return null;
    case "model":
      modelFiles.set(req.name, { meta: req.meta, weights: req.weights });
      models.delete(req.name);
      return null;
    case "module":
      moduleSources.get(req.name)?.(req.source);
      moduleSources.delete(req.name);
      return null;
    case "reset":
      notebook.clear();
      return null;
    case "warm":
      // Compiling is slowest the first time (the transpiler's code is still cold) and a page has
      // many cells: spend both here. A cell the reader edits later is compiled again when it runs.
      notebook.setCells(req.cells);
      await getLibrary();
      return null;
  }
}

function errorOf(e: unknown): CellError {
  const withCell = e as { cellError?: CellError };
  if (withCell?.cellError) return withCell.cellError;
  if (e instanceof LibraryError)
    return { name: e.name, message: e.message, file: e.file, line: e.line, column: e.column, kind: "error" };
  return toCellError(e, "", env);
}

function receive(data: unknown): void {
  const checked = toWorker(data);
  if (!checked) return; // not a message of ours: dropped
  const { reqId, req } = checked;
  handle(reqId, req).then(
    (value) => {
      try {
        post({ reqId, type: "reply", ok: true, value });
      } catch {
        // not cloneable (a function, a class instance with methods): send what it looks like
        post({ reqId, type: "reply", ok: true, value: describe(value) });
      }
    },
    (e) => post({ reqId, type: "reply", ok: false, error: errorOf(e) }),
  );
}

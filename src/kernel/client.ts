/**
 * The page's side of the kernel: starts the kernel worker on first use (never on page load), in
 * the sandbox (sandbox/SANDBOX.md: an opaque-origin iframe, no network, no storage), sends it
 * work and what it needs (library sources, model weights, Plot's source), checks every message
 * that comes back, enforces the time limit, and replaces the worker when the reader presses Stop
 * or a run goes past the limit. One per page: `getKernel()`.
 */
import type {
  KernelChange,
  KernelClient,
  KernelError,
  KernelResult,
  KernelStatus,
  ModelName,
} from "./api.ts";
import type { CellSource } from "./notebook.ts";
import type { CellError } from "./output.ts";
import type { CellEvent, FromWorker, Request, TrainedModel } from "./protocol.ts";
import type { StoreChange } from "./storage/index.ts";
import { fromWorker } from "./sandbox/messages.ts";
import type { CheckResult } from "./checking/exercise.ts";
import type { LibraryVerdict } from "./checking/library.ts";
import { pageLang, t } from "../i18n/index.ts";
import { sandboxScript, startSandboxWorker, type SandboxWorker } from "./sandbox/host.ts";

export type CellListener = (id: string, event: CellEvent | { phase: "stopped"; afterMs: number }) => void;

/** What a page needs from its kernel beyond the shared contract: cells, the time limit, the library. */
export interface PageKernel extends KernelClient {
  /**
   * Run cell `id` (null: all cells) with the page's current cells, then the cells that depend on
   * it; with `providersOnly`, only the cells that `id` needs.
   */
  run(
    cells: CellSource[],
    id: string | null,
    listener: CellListener,
    options?: { providersOnly?: boolean },
  ): Promise<void>;
  /** End the current run now: the worker is replaced, the page's values are rebuilt on the next run. */
  stop(): void;
  /** Forget every value (a fresh scope) without touching the cells' code. */
  reset(): Promise<void>;
  timeLimitMs: number;
  /**
   * Use the reader's edited library (path relative to src/lib/attention → TypeScript source), or
   * the original with `null`. If the edited one fails to compile or throws while loading, the
   * previous one stays in use and the error says why (file, line).
   */
  setLibraryOverrides(files: Record<string, string> | null): Promise<KernelResult<LibraryVerdict[] | null>>;
  readonly libraryOverrides: Record<string, string> | null;
  /**
   * How the library in use did in its checks (checking/library.ts), one verdict per checked
   * function; null for the course's library.
   */
  readonly libraryVerdicts: LibraryVerdict[] | null;
  /**
   * Get ready for a first run before the reader asks (a cell came near, the pointer is on one):
   * start the worker, load the library and the transpiler. Runs none of the page's code.
   */
  warm(): void;
  /**
   * Run an exercise's checks in the kernel: the reference `solution` and the reader's `code` after
   * the page's cells, then the exercise's `checks` (its checks.ts as source, see
   * checking/exercise.ts). One CheckResult per check, in order; an error in the reader's code is
   * the result's error.
   */
  checkExercise(
    exercise: { code: string; solution: string; checks: string },
    options?: { timeoutMs?: number },
  ): Promise<KernelResult<CheckResult[]>>;
}

interface Pending {
  resolve: (msg: Extract<FromWorker, { type: "reply" }>) => void;
  listener?: CellListener;
  running?: string;
  timeoutMs: number;
  timer?: ReturnType<typeof setTimeout>;
  started: number;
}

const toKernelError = (e: CellError): KernelError => ({
  kind: e.kind === "stopped" ? "stopped" : e.file ? "library" : "error",
  message: e.message,
  line: e.line,
  column: e.column,
  file: e.file,
  problem: e.problem,
});

/** How long the kernel worker may take to load before it counts as broken. */
const BOOT_LIMIT_MS = 60_000;

class Kernel implements PageKernel {
  status: KernelStatus = "idle";
  timeLimitMs = 3000;
  libraryOverrides: Record<string, string> | null = null;
  libraryVerdicts: LibraryVerdict[] | null = null;
  private worker?: SandboxWorker;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private listeners = new Set<(reason: KernelChange) => void>();
  /** The reader's trained model as read from the store (on first use of "mine"); unset when it changes. */
  private trained?: Promise<TrainedModel | null>;
  /** The worker that already holds `trained`. */
  private trainedIn?: SandboxWorker;
  /** Shipped models' files (read once per page), and the workers that already hold each. */
  private modelFiles = new Map<string, Promise<{ meta: unknown; weights: ArrayBuffer }>>();
  private modelsIn = new Map<string, SandboxWorker>();
  private watchingStore = false;
  /** Cells that were stopped, with the code they had: not re-run as a provider until run again. */
  private stopped = new Map<string, string>();
  /** The worker has loaded (the time limit counts the reader's code, not the kernel's start-up). */
  private ready = false;
  /** The worker that was asked to warm up. */
  private warmed?: SandboxWorker;

  private ensureWorker(): SandboxWorker {
    if (this.worker) return this.worker;
    this.status = "starting";
    const worker: SandboxWorker = startSandboxWorker("kernel.js", {
      message: (data) => {
        const msg = fromWorker(data);
        if (msg && this.worker === worker) this.receive(worker, msg);
      },
      error: (message) => {
        if (this.worker === worker) this.crash(message || "out of memory?");
      },
    });
    this.worker = worker;
    this.ready = false;
    const lang = pageLang();
    this.post(
      worker,
      { type: "init", devicePixelRatio: globalThis.devicePixelRatio ?? 1, lang },
      {
        resolve: (reply) => {
          if (!reply.ok || this.worker !== worker) return;
          this.ready = true;
          for (const p of this.pending.values()) this.arm(p);
        },
        timeoutMs: BOOT_LIMIT_MS,
      },
    );
    if (this.libraryOverrides) this.post(worker, { type: "library", files: this.libraryOverrides });
    this.status = "idle";
    return worker;
  }

  private post(
    worker: SandboxWorker,
    req: Request,
    pending?: Omit<Pending, "started">,
    transfer?: Transferable[],
  ): number {
    const reqId = this.nextId++;
    if (pending) {
      const p: Pending = { ...pending, started: performance.now() };
      this.pending.set(reqId, p);
      if (this.ready || req.type === "init") this.arm(p);
      this.status = "busy";
    }
    worker.postMessage({ reqId, req }, transfer);
    return reqId;
  }

  /** (Re)start the time limit of a request: it restarts with each cell. */
  private arm(p: Pending): void {
    clearTimeout(p.timer);
    p.started = performance.now();
    p.timer = setTimeout(() => this.stopAll(p.timeoutMs), p.timeoutMs);
  }

  private receive(worker: SandboxWorker, msg: FromWorker): void {
    if (msg.type === "need") {
      const name = msg.module;
      sandboxScript(`${name}.js`)
        .then((blob) => blob.text())
        .then(
          (source) => this.post(worker, { type: "module", name, source }),
          (e: unknown) =>
            this.crash(`could not load ${name}.js: ${e instanceof Error ? e.message : String(e)}`),
        );
      return;
    }
    const p = this.pending.get(msg.reqId);
    if (!p) return;
    if (msg.type === "event") {
      if (msg.event.phase === "start") {
        p.running = msg.id;
        this.stopped.delete(msg.id);
        this.arm(p);
      }
      p.listener?.(msg.id, msg.event);
      return;
    }
    clearTimeout(p.timer);
    this.pending.delete(msg.reqId);
    if (this.pending.size === 0) this.status = "idle";
    p.resolve(msg);
  }

  private request(
    req: Request,
    options: { timeoutMs?: number; listener?: CellListener } = {},
  ): Promise<Extract<FromWorker, { type: "reply" }>> {
    const worker = this.ensureWorker();
    return new Promise((resolve) => {
      this.post(worker, req, {
        resolve,
        listener: options.listener,
        timeoutMs: options.timeoutMs ?? this.timeLimitMs,
      });
    });
  }

  /**
   * End every request and replace the worker. The running cell is reported stopped, or, when the
   * kernel crashed (`crashed` says why), failed with that message.
   */
  private stopAll(afterMs?: number, crashed?: string): void {
    const worker = this.worker;
    if (!worker) return;
    worker.terminate();
    this.worker = undefined;
    this.ready = false;
    this.status = "restarting";
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) {
      clearTimeout(p.timer);
      const ms = afterMs ?? performance.now() - p.started;
      if (p.running && !crashed) p.listener?.(p.running, { phase: "stopped", afterMs: ms });
      p.resolve({
        reqId: 0,
        type: "reply",
        ok: false,
        error: crashed
          ? { name: "KernelStopped", message: crashed, kind: "error" }
          : {
              name: "Stopped",
              message: t(pageLang(), "cell.stopped", { s: Math.round(ms / 100) / 10 }),
              kind: "stopped",
            },
      });
    }
    this.status = "idle";
    for (const l of this.listeners) l("restart");
  }

  /** The kernel died (out of memory, most likely) or could not start: say so, start afresh next time. */
  private crash(detail: string): void {
    this.stopAll(undefined, `${t(pageLang(), "kernel.crashed")} (${detail})`);
  }

  /**
   * Run cell `id` (null: every cell) and the cells that depend on it, reporting each to
   * `listener`. With `providersOnly`, run just the cells that `id` needs (a fresh kernel after a
   * stop gets the page's state back up to the stopped cell this way).
   */
  async run(
    cells: CellSource[],
    id: string | null,
    listener: CellListener,
    { providersOnly = false } = {},
  ): Promise<void> {
    const codeOf = new Map(cells.map((c) => [c.id, c.code]));
    for (const [sid, code] of this.stopped)
      if (codeOf.get(sid) !== code || (sid === id && !providersOnly)) this.stopped.delete(sid);
    const stopped = [...this.stopped.keys()];
    let running: string | undefined;
    const reply = await this.request(
      { type: "run", cells, id, stopped, providersOnly },
      {
        listener: (cid, event) => {
          if (event.phase === "start") running = cid;
          if (event.phase === "stopped") this.stopped.set(cid, codeOf.get(cid) ?? "");
          listener(cid, event);
        },
      },
    );
    if (!reply.ok && reply.error.kind !== "stopped" && running)
      listener(running, { phase: "result", ok: false, items: [], error: reply.error, ms: 0 });
    // Stopped before any cell started (e.g. Stop pressed while the kernel was starting).
    if (!reply.ok && reply.error.kind === "stopped" && !running && id && !providersOnly)
      listener(id, { phase: "stopped", afterMs: 0 });
  }

  stop(): void {
    this.stopAll();
  }

  warm(): void {
    const worker = this.ensureWorker();
    if (this.warmed === worker) return;
    this.warmed = worker;
    // No reply is awaited: a run posted meanwhile queues behind it in the worker.
    this.post(worker, { type: "warm", cells: pageCells() });
  }

  async reset(): Promise<void> {
    this.stopped.clear();
    if (this.worker) await this.request({ type: "reset" });
  }

  private result<T>(reply: Extract<FromWorker, { type: "reply" }>, started: number): KernelResult<T> {
    const ms = performance.now() - started;
    return reply.ok
      ? { ok: true, value: reply.value as T, ms }
      : { ok: false, error: toKernelError(reply.error), ms };
  }

  async call<T = unknown>(
    name: string,
    args: unknown[],
    options: { timeoutMs?: number } = {},
  ): Promise<KernelResult<T>> {
    const t0 = performance.now();
    return this.result<T>(await this.request({ type: "call", name, args }, options), t0);
  }

  /** Read the reader's trained model from the store and hand it to the worker (once per worker and model). */
  private async sendTrained(): Promise<void> {
    if (!this.trained) {
      const reading = import("./storage/index.ts").then(async ({ getStore }) => {
        const store = getStore();
        if (!this.watchingStore) {
          this.watchingStore = true;
          store.onChange((change) => {
            if (isTrainedChange(change)) this.dropTrained();
          });
        }
        const record = await store.loadTrainedModel("mine");
        return record ? { meta: record.meta, weights: record.weights } : null;
      });
      this.trained = reading;
      reading.catch(() => {
        if (this.trained === reading) this.trained = undefined;
      });
    }
    const reading = this.trained;
    const model = await reading;
    if (this.trained !== reading) return this.sendTrained(); // changed while reading: read again
    const worker = this.ensureWorker();
    if (this.trainedIn === worker) return;
    this.trainedIn = worker;
    this.post(worker, { type: "trained", model });
  }

  /** The store has a new (or no) trained model: the worker forgets its copy, widgets redraw. */
  private dropTrained(): void {
    this.trained = undefined;
    this.trainedIn = undefined;
    if (this.worker) this.post(this.worker, { type: "trained", model: null });
    for (const l of this.listeners) l("model");
  }

  /** Read a shipped model's files (the page reads them; the sandbox cannot) and hand them over once per worker. */
  private async sendModel(name: string): Promise<void> {
    let files = this.modelFiles.get(name);
    if (!files) {
      const file = (ext: string) => fetch(`${import.meta.env.BASE_URL}models/${name}.${ext}`);
      files = Promise.all([file("json"), file("bin")]).then(async ([meta, weights]) => {
        if (!meta.ok || !weights.ok) throw new Error(`no model "${name}"`);
        return { meta: (await meta.json()) as unknown, weights: await weights.arrayBuffer() };
      });
      this.modelFiles.set(name, files);
      files.catch(() => this.modelFiles.delete(name));
    }
    const { meta, weights } = await files;
    const worker = this.ensureWorker();
    if (this.modelsIn.get(name) === worker) return;
    this.modelsIn.set(name, worker);
    this.post(worker, { type: "model", name, meta, weights });
  }

  async withModel<T = unknown>(model: ModelName, name: string, args: unknown[]): Promise<KernelResult<T>> {
    const t0 = performance.now();
    try {
      await (model === "mine" ? this.sendTrained() : this.sendModel(model));
    } catch (e) {
      const what = model === "mine" ? "the trained model" : `the model "${model}"`;
      const message = `could not read ${what}: ${e instanceof Error ? e.message : String(e)}`;
      return { ok: false, error: { kind: "error", message }, ms: performance.now() - t0 };
    }
    // Loading a model takes longer than a call: allow it a generous limit.
    return this.result<T>(
      await this.request(
        { type: "withModel", model, name, args },
        { timeoutMs: Math.max(this.timeLimitMs, 30_000) },
      ),
      t0,
    );
  }

  async evaluate(code: string, options: { timeoutMs?: number } = {}): Promise<KernelResult<unknown>> {
    const t0 = performance.now();
    return this.result(await this.request({ type: "evaluate", cells: pageCells(), code }, options), t0);
  }

  async checkExercise(
    exercise: { code: string; solution: string; checks: string },
    options: { timeoutMs?: number } = {},
  ): Promise<KernelResult<CheckResult[]>> {
    const t0 = performance.now();
    return this.result<CheckResult[]>(
      await this.request({ type: "check", cells: pageCells(), ...exercise }, options),
      t0,
    );
  }

  async setLibraryOverrides(
    files: Record<string, string> | null,
  ): Promise<KernelResult<LibraryVerdict[] | null>> {
    const t0 = performance.now();
    if (!this.worker) {
      // Nothing runs yet: check the edited library now anyway, so the reader hears about errors at once.
      this.ensureWorker();
    }
    // Loading runs under the cells' time limit, restarted as each file starts to compile and to
    // run; an edited library is then checked, each function under the same limit. A check that
    // never ends fails its function, and the rest are checked again without it.
    const timedOut: LibraryVerdict[] = [];
    for (;;) {
      let loading: string | undefined;
      let checking: string | undefined;
      const reply = await this.request(
        { type: "library", files, ...(files ? { check: timedOut.map((v) => v.name) } : {}) },
        {
          listener: (id) => {
            loading = id.startsWith("run:") ? id.slice("run:".length) : undefined;
            checking = id.startsWith("check:") ? id.slice("check:".length) : undefined;
          },
        },
      );
      if (!reply.ok && reply.error.kind === "stopped" && checking) {
        timedOut.push({
          name: checking,
          ok: false,
          message: t(pageLang(), "library.checkTimedOut", { name: checking, s: this.timeLimitMs / 1000 }),
        });
        continue;
      }
      const result = this.result<{ verdicts: LibraryVerdict[] } | null>(reply, t0);
      if (!result.ok) {
        // Stopped while a file loaded: name it (a loop that runs at load time).
        if (result.error.kind === "stopped") result.error.file = loading;
        return result;
      }
      const verdicts = files ? [...timedOut, ...(result.value?.verdicts ?? [])] : null;
      this.libraryOverrides = files;
      this.libraryVerdicts = verdicts;
      this.stopped.clear();
      for (const l of this.listeners) l("library");
      return { ok: true, value: verdicts, ms: result.ms };
    }
  }

  onChange(listener: (reason: KernelChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** A change to the reader's trained model "mine" (also one kept only in memory because storage was full). */
const isTrainedChange = (change: StoreChange) =>
  (change.type === "model" && change.name === "mine") ||
  (change.type === "quota" && change.key === "model:mine") ||
  change.type === "import";

/** The page's cells as the reader has them now (current code of each `[data-cell]`). */
export function pageCells(): CellSource[] {
  if (typeof document === "undefined") return [];
  return [...document.querySelectorAll<HTMLElement>("[data-cell]")].map((el) => ({
    id: el.dataset.cell!,
    code: el.dataset.currentCode ?? el.dataset.code ?? "",
  }));
}

let kernel: Kernel | undefined;

/** The page's kernel (created on first call; the worker itself starts on the first request). */
export function getKernel(): PageKernel {
  return (kernel ??= new Kernel());
}

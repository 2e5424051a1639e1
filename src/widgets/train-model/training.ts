// The training widget's page side, in pieces its definition (widget.ts) puts together: the
// training worker (one started ahead), the live curves (Plot is loaded only when there is a curve
// to draw), the run's progress in words, and the reader's kept model in the store, where the
// kernel finds it as "mine" for the heatmap.
import { startSandboxWorker, type SandboxWorker } from "../../kernel/sandbox/host.ts";
import { fromTrainer, type FromTrainer, type ToTrainer } from "./protocol.ts";
import { duration, historyTable, percent, type HistoryPoint } from "./render.ts";
import type { Strings } from "./strings.ts";

/** How often the curves are redrawn while training. */
const REDRAW_MS = 400;
/** How many recent steps the time left is estimated from. */
const PACE_STEPS = 10;

/**
 * The training workers: one is started at once, so that Train starts training at once (its code
 * is loaded and the data set made while the reader looks at the settings); each run takes it and
 * the next run starts a fresh one. Only the current run's worker is heard. The worker runs in the
 * sandbox, like the kernel, so the reader's edited library may train.
 */
export function trainingWorkers(receive: (msg: FromTrainer) => void) {
  let current: SandboxWorker | undefined;
  const start = (): SandboxWorker => {
    const w: SandboxWorker = startSandboxWorker("trainer.js", {
      message: (data) => {
        const msg = fromTrainer(data);
        if (msg && w === current) receive(msg);
      },
      error: (message) => {
        if (w === current) receive({ type: "error", message: message || "the training worker stopped" });
      },
    });
    return w;
  };
  let spare: SandboxWorker | undefined = start();
  spare.postMessage({ type: "prepare" } satisfies ToTrainer);
  return {
    /** Starts a run (ending any other) with `msg`. */
    run(msg: Extract<ToTrainer, { type: "train" }>): void {
      current?.terminate();
      current = spare ?? start();
      spare = undefined;
      current.postMessage(msg);
    },
    /** Tells the current run (pause, resume, stop). */
    send(msg: ToTrainer): void {
      current?.postMessage(msg);
    },
    /** Ends the current run's worker (its model has been handed over). */
    finish(): void {
      current?.terminate();
      current = undefined;
    },
  };
}

/** What a run has reported so far, and its status line in words. */
export function runProgress(s: Strings) {
  let history: HistoryPoint[] = [];
  let lastAccuracy: number | undefined;
  const recent: number[] = [];
  return {
    get history(): readonly HistoryPoint[] {
      return history;
    },
    reset(): void {
      history = [];
      recent.length = 0;
      lastAccuracy = undefined;
    },
    /** Adds a step's report; gives the status line (the time left at the recent pace). */
    add(msg: Extract<FromTrainer, { type: "progress" }>): string {
      history.push({ step: msg.step, loss: msg.loss, accuracy: msg.accuracy });
      if (msg.accuracy !== undefined) lastAccuracy = msg.accuracy;
      recent.push(msg.msPerStep);
      if (recent.length > PACE_STEPS) recent.shift();
      const msPerStep = recent.reduce((a, b) => a + b, 0) / recent.length;
      return s.status(
        msg.step,
        msg.steps,
        msg.loss.toFixed(3),
        percent(lastAccuracy),
        s.left(duration((msg.steps - msg.step) * msPerStep, s)),
      );
    },
  };
}

/**
 * The loss and accuracy curves and their table, redrawn at most every REDRAW_MS while training
 * and not at all while the widget is off screen.
 */
export function liveCurves(plot: HTMLElement, table: HTMLElement, s: Strings) {
  let history: readonly HistoryPoint[] = [];
  let steps = 0;
  let visible = false;
  let dirty = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  const draw = async () => {
    if (!visible || !dirty || history.length === 0) return;
    dirty = false;
    const [{ trainingCurves }, Plot] = await Promise.all([
      import("./chart.ts"),
      import("@observablehq/plot"),
    ]);
    plot.replaceChildren(
      trainingCurves(Plot, history, steps, { step: s.step, loss: s.loss, accuracy: s.accuracy }, document),
    );
    table.innerHTML = historyTable(history, s);
  };
  return {
    /** A run of `total` steps starts (redrawing every REDRAW_MS) or ends (`total` null). */
    running(total: number | null): void {
      clearInterval(timer);
      if (total === null) return;
      steps = total;
      timer = setInterval(() => void draw(), REDRAW_MS);
    },
    /** The history changed: drawn at the next redraw (or now, with `now`). */
    changed(points: readonly HistoryPoint[], now = false): void {
      history = points;
      dirty = true;
      if (now) void draw();
    },
    /** The widget came on (true) or went off (false) screen. */
    visible(on: boolean): void {
      visible = on;
      if (on) void draw();
    },
  };
}

const store = async () => (await import("../../kernel/storage/index.ts")).getStore();

/** The reader's kept model ("mine"): the kernel hears of a change from the store. */
export const keptModel = {
  /** The accuracy of the model kept on an earlier visit; null when there is none. */
  async accuracy(): Promise<{ accuracy: number | undefined } | null> {
    const record = await (await store()).loadTrainedModel("mine");
    return record ? { accuracy: (record.meta as { accuracy?: number }).accuracy } : null;
  },
  /** Keeps a trained model; false when this browser could keep it only in memory. */
  async keep(trained: { meta: unknown; weights: Uint8Array }): Promise<boolean> {
    return (await store()).saveTrainedModel("mine", trained.meta, trained.weights);
  },
  async forget(): Promise<void> {
    await (await store()).deleteTrainedModel("mine");
  },
};

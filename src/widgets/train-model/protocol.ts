// Messages between the training widget and its own Web Worker (not the page's kernel: training
// runs for a minute, and cells must stay responsive meanwhile). The worker runs in the sandbox;
// both sides drop any message that is not one of these.

/**
 * The widget's default settings, and how long they took in headless Chromium on our 2-core
 * machine (`npm run bench:train-browser`): the widget tells the reader the expected time before
 * they press Train. The learning rate falls linearly to `finalLearningRateFraction` of itself by
 * the last step (a fixed schedule, not a control).
 */
export const TRAIN_DEFAULTS = {
  attention: "bahdanau",
  hiddenDim: 32,
  embedDim: 16,
  learningRate: 0.02,
  finalLearningRateFraction: 0.1,
  steps: 800,
  batchSize: 32,
  /**
   * Measured with these defaults (bench:train-browser, 2026-12-03, load average ~20 on 2 cores):
   * seconds from Train to 99 % held-out exact match (step 450), and per step, evaluation included.
   */
  measured: { secondsTo99: 26, msPerStep: 57 },
} as const;

/** The hyper-parameters the reader chooses. */
export interface HyperParameters {
  attention: "bahdanau" | "luong" | "none";
  hiddenDim: number;
  learningRate: number;
  steps: number;
  batchSize: number;
}

export type ToTrainer =
  /** `library`: the reader's edited library (path → TypeScript), or null for the shipped one. */
  | { type: "train"; options: HyperParameters; library: Record<string, string> | null }
  /** Load and make the data set now, before the reader presses Train. */
  | { type: "prepare" }
  | { type: "pause" }
  | { type: "resume" }
  | { type: "stop" };

export type FromTrainer =
  | { type: "progress"; step: number; steps: number; loss: number; accuracy?: number; msPerStep: number }
  | { type: "paused"; step: number }
  /** Which library trains: the reader's edited one, or the shipped one because the edited one failed (`problem`). */
  | { type: "library"; edited: boolean; problem?: string }
  | {
      type: "done";
      steps: number;
      stopped: boolean;
      accuracy: number | undefined;
      meta: unknown;
      weights: Uint8Array;
    }
  | { type: "error"; message: string };

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const isFiles = (x: unknown) => isObj(x) && Object.values(x).every((v) => typeof v === "string");

/** What the training worker accepts from the page. */
export function toTrainer(d: unknown): ToTrainer | null {
  if (!isObj(d)) return null;
  if (d.type === "prepare" || d.type === "pause" || d.type === "resume" || d.type === "stop")
    return { type: d.type };
  if (d.type !== "train" || !(d.library === null || isFiles(d.library))) return null;
  const o = d.options;
  if (!isObj(o) || !["bahdanau", "luong", "none"].includes(o.attention as string)) return null;
  if (![o.hiddenDim, o.learningRate, o.steps, o.batchSize].every(isNum)) return null;
  return d as unknown as ToTrainer;
}

/** What the page accepts from the training worker. */
export function fromTrainer(d: unknown): FromTrainer | null {
  if (!isObj(d)) return null;
  const ok =
    (d.type === "progress" &&
      [d.step, d.steps, d.loss, d.msPerStep].every(isNum) &&
      (d.accuracy === undefined || isNum(d.accuracy))) ||
    (d.type === "paused" && isNum(d.step)) ||
    (d.type === "library" &&
      typeof d.edited === "boolean" &&
      (d.problem === undefined || typeof d.problem === "string")) ||
    (d.type === "done" &&
      isNum(d.steps) &&
      typeof d.stopped === "boolean" &&
      (d.accuracy === undefined || isNum(d.accuracy)) &&
      d.weights instanceof Uint8Array) ||
    (d.type === "error" && typeof d.message === "string");
  return ok ? (d as unknown as FromTrainer) : null;
}

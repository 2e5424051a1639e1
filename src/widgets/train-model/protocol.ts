// Messages between the training widget and its own Web Worker (not the page's kernel: training
// runs for a minute, and cells must stay responsive meanwhile).

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

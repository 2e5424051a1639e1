// Messages between the training widget and its own Web Worker (not the page's kernel: training
// runs for a minute, and cells must stay responsive meanwhile).

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

// The training widget's worker: builds the date data set, trains a fresh model with the attention
// library, reports progress after every few steps, and hands back the trained weights.
// Pausing ends the current training run between two steps and keeps the model; resuming trains
// it for the remaining steps (the optimiser starts its running averages afresh).
// With the reader's edited library it trains with that one; if the edited one fails to load, it
// says why and trains with the shipped library.
import * as shipped from "../../lib/attention/index.ts";
import type { DateDataset, Seq2Seq } from "../../lib/attention/index.ts";
import { pagePort } from "../../kernel/sandbox/port.ts";
import {
  TRAIN_DEFAULTS,
  toTrainer,
  type FromTrainer,
  type HyperParameters,
  type ToTrainer,
} from "./protocol.ts";

// It runs in the sandbox (src/kernel/sandbox/SANDBOX.md), talking to the page over its port.
const toPage = pagePort((data) => {
  const msg = toTrainer(data);
  if (msg) receive(msg);
});
const post = (msg: FromTrainer, transfer: Transferable[] = []) => toPage(msg, transfer);

type Library = typeof shipped;

let lib: Library = shipped;
let data: DateDataset | undefined;
let model: Seq2Seq | undefined;
let options: HyperParameters | undefined;
let done = 0;
let pauseRequested = false;
let stopRequested = false;
let running = false;

// The classic formats: with the widget's defaults they reach 99 % held-out exact match; the wide
// variety (what the shipped models learn) reached about 90 % in 600 steps (measured in Node).
const makeData = () =>
  lib.makeDateDataset({ seed: 1, train: 20000, validation: 200, test: 0, variety: "classic" });

async function run(): Promise<void> {
  if (!model || !options || running) return;
  running = true;
  pauseRequested = false;
  const offset = done;
  data ??= makeData();
  const result = await lib.trainModel(model, data, {
    steps: options.steps - offset,
    batchSize: options.batchSize,
    learningRate: options.learningRate,
    finalLearningRateFraction: TRAIN_DEFAULTS.finalLearningRateFraction,
    clip: 5,
    seed: 1 + offset,
    reportEvery: 5,
    evaluateEvery: 50,
    evaluateOn: 200,
    onProgress: (p) =>
      post({
        type: "progress",
        step: offset + p.step,
        steps: options!.steps,
        loss: p.loss,
        accuracy: p.accuracy,
        msPerStep: p.msPerStep,
      }),
    shouldStop: () => pauseRequested || stopRequested,
  });
  done = offset + result.steps;
  running = false;
  if (pauseRequested && !stopRequested && done < options.steps) {
    post({ type: "paused", step: done });
    return;
  }
  const { meta, weights } = lib.saveModel(model, { accuracy: result.validationAccuracy });
  post(
    {
      type: "done",
      steps: done,
      stopped: result.stopped,
      accuracy: result.validationAccuracy,
      meta,
      weights,
    },
    [weights.buffer as ArrayBuffer],
  );
}

/** Train with the reader's edited library when there is one that loads, else with the shipped one. */
async function useLibrary(files: Record<string, string> | null): Promise<void> {
  let next: Library = shipped;
  if (files) {
    try {
      const { loadLibrary } = await import("../../kernel/library.ts");
      next = (await loadLibrary(files)).module as unknown as Library;
      post({ type: "library", edited: true });
    } catch (e) {
      const { file, line } = e as { file?: string; line?: number };
      const message = e instanceof Error ? e.message : String(e);
      const where = file ? `${file}${line ? `:${line}` : ""}: ` : "";
      post({ type: "library", edited: false, problem: where + message });
    }
  }
  if (next !== lib) data = undefined;
  lib = next;
}

function receive(msg: ToTrainer): void {
  try {
    if (msg.type === "train") {
      options = msg.options;
      done = 0;
      stopRequested = false;
      void useLibrary(msg.library)
        .then(() => {
          model = lib.createSeq2Seq({
            attention: options!.attention,
            hiddenDim: options!.hiddenDim,
            embedDim: TRAIN_DEFAULTS.embedDim,
            seed: 1,
          });
          return run();
        })
        .catch((e: unknown) => post({ type: "error", message: e instanceof Error ? e.message : String(e) }));
    } else if (msg.type === "prepare") {
      data ??= makeData();
    } else if (msg.type === "pause") {
      pauseRequested = true;
    } else if (msg.type === "resume") {
      void run().catch((e: unknown) =>
        post({ type: "error", message: e instanceof Error ? e.message : String(e) }),
      );
    } else if (msg.type === "stop") {
      stopRequested = true;
      if (!running) void run();
    }
  } catch (e) {
    post({ type: "error", message: e instanceof Error ? e.message : String(e) });
  }
}

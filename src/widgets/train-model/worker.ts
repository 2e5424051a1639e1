// The training widget's worker: builds the date data set, trains a fresh model with the attention
// library, reports progress after every few steps, and hands back the trained weights.
// Pausing ends the current training run between two steps and keeps the model; resuming trains
// it for the remaining steps (the optimiser starts its running averages afresh).
import {
  createSeq2Seq,
  makeDateDataset,
  saveModel,
  trainModel,
  type DateDataset,
  type Seq2Seq,
} from "../../lib/attention/index.ts";
import type { FromTrainer, HyperParameters, ToTrainer } from "./protocol.ts";

const post = (msg: FromTrainer, transfer: Transferable[] = []) => postMessage(msg, { transfer });

let data: DateDataset | undefined;
let model: Seq2Seq | undefined;
let options: HyperParameters | undefined;
let done = 0;
let pauseRequested = false;
let stopRequested = false;
let running = false;

async function run(): Promise<void> {
  if (!model || !options || running) return;
  running = true;
  pauseRequested = false;
  const offset = done;
  data ??= makeDateDataset({ seed: 1, train: 20000, validation: 200, test: 0 });
  const result = await trainModel(model, data, {
    steps: options.steps - offset,
    batchSize: options.batchSize,
    learningRate: options.learningRate,
    clip: 5,
    seed: 1 + offset,
    reportEvery: 5,
    evaluateEvery: 100,
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
  const { meta, weights } = saveModel(model, { accuracy: result.validationAccuracy });
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

addEventListener("message", (event: MessageEvent<ToTrainer>) => {
  const msg = event.data;
  try {
    if (msg.type === "train") {
      options = msg.options;
      model = createSeq2Seq({
        attention: options.attention,
        hiddenDim: options.hiddenDim,
        embedDim: 16,
        seed: 1,
      });
      done = 0;
      stopRequested = false;
      void run().catch((e: unknown) =>
        post({ type: "error", message: e instanceof Error ? e.message : String(e) }),
      );
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
});

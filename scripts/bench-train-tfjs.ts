// The in-browser peer of bench:train-browser: the same Bahdanau seq2seq as the training widget
// (scripts/lib-tfjs-seq2seq.ts) trained with TensorFlow.js on its wasm backend, on the widget's
// date batches. Bundled by scripts/bench-train-browser.ts for a page of its own; never shipped.
import * as tf from "@tensorflow/tfjs";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { createSeq2Seq, makeDateDataset } from "../src/lib/attention/index.ts";
import { makeBatch } from "../src/lib/attention/seq2seq.ts";
import { createTfSeq2Seq } from "./lib-tfjs-seq2seq.ts";

/** Milliseconds per training step (median of `steps`, after 3 untimed) with the widget's shapes. */
export async function tfjsMsPerStep(
  wasmBase: string,
  steps: number,
  shape: { embedDim: number; hiddenDim: number; batchSize: number; learningRate: number },
): Promise<{ msPerStep: number; backend: string }> {
  setWasmPaths(wasmBase);
  await tf.setBackend("wasm");
  await tf.ready();
  const ours = createSeq2Seq({
    attention: "bahdanau",
    embedDim: shape.embedDim,
    hiddenDim: shape.hiddenDim,
    seed: 1,
  });
  const data = makeDateDataset({ seed: 1, train: 2000, validation: 0, test: 0, variety: "classic" });
  const model = createTfSeq2Seq({
    vocabIn: ours.config.inputVocab.length,
    vocabOut: ours.config.outputVocab.length,
    D: shape.embedDim,
    H: shape.hiddenDim,
    A: shape.hiddenDim,
    learningRate: shape.learningRate,
    clip: 5,
  });
  const times: number[] = [];
  for (let i = 0; i < steps + 3; i++) {
    const examples = data.train.slice(i * shape.batchSize, (i + 1) * shape.batchSize);
    const b = makeBatch(
      ours,
      examples.map((e) => e.input),
      examples.map((e) => e.output),
    );
    const t0 = performance.now();
    model.step({
      B: b.B,
      T: b.T,
      L: b.L,
      inputIds: b.inputIds,
      decoderInputs: b.decoderInputs,
      targets: b.targets,
    });
    if (i >= 3) times.push(performance.now() - t0);
  }
  model.dispose();
  times.sort((a, b) => a - b);
  return { msPerStep: times[times.length >> 1], backend: tf.getBackend() };
}

// Training by mini-batch gradient descent: teacher-forced cross-entropy (Bahdanau et al. 2014,
// section 2: fit the model to maximise the conditional probability of the correct output), Adam
// (the paper trains with Adadelta), clipping by global norm.
// Runs the same in Node, a page and a Web Worker: it yields to the event loop between steps so
// that a worker can receive "stop" messages, and it is deterministic for a given seed.

import { Tape } from "./autograd.ts";
import type { Example } from "./data/dates.ts";
import { evaluate } from "./decode.ts";
import { clipGradients, createAdam } from "./optim.ts";
import { type Rng, createRng } from "./rng.ts";
import { type Seq2Seq, batchLoss, makeBatch, namedParameters } from "./seq2seq.ts";

/** Progress reported during training. */
export interface TrainProgress {
  step: number;
  steps: number;
  /** Mean training loss since the last report. */
  loss: number;
  /** Validation exact match, on the steps where it was measured. */
  accuracy?: number;
  /** Mean milliseconds per step since the last report. */
  msPerStep: number;
}

/** Options of {@link trainModel}. */
export interface TrainOptions {
  steps: number;
  batchSize: number;
  learningRate: number;
  /** Largest global gradient norm (clipping). */
  clip: number;
  /** Seeds the order of the examples. */
  seed: number;
  /** Learning rate at the last step, as a fraction of the first (linear decay). Default 1 (none). */
  finalLearningRateFraction?: number;
  /** Report progress every this many steps. Default 10. */
  reportEvery?: number;
  /** Measure validation accuracy every this many steps (0 = only at the end). Default 250. */
  evaluateEvery?: number;
  /** How many validation examples to measure on. Default 500. */
  evaluateOn?: number;
  onProgress?(progress: TrainProgress): void;
  /** Checked between steps; returning true stops training early. */
  shouldStop?(): boolean;
}

/** What {@link trainModel} did. */
export interface TrainResult {
  /** Steps completed. */
  steps: number;
  stopped: boolean;
  /** Mean loss over the last report interval. */
  finalLoss: number;
  /** Validation exact match at the end (on `evaluateOn` examples), or undefined without validation data. */
  validationAccuracy: number | undefined;
  /** Loss after every report interval. */
  history: Array<{ step: number; loss: number; accuracy?: number }>;
}

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

/** Lets other work (e.g. a worker's messages) run; setImmediate in Node, a MessageChannel elsewhere. */
function yieldToEventLoop(): Promise<void> {
  if (typeof setImmediate === "function") return new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === "function") {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How many batches are drawn together and grouped by input length. */
const BUCKET_BATCHES = 8;

/**
 * Draws BUCKET_BATCHES batches of random examples at once and groups them by input length, so
 * that each batch holds inputs of similar length and little time is spent on padding.
 */
function drawBatches(train: readonly Example[], batchSize: number, rng: Rng): Example[][] {
  const pool = Array.from({ length: batchSize * BUCKET_BATCHES }, () => train[rng.int(train.length)]);
  pool.sort(
    (a, b) => a.input.length - b.input.length || (a.input < b.input ? -1 : a.input > b.input ? 1 : 0),
  );
  const batches = Array.from({ length: BUCKET_BATCHES }, (_, i) =>
    pool.slice(i * batchSize, (i + 1) * batchSize),
  );
  for (let i = batches.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [batches[i], batches[j]] = [batches[j], batches[i]];
  }
  return batches;
}

/**
 * Trains a model in place on examples; deterministic for a given model seed and options.seed.
 *
 * @example
 * const data = makeDateDataset({ seed: 1, train: 20000, validation: 500, test: 1000 });
 * const model = createSeq2Seq({ attention: "bahdanau", seed: 1 });
 * await trainModel(model, data, { steps: 1500, batchSize: 32, learningRate: 0.01, clip: 5, seed: 1,
 *   onProgress: (p) => console.log(p.step, p.loss.toFixed(3)) });
 */
export async function trainModel(
  model: Seq2Seq,
  data: { train: readonly Example[]; validation?: readonly Example[] },
  options: TrainOptions,
): Promise<TrainResult> {
  if (data.train.length === 0) throw new RangeError("trainModel: no training examples");
  const params = namedParameters(model).map(([, p]) => p);
  const adam = createAdam(params, { learningRate: options.learningRate });
  const rng = createRng(options.seed);
  const reportEvery = options.reportEvery ?? 10;
  const evaluateEvery = options.evaluateEvery ?? 250;
  const validation = (data.validation ?? []).slice(0, options.evaluateOn ?? 500);
  const finalFraction = options.finalLearningRateFraction ?? 1;
  const history: TrainResult["history"] = [];
  let lossSum = 0;
  let lossCount = 0;
  let finalLoss = NaN;
  let intervalStart = now();
  let lastYield = intervalStart;
  let stopped = false;
  let step = 0;
  let accuracy: number | undefined;
  let queue: Example[][] = [];

  while (step < options.steps) {
    if (options.shouldStop?.()) {
      stopped = true;
      break;
    }
    if (queue.length === 0) queue = drawBatches(data.train, options.batchSize, rng);
    const examples = queue.pop()!;
    const batch = makeBatch(
      model,
      examples.map((e) => e.input),
      examples.map((e) => e.output),
    );
    const tape = new Tape();
    const loss = batchLoss(model, tape, batch);
    tape.backward(loss);
    clipGradients(params, options.clip);
    const progress = options.steps > 1 ? step / (options.steps - 1) : 0;
    adam.step(options.learningRate * (1 - (1 - finalFraction) * progress));
    adam.zeroGrad();
    lossSum += loss.data[0];
    lossCount++;
    step++;

    const last = step === options.steps;
    if (step % reportEvery === 0 || last) {
      const msPerStep = (now() - intervalStart) / lossCount;
      const measure = validation.length > 0 && (last || (evaluateEvery > 0 && step % evaluateEvery === 0));
      accuracy = measure ? evaluate(model, validation).accuracy : undefined;
      finalLoss = lossSum / lossCount;
      history.push(accuracy === undefined ? { step, loss: finalLoss } : { step, loss: finalLoss, accuracy });
      options.onProgress?.({ step, steps: options.steps, loss: finalLoss, accuracy, msPerStep });
      lossSum = 0;
      lossCount = 0;
      intervalStart = now();
    }
    if (now() - lastYield > 8) {
      await yieldToEventLoop();
      lastYield = now();
    }
  }
  if (lossCount > 0) finalLoss = lossSum / lossCount;
  const validationAccuracy =
    validation.length > 0
      ? stopped || accuracy === undefined
        ? evaluate(model, validation).accuracy
        : accuracy
      : undefined;
  return { steps: step, stopped, finalLoss, validationAccuracy, history };
}

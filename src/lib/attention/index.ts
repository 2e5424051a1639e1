/**
 * The attention library: the public surface that chapters, cells and widgets use.
 * Pure TypeScript: no DOM, no Astro, no Plot, no notebook runtime. Each name is documented, with
 * an example, where it is defined.
 *
 * @example
 * import { attend, softmax } from "attention";
 * softmax([1, 2, 3]); // ≈ [0.090, 0.245, 0.665]
 */

// Step 1–2: the dictionary and the hard lookup
export { hardLookup, type HardLookupResult } from "./attention.ts";

// Step 3: scores → softmax → weights → attention value
export { softmax, attend, type AttendOptions, type AttendResult, type ScoreFunction } from "./attention.ts";
export { dot, scaledDot, cosine, general, additive, type ScoreName, type AdditiveParams } from "./scores.ts";

// Steps 4–8: the seq2seq model with attention
export {
  createSeq2Seq,
  namedParameters,
  type AttentionKind,
  type Seq2Seq,
  type Seq2SeqConfig,
  type Seq2SeqOptions,
  type Seq2SeqParams,
} from "./seq2seq.ts";
export {
  encode,
  greedyDecode,
  decodeBatch,
  evaluate,
  DecodeError,
  DecodeLengthError,
  type DecodeProblem,
  type EncodeResult,
  type DecodeResult,
  type DecodeStep,
  type DecodeOptions,
  type Evaluation,
} from "./decode.ts";

// The running example's data
export {
  makeDateDataset,
  formatParts,
  longestDateInput,
  dateCautions,
  type DateCaution,
  type DateField,
  type Example,
  type DateDataset,
  type DateDatasetOptions,
} from "./data/dates.ts";

// The length experiment's second task: random strings, reversed
export {
  makeReversalDataset,
  REVERSAL_ALPHABET,
  type ReversalDataset,
  type ReversalDatasetOptions,
} from "./data/reversal.ts";

// Training, and weights on disk
export { trainModel, type TrainOptions, type TrainProgress, type TrainResult } from "./train.ts";
export { createAdam, clipGradients, type Adam, type AdamOptions } from "./optim.ts";
export {
  saveModel,
  loadModel,
  FORMAT_VERSION,
  type ModelMeta,
  type SaveExtras,
  type SaveOptions,
  type JsonValue,
} from "./io.ts";

// Numbers underneath
export {
  tensor,
  zeros,
  matmul,
  gemm,
  type Tensor,
  type Vector,
  type Matrix,
  type GemmOptions,
} from "./tensor.ts";
export { createRng, type Rng } from "./rng.ts";
export { setFast } from "./fast/index.ts";

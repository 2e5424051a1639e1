// Greedy decoding: at each step feed back the most likely token, until "</s>" (Bahdanau et al.
// 2014 use beam search; greedy is the one-beam special case). Every step's query, scores, weights
// and attention value are returned, and the weights stacked row by row form the alignment matrix
// (the paper's Fig. 3).
// Guards, so that a broken model or an edited library is reported rather than passed on: the
// length limit must be a finite positive integer (decoding always stops), only "</s>" and real
// characters are written (never "<pad>" or "<s>"), and a score that is not a finite number (NaN
// or ±∞) stops decoding with an error naming the output step.

import type { Example } from "./data/dates.ts";
import { keepingWeights } from "./fast/simd.ts";
import {
  END,
  type Seq2Seq,
  decoderStep,
  encodeInput,
  inputTokens,
  makeBatch,
  namedParameters,
  outputLogits,
  runEncoder,
} from "./seq2seq.ts";

/** The encoder's view of one input: its characters and one state per character. */
export interface EncodeResult {
  tokens: string[];
  /** h_1..h_T, each of length H */
  encoderStates: Float32Array[];
}

/**
 * Runs the encoder over one input and returns its hidden states h_1..h_T — the keys and values
 * the decoder attends over.
 *
 * @example
 * const { tokens, encoderStates } = encode(model, "24.11.2026");
 * tokens.length === encoderStates.length; // true: one state per character
 */
export function encode(model: Seq2Seq, input: string): EncodeResult {
  const tokens = inputTokens(input);
  if (tokens.length === 0) return { tokens, encoderStates: [] };
  const ids = encodeInput(model, input);
  const encoder = runEncoder(model, null, ids, null, ids.length, 1);
  const H = model.config.hiddenDim;
  const data = encoder.encoderStates.data; // [T, 1, H]
  return { tokens, encoderStates: tokens.map((_, t) => data.slice(t * H, (t + 1) * H)) };
}

/** One output step of {@link greedyDecode}. */
export interface DecodeStep {
  /** The token written at this step. */
  token: string;
  /** s_{i-1} */
  prevDecoderState: Float32Array;
  /** The query attention used: s_{i-1} (Bahdanau), s_i (Luong); s_{i-1} without attention. */
  query: Float32Array;
  /** e_ij for j = 1..T (empty without attention) */
  scores: Float32Array;
  /** α_ij for j = 1..T (empty without attention) */
  weights: Float32Array;
  /** a_i = Σ_j α_ij h_j (without attention: the fixed h_T) */
  attentionValue: Float32Array;
  /** What the decoder RNN read at this step */
  decoderInput: Float32Array;
  /** s_i */
  decoderState: Float32Array;
}

/** The result of {@link greedyDecode}. */
export interface DecodeResult {
  output: string;
  inputTokens: string[];
  outputTokens: string[];
  steps: DecodeStep[];
  /** One row of weights per output token: L rows × T columns (no rows without attention). */
  alignment: Float32Array[];
}

/** Options of {@link greedyDecode}. */
export interface DecodeOptions {
  /** The most tokens to write (the end token not counted): a finite positive integer. Default 16. */
  maxLength?: number;
}

/**
 * What a decoding refused, as data: a caller can say it in its own words (the course's pages say
 * it in Korean or English), and the error's message says it in English for everyone else.
 * `step` counts output steps from 1, `position` the numbers of a row from 1, `input` the inputs
 * of a batch from 1.
 */
export type DecodeProblem =
  | { code: "maxLength"; caller: string; maxLength: number }
  | {
      code: "notFinite";
      caller: string;
      step: number;
      what: "scores" | "weights" | "outputScores";
      value: number;
      position: number;
      input?: number;
    };

const WHAT = {
  scores: "attention scores e_ij",
  weights: "attention weights α_ij",
  outputScores: "output scores",
} as const;

function describeProblem(p: DecodeProblem): string {
  if (p.code === "maxLength")
    return `${p.caller}: maxLength must be a finite positive integer, got ${String(p.maxLength)}`;
  const what = p.input === undefined ? WHAT[p.what] : `${WHAT[p.what]} of input ${p.input}`;
  return `${p.caller}: at output step ${p.step} the ${what} are not all finite numbers (${p.value} at position ${p.position}), so no token can be chosen`;
}

/**
 * A score, weight or output score that is not a finite number stopped a decoding (`problem` says
 * where).
 *
 * @example
 * try {
 *   greedyDecode(brokenModel, "24.11.2026");
 * } catch (e) {
 *   if (e instanceof DecodeError) e.problem; // { code: "notFinite", caller: "greedyDecode", step: 1, what: "scores", … }
 * }
 */
export class DecodeError extends Error {
  override name = "DecodeError";
  readonly problem: Extract<DecodeProblem, { code: "notFinite" }>;
  constructor(problem: Extract<DecodeProblem, { code: "notFinite" }>) {
    super(describeProblem(problem));
    this.problem = problem;
  }
}

/**
 * A length limit that is not a finite positive integer (a RangeError, with `problem` as data).
 *
 * @example
 * greedyDecode(model, "24.11.2026", { maxLength: Infinity });
 * // throws DecodeLengthError: problem = { code: "maxLength", caller: "greedyDecode", maxLength: Infinity }
 */
export class DecodeLengthError extends RangeError {
  readonly problem: Extract<DecodeProblem, { code: "maxLength" }>;
  constructor(problem: Extract<DecodeProblem, { code: "maxLength" }>) {
    super(describeProblem(problem));
    this.problem = problem;
  }
}

/** The length limit of a decoding, or a RangeError naming the caller when it is not usable. */
function lengthLimit(caller: string, options: DecodeOptions): number {
  const maxLength = options.maxLength ?? 16;
  if (!Number.isInteger(maxLength) || maxLength < 1)
    throw new DecodeLengthError({ code: "maxLength", caller, maxLength });
  return maxLength;
}

/** Output ids below this are "<pad>" (0) and "<s>" (1): a decoder never writes them. */
const FIRST_WRITTEN = 2;

/** The id of the highest output score among the tokens a decoder writes ("</s>" and characters). */
function bestToken(logits: Float32Array): number {
  let best = FIRST_WRITTEN;
  for (let j = best + 1; j < logits.length; j++) if (logits[j] > logits[best]) best = j;
  return best;
}

/**
 * Throws when `values` (what a decoder computed at output step i, counted from 1) hold a number
 * that is not finite: every later step would be built on it, so nothing after it can be trusted.
 */
function checkFinite(
  caller: string,
  step: number,
  what: "scores" | "weights" | "outputScores",
  values: Float32Array,
  input?: number,
): void {
  for (let j = 0; j < values.length; j++) {
    if (!Number.isFinite(values[j]))
      throw new DecodeError({
        code: "notFinite",
        caller,
        step,
        what,
        value: values[j],
        position: j + 1,
        input,
      });
  }
}

/**
 * Decodes one input greedily and returns the output with every step's attention: the query, the
 * scores, the weights and the attention value, and the alignment matrix. The step that writes
 * the end token is not included. An empty input gives an empty output. Throws a RangeError when
 * `maxLength` is not a finite positive integer, and an Error naming the output step when a score
 * or a weight is not a finite number (a broken model or library).
 *
 * @example
 * const result = greedyDecode(model, "24 November 2026");
 * result.output; // "2026-11-24" with the trained model
 * result.alignment[0]; // how much the first output character looked at each input character
 */
export function greedyDecode(model: Seq2Seq, input: string, options: DecodeOptions = {}): DecodeResult {
  return keepingWeights(weightsOf(model), () => decodeOne(model, input, options));
}

/** The model's weight arrays: nothing changes them while one call decodes. */
function weightsOf(model: Seq2Seq): Float32Array[] {
  return namedParameters(model).map(([, p]) => p.data);
}

function decodeOne(model: Seq2Seq, input: string, options: DecodeOptions): DecodeResult {
  const maxLength = lengthLimit("greedyDecode", options);
  const tokens = inputTokens(input);
  const result: DecodeResult = {
    output: "",
    inputTokens: tokens,
    outputTokens: [],
    steps: [],
    alignment: [],
  };
  if (tokens.length === 0) return result;
  const ids = encodeInput(model, input);
  const encoder = runEncoder(model, null, ids, null, ids.length, 1);
  const vocab = model.config.outputVocab;
  let state = encoder.lastState; // s_0 = h_T  [1, H]
  let prev = 1; // "<s>"
  for (let i = 0; i < maxLength; i++) {
    const step = decoderStep(model, null, encoder, state, Int32Array.of(prev));
    const logits = outputLogits(model, null, step.features); // [1, Vout]
    checkFinite("greedyDecode", i + 1, "scores", step.scores);
    checkFinite("greedyDecode", i + 1, "weights", step.weights);
    checkFinite("greedyDecode", i + 1, "outputScores", logits.data);
    prev = bestToken(logits.data);
    const token = vocab[prev];
    if (token === END) break;
    result.outputTokens.push(token);
    result.steps.push({
      token,
      prevDecoderState: state.data.slice(),
      query: step.query.data.slice(),
      scores: step.scores.slice(),
      weights: step.weights.slice(),
      attentionValue: step.attentionValue.data.slice(),
      decoderInput: step.decoderInput.data.slice(),
      decoderState: step.decoderState.data.slice(),
    });
    if (step.weights.length > 0) result.alignment.push(step.weights.slice());
    state = step.decoderState;
  }
  result.output = result.outputTokens.join("");
  return result;
}

/**
 * Decodes many inputs at once (padded into one batch; same outputs and the same errors as
 * {@link greedyDecode}, faster).
 *
 * @example
 * decodeBatch(model, ["24.11.2026", "Nov 24, 2026"]); // ["2026-11-24", "2026-11-24"] with the trained model
 */
export function decodeBatch(model: Seq2Seq, inputs: string[], options: DecodeOptions = {}): string[] {
  return keepingWeights(weightsOf(model), () => decodeMany(model, inputs, options));
}

function decodeMany(model: Seq2Seq, inputs: string[], options: DecodeOptions): string[] {
  const maxLength = lengthLimit("decodeBatch", options);
  const outputs = inputs.map(() => "");
  const rows = inputs.map((s, b) => [s, b] as const).filter(([s]) => s.length > 0);
  if (rows.length === 0) return outputs;
  const batch = makeBatch(
    model,
    rows.map(([s]) => s),
  );
  const B = batch.B;
  const encoder = runEncoder(model, null, batch.inputIds, batch.inputMask, batch.T, B);
  const vocab = model.config.outputVocab;
  let state = encoder.lastState; // [B, H]
  const prev = new Int32Array(B).fill(1); // "<s>"
  const done = new Uint8Array(B);
  const V = vocab.length;
  for (let i = 0; i < maxLength && done.some((d) => d === 0); i++) {
    const step = decoderStep(model, null, encoder, state, prev);
    const logits = outputLogits(model, null, step.features); // [B, Vout]
    for (let b = 0; b < B; b++) {
      if (done[b]) continue;
      const row = logits.data.subarray(b * V, (b + 1) * V);
      checkFinite("decodeBatch", i + 1, "outputScores", row, rows[b][1] + 1);
      const id = bestToken(row);
      if (vocab[id] === END) done[b] = 1;
      else outputs[rows[b][1]] += vocab[id];
      prev[b] = id;
    }
    state = step.decoderState;
  }
  return outputs;
}

/** Exact-match accuracy overall and by input length. */
export interface Evaluation {
  accuracy: number;
  count: number;
  byLength: Array<{ bucket: string; min: number; max: number; count: number; accuracy: number }>;
}

/** The input-length buckets used in reports (characters, inclusive). */
export const LENGTH_BUCKETS: ReadonlyArray<readonly [number, number]> = [
  [1, 10],
  [11, 15],
  [16, 20],
  [21, 25],
  [26, 30],
  [31, 40],
  [41, 1000],
];

/**
 * Exact-match accuracy of greedy decoding on examples, overall and by input length.
 *
 * @example
 * evaluate(model, data.test).accuracy; // 0.99… for the shipped Bahdanau model
 */
export function evaluate(model: Seq2Seq, examples: readonly Example[], batchSize = 256): Evaluation {
  // Decode one token past the longest expected output, so that long answers are not cut short.
  const maxLength = examples.reduce((m, e) => Math.max(m, [...e.output].length + 1), 16);
  const correct: boolean[] = [];
  for (let start = 0; start < examples.length; start += batchSize) {
    const chunk = examples.slice(start, start + batchSize);
    const outputs = decodeBatch(
      model,
      chunk.map((e) => e.input),
      { maxLength },
    );
    chunk.forEach((e, i) => correct.push(outputs[i] === e.output));
  }
  const byLength = LENGTH_BUCKETS.map(([min, max]) => {
    let count = 0;
    let right = 0;
    examples.forEach((e, i) => {
      const n = inputTokens(e.input).length;
      if (n >= min && n <= max) {
        count++;
        if (correct[i]) right++;
      }
    });
    return {
      bucket: max >= 1000 ? `${min}+` : `${min}–${max}`,
      min,
      max,
      count,
      accuracy: count ? right / count : 0,
    };
  });
  const right = correct.filter(Boolean).length;
  return { accuracy: examples.length ? right / examples.length : 0, count: examples.length, byLength };
}

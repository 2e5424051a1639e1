// A sequence-to-sequence model with attention (Bahdanau et al. 2014, section 3):
//   encoder   h_j = GRU(h_{j-1}, embed(x_j))                        encoder states h_1..h_T
//   query     the PREVIOUS decoder state s_{i-1}
//   scores    e_ij = a(s_{i-1}, h_j)                                eq. (6)
//             with a(s, h) = v_aᵀ tanh(W_a s + U_a h)               appendix A.1.2
//   weights   α_ij = exp(e_ij) / Σ_l exp(e_il)                      eq. (6)
//   attention a_i = Σ_j α_ij h_j     (keys = values = encoder states) eq. (5), the paper's c_i
//   decoder   s_i = GRU(s_{i-1}, [embed(y_{i-1}); a_i])             s_i = f(s_{i-1}, y_{i-1}, c_i), sec. 3.1
//   output    p(y_i) = softmax(W_o s_i + b_o)
// Where this departs from the paper, each a simplification that costs nothing on the date task
// (the shipped model with attention gets every held-out date right, public/models/report.json):
//   - the paper's encoder is bidirectional, h_j = [→h_j; ←h_j] (section 3.2); ours is one forward
//     GRU, so h_j has read x_1..x_j only. What a later character decides (the separator after
//     "05" making it a day or a month) is in the later states, and attention can read those.
//   - the paper starts the decoder from s_0 = tanh(W_s ←h_1) (appendix A.2.2); ours from
//     s_0 = h_T. Both have read the whole input, and encoder and decoder share the size H.
//   - the paper's output is p(y_i | y_1..y_{i-1}, x) = g(y_{i-1}, s_i, c_i) (eq. (4)), a deep
//     maxout output layer in appendix A.2.2; ours is softmax(W_o s_i + b_o), from s_i alone,
//     which has already read embed(y_{i-1}) and a_i; the output is ten digits, "-" and markers.
//   The paper's separate input matrices (W E y_{i-1} + C c_i, appendix A.2.2) are the same
//   product as one matrix applied to [embed(y_{i-1}); a_i], so the concatenation is the paper's.
// Two variants, chosen with `attention`:
//   "luong" (a variant, Luong et al. 2015, eq. (5), (7), (8)): s_i = GRU(s_{i-1}, embed(y_{i-1}));
//           query = the CURRENT state s_i, e_ij = s_iᵀ W h_j (the "general" score of eq. (8),
//           which also lists "dot" and "concat"); h̃_i = tanh(W_c [a_i; s_i]);
//           p(y_i) = softmax(W_o h̃_i + b_o)
//   "none"  (RNNencdec, Cho et al. 2014): no attention; every step reads the same fixed vector
//           c = h_T, the encoder's last state: s_i = GRU(s_{i-1}, [embed(y_{i-1}); c])
// The decoder starts from s_0 = h_T. Layout is time-major: [T, B, ·].

import {
  type MaybeTape,
  Var,
  concat,
  constant,
  crossEntropy,
  embedding,
  matmul,
  parameter,
  stack,
  step,
  tanh,
} from "./autograd.ts";
import { additiveAttention, dotAttention } from "./attention.ts";
import { dateAlphabet } from "./data/dates.ts";
import {
  type GruParams,
  type LinearParams,
  gruCell,
  gruSequence,
  initEmbedding,
  initGru,
  initLinear,
  linear,
} from "./layers.ts";
import { createRng } from "./rng.ts";

/** Which attention the decoder uses: the lecture's (Bahdanau), Luong's variant, or none. */
export type AttentionKind = "bahdanau" | "luong" | "none";

/** Everything that fixes a model's shape and its initial weights. */
export interface Seq2SeqConfig {
  attention: AttentionKind;
  embedDim: number;
  hiddenDim: number;
  /** Hidden size A of the additive score network (Bahdanau only). */
  attentionDim: number;
  seed: number;
  /** Input tokens (characters); index 0 is "<pad>", index 1 is "<unk>". */
  inputVocab: string[];
  /** Output tokens; index 0 "<pad>", 1 "<s>" (start), 2 "</s>" (end). */
  outputVocab: string[];
}

/** Options of {@link createSeq2Seq}; everything but `attention` has a default. */
export interface Seq2SeqOptions {
  attention: AttentionKind;
  embedDim?: number;
  hiddenDim?: number;
  attentionDim?: number;
  seed?: number;
  inputVocab?: string[];
  outputVocab?: string[];
}

/** The trainable weights, by role. Unused ones (for the chosen attention kind) are null. */
export interface Seq2SeqParams {
  encoderEmbedding: Var; // [Vin, D]
  encoder: GruParams; // input D, state H
  decoderEmbedding: Var; // [Vout, D]
  decoder: GruParams; // input D + H (bahdanau, none) or D (luong), state H
  attentionW: Var | null; // bahdanau: W_a [H, A]; luong: W [H, H]
  attentionU: Var | null; // bahdanau: U_a [H, A]
  attentionV: Var | null; // bahdanau: v_a [A]
  combine: LinearParams | null; // luong: W_c [2H, H]
  output: LinearParams; // [H, Vout]
}

/** A seq2seq model: its configuration and its weights. */
export interface Seq2Seq {
  config: Seq2SeqConfig;
  params: Seq2SeqParams;
}

export const PAD = "<pad>";
export const UNK = "<unk>";
export const START = "<s>";
export const END = "</s>";

/** The default output vocabulary: the characters of YYYY-MM-DD. */
export function defaultOutputVocab(): string[] {
  return [PAD, START, END, "-", ..."0123456789"];
}

/** The default input vocabulary: every character the date generator writes. */
export function defaultInputVocab(): string[] {
  return [PAD, UNK, ...dateAlphabet()];
}

/**
 * A new model with seeded random weights. Same options, same weights.
 *
 * @example
 * const model = createSeq2Seq({ attention: "bahdanau", embedDim: 16, hiddenDim: 48, seed: 1 });
 * greedyDecode(model, "24 November 2026").output; // gibberish until the model is trained
 */
export function createSeq2Seq(options: Seq2SeqOptions): Seq2Seq {
  const config: Seq2SeqConfig = {
    attention: options.attention,
    embedDim: options.embedDim ?? 24,
    hiddenDim: options.hiddenDim ?? 48,
    attentionDim: options.attentionDim ?? options.hiddenDim ?? 48,
    seed: options.seed ?? 1,
    inputVocab: options.inputVocab ?? defaultInputVocab(),
    outputVocab: options.outputVocab ?? defaultOutputVocab(),
  };
  validateConfig(config);
  const { embedDim: D, hiddenDim: H, attentionDim: A } = config;
  const rng = createRng(config.seed);
  const bahdanau = config.attention === "bahdanau";
  const luong = config.attention === "luong";
  const params: Seq2SeqParams = {
    encoderEmbedding: initEmbedding(rng, config.inputVocab.length, D),
    encoder: initGru(rng, D, H),
    decoderEmbedding: initEmbedding(rng, config.outputVocab.length, D),
    decoder: initGru(rng, luong ? D : D + H, H),
    attentionW: bahdanau ? initLinear(rng, H, A).W : luong ? initLinear(rng, H, H).W : null,
    attentionU: bahdanau ? initLinear(rng, H, A).W : null,
    attentionV: bahdanau ? parameter(initLinear(rng, A, 1).W.data, [A]) : null, // a column [A, 1] stored as [A]
    combine: luong ? initLinear(rng, 2 * H, H) : null,
    output: initLinear(rng, H, config.outputVocab.length),
  };
  return { config, params };
}

/** Throws a clear error when a configuration cannot describe a model. */
export function validateConfig(config: Seq2SeqConfig): void {
  if (!["bahdanau", "luong", "none"].includes(config.attention)) {
    throw new RangeError(
      `seq2seq: attention must be "bahdanau", "luong" or "none", got "${String(config.attention)}"`,
    );
  }
  for (const key of ["embedDim", "hiddenDim", "attentionDim"] as const) {
    const v = config[key];
    if (!Number.isInteger(v) || v < 1 || v > 4096)
      throw new RangeError(`seq2seq: ${key} must be a positive integer, got ${String(v)}`);
  }
  if (!Number.isInteger(config.seed))
    throw new RangeError(`seq2seq: seed must be an integer, got ${String(config.seed)}`);
  const vocabOk = (v: unknown, head: string[]): boolean =>
    Array.isArray(v) &&
    v.every((t) => typeof t === "string") &&
    head.every((t, i) => v[i] === t) &&
    new Set(v).size === v.length;
  if (!vocabOk(config.inputVocab, [PAD, UNK]))
    throw new RangeError(`seq2seq: inputVocab must be distinct strings starting with "${PAD}", "${UNK}"`);
  if (!vocabOk(config.outputVocab, [PAD, START, END])) {
    throw new RangeError(
      `seq2seq: outputVocab must be distinct strings starting with "${PAD}", "${START}", "${END}"`,
    );
  }
}

/**
 * Every weight with a stable name, in a fixed order (the order of the saved file).
 *
 * @example
 * namedParameters(model).map(([name, p]) => `${name} [${p.shape}]`); // ["encoder.embedding [88,24]", …]
 */
export function namedParameters(model: Seq2Seq): Array<[string, Var]> {
  const p = model.params;
  const list: Array<[string, Var | null]> = [
    ["encoder.embedding", p.encoderEmbedding],
    ["encoder.gru.Wx", p.encoder.Wx],
    ["encoder.gru.Wh", p.encoder.Wh],
    ["encoder.gru.bx", p.encoder.bx],
    ["encoder.gru.bh", p.encoder.bh],
    ["decoder.embedding", p.decoderEmbedding],
    ["decoder.gru.Wx", p.decoder.Wx],
    ["decoder.gru.Wh", p.decoder.Wh],
    ["decoder.gru.bx", p.decoder.bx],
    ["decoder.gru.bh", p.decoder.bh],
    ["attention.W", p.attentionW],
    ["attention.U", p.attentionU],
    ["attention.v", p.attentionV],
    ["combine.W", p.combine?.W ?? null],
    ["combine.b", p.combine?.b ?? null],
    ["output.W", p.output.W],
    ["output.b", p.output.b],
  ];
  return list.filter((e): e is [string, Var] => e[1] !== null);
}

// ---------------------------------------------------------------------------------------------
// Tokens and batches

/** Input text → characters (the input tokens). */
export function inputTokens(text: string): string[] {
  return Array.from(text);
}

/** A batch of examples as padded, time-major id arrays with masks. */
export interface Batch {
  B: number;
  T: number;
  L: number;
  inputIds: Int32Array; // [T, B]
  inputMask: Float32Array; // [T, B], 1 = real character
  decoderInputs: Int32Array; // [L, B]: <s>, y_1, …, y_{L-1}
  targets: Int32Array; // [L, B]: y_1, …, y_L = </s>
  targetMask: Float32Array; // [L, B]
}

/** Character ids of an input, unknown characters → "<unk>". */
export function encodeInput(model: Seq2Seq, text: string): Int32Array {
  const index = inputIndex(model);
  return Int32Array.from(inputTokens(text), (c) => index.get(c) ?? 1);
}

const indexCache = new WeakMap<string[], Map<string, number>>();
function inputIndex(model: Seq2Seq): Map<string, number> {
  const vocab = model.config.inputVocab;
  let index = indexCache.get(vocab);
  if (!index) {
    index = new Map(vocab.map((c, i) => [c, i]));
    indexCache.set(vocab, index);
  }
  return index;
}

/** Pads the inputs of a batch (and, when given, the outputs) into time-major arrays. */
export function makeBatch(model: Seq2Seq, inputs: string[], outputs?: string[]): Batch {
  const B = inputs.length;
  const ids = inputs.map((s) => encodeInput(model, s));
  const T = Math.max(1, ...ids.map((x) => x.length));
  const inputIds = new Int32Array(T * B);
  const inputMask = new Float32Array(T * B);
  ids.forEach((x, b) => {
    for (let t = 0; t < x.length; t++) {
      inputIds[t * B + b] = x[t];
      inputMask[t * B + b] = 1;
    }
  });
  const out = model.config.outputVocab;
  const outIndex = new Map(out.map((c, i) => [c, i]));
  const targetIds = (outputs ?? []).map((s) =>
    Int32Array.from([...inputTokens(s), END], (c) => {
      const id = outIndex.get(c);
      if (id === undefined)
        throw new RangeError(`makeBatch: output character "${c}" is not in the output vocabulary`);
      return id;
    }),
  );
  const L = outputs ? Math.max(...targetIds.map((y) => y.length)) : 0;
  const decoderInputs = new Int32Array(L * B);
  const targets = new Int32Array(L * B);
  const targetMask = new Float32Array(L * B);
  targetIds.forEach((y, b) => {
    for (let i = 0; i < y.length; i++) {
      decoderInputs[i * B + b] = i === 0 ? 1 : y[i - 1];
      targets[i * B + b] = y[i];
      targetMask[i * B + b] = 1;
    }
  });
  return { B, T, L, inputIds, inputMask, decoderInputs, targets, targetMask };
}

// ---------------------------------------------------------------------------------------------
// Encoder

/** What the decoder needs from the encoder. */
export interface EncoderOutput {
  B: number;
  T: number;
  /** h_1..h_T, the keys and the values — [T, B, H] */
  encoderStates: Var;
  /** U_a h_j, computed once per input (Bahdanau only) — [T, B, A] */
  keysProj: Var | null;
  /** h_T: the state after each row's last real character — [B, H] */
  lastState: Var;
  /** 1 for real characters, 0 for padding — [T, B] */
  mask: Float32Array | null;
}

/** Runs the encoder GRU over a padded batch of input ids. */
export function runEncoder(
  model: Seq2Seq,
  tape: MaybeTape,
  inputIds: Int32Array,
  mask: Float32Array | null,
  T: number,
  B: number,
): EncoderOutput {
  const p = model.params;
  const H = model.config.hiddenDim;
  const h0 = constant(new Float32Array(B * H), [B, H]); // h_0 = 0  [B, H]
  const embedded = embedding(tape, p.encoderEmbedding, inputIds); // [T·B, D]
  embedded.shape = [T, B, model.config.embedDim]; // [T, B, D]
  const encoderStates = gruSequence(tape, embedded, h0, p.encoder, mask); // h_1..h_T  [T, B, H]
  const lastState = step(tape, encoderStates, T - 1); // padded rows carried their state: h_T  [B, H]
  const keysProj = p.attentionU ? matmul(tape, encoderStates, p.attentionU) : null; // [T, B, A]
  return { B, T, encoderStates, keysProj, lastState, mask };
}

// ---------------------------------------------------------------------------------------------
// Decoder

/** One decoder step, with every intermediate the course talks about. */
export interface DecoderStepResult {
  /** The query: s_{i-1} for Bahdanau, s_i for Luong, s_{i-1} (unused) without attention — [B, H] */
  query: Var;
  /** e_ij per row — [B, T] (empty without attention) */
  scores: Float32Array;
  /** α_ij per row — [B, T] (empty without attention) */
  weights: Float32Array;
  /** a_i = Σ_j α_ij h_j (the fixed h_T without attention) — [B, H] */
  attentionValue: Var;
  /** What the decoder GRU reads: [embed(y_{i-1}); a_i], or embed(y_{i-1}) for Luong — [B, ·] */
  decoderInput: Var;
  /** s_i — [B, H] */
  decoderState: Var;
  /** What the output layer reads: s_i, or h̃_i for Luong — [B, H] */
  features: Var;
}

/** Decoder step i: from s_{i-1} and y_{i-1} to s_i (and the attention in between). */
export function decoderStep(
  model: Seq2Seq,
  tape: MaybeTape,
  encoder: EncoderOutput,
  prevDecoderState: Var,
  prevTokens: Int32Array,
): DecoderStepResult {
  const p = model.params;
  const embedded = embedding(tape, p.decoderEmbedding, prevTokens); // embed(y_{i-1})  [B, D]
  const { encoderStates, mask } = encoder;
  switch (model.config.attention) {
    case "bahdanau": {
      const query = prevDecoderState; // s_{i-1}  [B, H]
      const queryProj = matmul(tape, query, p.attentionW!); // W_a s_{i-1}  [B, A]
      const att = additiveAttention(tape, queryProj, encoder.keysProj!, encoderStates, p.attentionV!, mask);
      const decoderInput = concat(tape, [embedded, att.attentionValue]); // [B, D + H]
      const decoderState = gruCell(tape, decoderInput, prevDecoderState, p.decoder); // s_i  [B, H]
      return {
        query,
        scores: att.scores,
        weights: att.weights,
        attentionValue: att.attentionValue,
        decoderInput,
        decoderState,
        features: decoderState,
      };
    }
    case "luong": {
      const decoderState = gruCell(tape, embedded, prevDecoderState, p.decoder); // s_i  [B, H]
      const query = decoderState; // s_i  [B, H]
      const queryProj = matmul(tape, query, p.attentionW!); // s_iᵀ W  [B, H]
      const att = dotAttention(tape, queryProj, encoderStates, encoderStates, mask);
      const combined = tanh(tape, linear(tape, concat(tape, [att.attentionValue, decoderState]), p.combine!)); // h̃_i  [B, H]
      return {
        query,
        scores: att.scores,
        weights: att.weights,
        attentionValue: att.attentionValue,
        decoderInput: embedded,
        decoderState,
        features: combined,
      };
    }
    case "none": {
      const fixed = encoder.lastState; // c = h_T  [B, H]
      const decoderInput = concat(tape, [embedded, fixed]); // [B, D + H]
      const decoderState = gruCell(tape, decoderInput, prevDecoderState, p.decoder); // s_i  [B, H]
      const empty = new Float32Array(0);
      return {
        query: prevDecoderState,
        scores: empty,
        weights: empty,
        attentionValue: fixed,
        decoderInput,
        decoderState,
        features: decoderState,
      };
    }
  }
}

/** Output scores over the output vocabulary: W_o features + b_o — [..., Vout] */
export function outputLogits(model: Seq2Seq, tape: MaybeTape, features: Var): Var {
  return linear(tape, features, model.params.output);
}

/**
 * The training loss of a batch: mean cross-entropy of every target token, with the true previous
 * token as decoder input (teacher forcing).
 */
export function batchLoss(model: Seq2Seq, tape: MaybeTape, batch: Batch): Var {
  const { B, T, L } = batch;
  const encoder = runEncoder(model, tape, batch.inputIds, batch.inputMask, T, B);
  let state = encoder.lastState; // s_0 = h_T  [B, H]
  const features: Var[] = [];
  for (let i = 0; i < L; i++) {
    const result = decoderStep(model, tape, encoder, state, batch.decoderInputs.subarray(i * B, (i + 1) * B));
    features.push(result.features);
    state = result.decoderState;
  }
  const logits = outputLogits(model, tape, stack(tape, features)); // [L, B, Vout]
  return crossEntropy(tape, logits, batch.targets, batch.targetMask);
}

// Attention as a soft dictionary lookup.
//   hard lookup: compare the query with every key (1 if equal, else 0), output the matching value
//   attention:   scores e_j = score(query, key_j)
//                weights α_j = exp(e_j / τ) / Σ_l exp(e_l / τ)        (softmax, temperature τ)
//                attentionValue a = Σ_j α_j value_j
// Bahdanau et al. 2014, eq. (5)–(6): c_i = Σ_j α_ij h_j, α_ij = exp(e_ij) / Σ_l exp(e_il)
// (the paper sums over k; the course writes l, because k is a key), e_ij = a(s_{i-1}, h_j).
// The additive form a(s, h) = v_aᵀ tanh(W_a s + U_a h) is in the paper's appendix A.1.2. In the
// paper the keys and values h_j are a bidirectional encoder's states [→h_j; ←h_j]; in this
// course they are a forward GRU's (see seq2seq.ts for why that is enough).
// The batched versions at the end of this file are the ones the seq2seq model trains with; they
// compute the same thing for a whole batch at once.

import { tanh32 } from "./activation.ts";
import { type MaybeTape, Var, recordBackward } from "./autograd.ts";
import { type AdditiveParams, type ScoreName, additive, cosine, dot, general, scaledDot } from "./scores.ts";
import type { Matrix, Vector } from "./tensor.ts";

/** The result of {@link hardLookup}. */
export interface HardLookupResult<V> {
  /** The dictionary's keys, in order. */
  keys: string[];
  /** 1 where the key equals the query, else 0: the weights of a hard lookup. */
  compare: number[];
  /** The value stored under the matching key, or undefined when no key matches. */
  value: V | undefined;
  /** Whether any key matched. */
  found: boolean;
}

/**
 * A dictionary lookup written the way attention generalises it: compare the query with every
 * key (1 for equal, 0 otherwise) and output the value of the key that matched. With duplicate
 * keys in a list, the first match gives the value. The dictionary may be a list of [key, value]
 * pairs or a Map (both keep their order) or a plain object — but note that JavaScript lists an
 * object's integer-like keys ("2019", "2018") in ascending order, whatever order they were written in.
 *
 * @example
 * const movies = [["2019", "EndGame"], ["2018", "InfinityWar"], ["2012", "Avengers"]] as const;
 * hardLookup(movies, "2018"); // { keys: ["2019", "2018", "2012"], compare: [0, 1, 0], value: "InfinityWar", found: true }
 * hardLookup(movies, "2000").found; // false (and value is undefined)
 */
export function hardLookup<V>(
  dict: ReadonlyArray<readonly [string, V]> | ReadonlyMap<string, V> | Readonly<Record<string, V>>,
  query: string,
): HardLookupResult<V> {
  const entries: ReadonlyArray<readonly [string, V]> = Array.isArray(dict)
    ? (dict as ReadonlyArray<readonly [string, V]>)
    : dict instanceof Map
      ? [...(dict as ReadonlyMap<string, V>)]
      : Object.entries(dict as Readonly<Record<string, V>>);
  const keys = entries.map(([key]) => key);
  const compare = keys.map((key) => (key === query ? 1 : 0));
  const hit = compare.indexOf(1);
  return { keys, compare, value: hit >= 0 ? entries[hit][1] : undefined, found: hit >= 0 };
}

/**
 * Softmax with a temperature: turns scores into weights that are positive and sum to 1.
 * Numerically stable (the largest score is subtracted first). A low temperature sharpens the
 * weights; temperature 0 gives the one-hot vector of the (first) largest score — the hard lookup.
 * Scores of −Infinity get weight 0 (a masked key).
 *
 * @example
 * softmax([1, 2, 3]); // ≈ [0.090, 0.245, 0.665]
 * softmax([1, 2, 3], 0); // [0, 0, 1]
 * softmax([0, 0]); // [0.5, 0.5]
 */
export function softmax(scores: ArrayLike<number>, temperature = 1): Float32Array {
  if (!(temperature >= 0)) throw new RangeError(`softmax: temperature must be ≥ 0, got ${temperature}`);
  const n = scores.length;
  const weights = new Float32Array(n);
  if (n === 0) return weights;
  let best = 0;
  for (let j = 1; j < n; j++) if (scores[j] > scores[best]) best = j;
  const max = scores[best];
  if (max === -Infinity)
    throw new RangeError("softmax: every score is −Infinity, so no weight can be positive");
  if (temperature === 0 || max === Infinity) {
    // The limit τ → 0 (or an infinite score): all the weight on the largest score.
    weights[best] = 1;
    return weights;
  }
  let sum = 0;
  for (let j = 0; j < n; j++) {
    const e = Math.exp((scores[j] - max) / temperature);
    weights[j] = e;
    sum += e;
  }
  for (let j = 0; j < n; j++) weights[j] /= sum;
  return weights;
}

/** A score function given directly: any (query, key) → number. */
export type ScoreFunction = (query: Float32Array, key: Float32Array) => number;

/** Options of {@link attend}. */
export interface AttendOptions {
  /** The score function, by name or as a function. Default "dot". */
  score?: ScoreName | ScoreFunction;
  /** Softmax temperature; 0 gives a hard (one-hot) lookup. Default 1. */
  temperature?: number;
  /** The matrix of the "general" score qᵀ W k. */
  W?: Matrix;
  /** The parameters of the "additive" score vᵀ tanh(W q + U k). */
  additiveParams?: AdditiveParams;
}

/** The result of {@link attend}: one score and one weight per key, and the attention value. */
export interface AttendResult {
  scores: Float32Array;
  weights: Float32Array;
  value: Float32Array;
}

function scoreFunction(options: AttendOptions): ScoreFunction {
  const score = options.score ?? "dot";
  if (typeof score === "function") return score;
  switch (score) {
    case "dot":
      return dot;
    case "scaledDot":
      return scaledDot;
    case "cosine":
      return cosine;
    case "general": {
      const W = options.W;
      if (!W) throw new TypeError('attend: the "general" score needs a matrix W (options.W)');
      return (q, k) => general(q, k, W);
    }
    case "additive": {
      const params = options.additiveParams;
      if (!params)
        throw new TypeError('attend: the "additive" score needs options.additiveParams = { W, U, v }');
      return (q, k) => additive(q, k, params);
    }
    default:
      throw new TypeError(`attend: unknown score "${String(score)}"`);
  }
}

/**
 * Attention: score the query against every key, turn the scores into weights with a softmax, and
 * mix all the values by those weights. The mix is the attention value.
 *
 * @example
 * const keys = [[1, 0], [0, 1]];
 * const values = [[10, 0], [0, 10]];
 * const { weights, value } = attend([1, 0], keys, values); // weights ≈ [0.731, 0.269], value ≈ [7.31, 2.69]
 * attend([1, 0], keys, values, { temperature: 0 }).value; // [10, 0]: the hard lookup
 */
export function attend(
  query: Vector,
  keys: ReadonlyArray<Vector>,
  values: ReadonlyArray<Vector>,
  options: AttendOptions = {},
): AttendResult {
  if (keys.length === 0) throw new RangeError("attend: there must be at least one key");
  if (keys.length !== values.length) {
    throw new RangeError(`attend: ${keys.length} keys but ${values.length} values (one value per key)`);
  }
  const score = scoreFunction(options);
  const q = Float32Array.from(query);
  const scores = Float32Array.from(keys, (key) => score(q, Float32Array.from(key))); // [T]
  const weights = softmax(scores, options.temperature ?? 1); // [T]
  const dim = values[0].length;
  const value = new Float32Array(dim); // [dv]
  for (let j = 0; j < values.length; j++) {
    if (values[j].length !== dim)
      throw new RangeError(`attend: value ${j} has ${values[j].length} numbers, value 0 has ${dim}`);
    for (let d = 0; d < dim; d++) value[d] += weights[j] * values[j][d];
  }
  return { scores, weights, value };
}

// ---------------------------------------------------------------------------------------------
// Batched attention for the seq2seq model (differentiable; time-major layout [T, B, ·]).

/** The result of a batched attention op: the attention value per row and the numbers behind it. */
export interface BatchAttention {
  /** a_b = Σ_t α_bt values[t, b]  — [B, H] */
  attentionValue: Var;
  /** e_bt, −Infinity where masked — [B, T] */
  scores: Float32Array;
  /** α_bt = softmax_t(e_bt) — [B, T] */
  weights: Float32Array;
}

/** Masked softmax over t for each row b: weights[b, t] from scores[b, t]. */
function softmaxRows(scores: Float32Array, weights: Float32Array, B: number, T: number): void {
  for (let b = 0; b < B; b++) {
    const row = softmax(scores.subarray(b * T, (b + 1) * T));
    weights.set(row, b * T);
  }
}

/** a_b = Σ_t α_bt values[t, b]  and, backward, dα_bt = da_b · values[t, b]. */
function mixValues(
  weights: Float32Array,
  values: Var,
  out: Float32Array,
  B: number,
  T: number,
  H: number,
): void {
  for (let t = 0; t < T; t++) {
    for (let b = 0; b < B; b++) {
      const w = weights[b * T + t];
      if (w === 0) continue;
      const base = (t * B + b) * H;
      for (let h = 0; h < H; h++) out[b * H + h] += w * values.data[base + h];
    }
  }
}

/**
 * Backward through a = Σ_t α_t v_t and α = softmax(e): accumulates dvalues and returns de [B, T].
 * de_bt = α_bt (dα_bt − Σ_t' α_bt' dα_bt')
 */
function backwardMix(
  weights: Float32Array,
  values: Var,
  dA: Float32Array,
  B: number,
  T: number,
  H: number,
): Float32Array {
  const de = new Float32Array(B * T); // [B, T]
  const gValues = values.requiresGrad ? values.gradBuffer() : null;
  for (let b = 0; b < B; b++) {
    let mixed = 0;
    for (let t = 0; t < T; t++) {
      const w = weights[b * T + t];
      const base = (t * B + b) * H;
      let dAlpha = 0;
      for (let h = 0; h < H; h++) {
        dAlpha += dA[b * H + h] * values.data[base + h];
        if (gValues) gValues[base + h] += w * dA[b * H + h];
      }
      de[b * T + t] = dAlpha;
      mixed += w * dAlpha;
    }
    for (let t = 0; t < T; t++) de[b * T + t] = weights[b * T + t] * (de[b * T + t] - mixed);
  }
  return de;
}

/**
 * What every batched attention does once it has its scores e [B, T] (computed where mask is 1):
 * e = −Infinity where mask is 0 (padding), α_b = softmax_t(e_b) and a_b = Σ_t α_bt values_tb
 * (values [T, B, H]). Backward, de [B, T] goes to `scoresBackward`, which passes it on to whatever
 * the scores were computed from (`inputs`, besides the values).
 */
function attendBatch(
  tape: MaybeTape,
  inputs: Var[],
  values: Var,
  mask: Float32Array | null,
  scores: Float32Array,
  scoresBackward: (de: Float32Array) => void,
): BatchAttention {
  const T = values.shape[0];
  const B = values.shape[1];
  const H = values.shape[2];
  if (mask) {
    for (let t = 0; t < T; t++)
      for (let b = 0; b < B; b++) if (mask[t * B + b] === 0) scores[b * T + t] = -Infinity;
  }
  const weights = new Float32Array(B * T); // [B, T]
  softmaxRows(scores, weights, B, T);
  const needs = tape !== null && [...inputs, values].some((x) => x.requiresGrad);
  const out = new Var(new Float32Array(B * H), [B, H], needs); // [B, H]
  mixValues(weights, values, out.data, B, T, H);
  recordBackward(tape, out, (dA) => {
    scoresBackward(backwardMix(weights, values, dA, B, T, H)); // de [B, T]
  });
  return { attentionValue: out, scores, weights };
}

/**
 * Batched additive attention (Bahdanau et al. 2014, appendix A.1.2), with the projections done outside:
 *   e_bt = vᵀ tanh(queryProj_b + keysProj_tb),  queryProj = W_a s_{i-1} [B, A],  keysProj = U_a h [T, B, A]
 *   α_b = softmax_t(e_b) over unmasked t,  a_b = Σ_t α_bt values_tb.
 * mask[t * B + b] is 1 for a real input position and 0 for padding.
 */
export function additiveAttention(
  tape: MaybeTape,
  queryProj: Var,
  keysProj: Var,
  values: Var,
  v: Var,
  mask: Float32Array | null,
): BatchAttention {
  const [T, B, A] = keysProj.shape;
  const training = tape !== null && [queryProj, keysProj, values, v].some((x) => x.requiresGrad);
  // tanh(queryProj_b + keysProj_tb), kept only for the backward pass  [T, B, A]
  const hidden = training ? new Float32Array(T * B * A) : null;
  const scores = new Float32Array(B * T); // [B, T]; −Infinity where masked, set by attendBatch
  const q = queryProj.data;
  const k = keysProj.data;
  const va = v.data;
  for (let t = 0; t < T; t++) {
    for (let b = 0; b < B; b++) {
      const at = t * B + b;
      if (mask && mask[at] === 0) continue;
      const qa = b * A;
      const ka = at * A;
      let e = 0;
      for (let a = 0; a < A; a++) {
        const u = tanh32(q[qa + a] + k[ka + a]);
        if (hidden) hidden[ka + a] = u;
        e += va[a] * u;
      }
      scores[b * T + t] = e;
    }
  }
  return attendBatch(tape, [queryProj, keysProj, v], values, mask, scores, (de) => {
    const gq = queryProj.requiresGrad ? queryProj.gradBuffer() : null;
    const gk = keysProj.requiresGrad ? keysProj.gradBuffer() : null;
    const gv = v.requiresGrad ? v.gradBuffer() : null;
    for (let t = 0; t < T; t++) {
      for (let b = 0; b < B; b++) {
        const d = de[b * T + t];
        if (d === 0) continue;
        const at = t * B + b;
        for (let a = 0; a < A; a++) {
          const u = hidden![at * A + a];
          if (gv) gv[a] += d * u;
          const dPre = d * v.data[a] * (1 - u * u); // through tanh
          if (gq) gq[b * A + a] += dPre;
          if (gk) gk[at * A + a] += dPre;
        }
      }
    }
  });
}

/**
 * Batched dot-product attention: e_bt = queryProj_b · keys_tb (with queryProj = s W this is the
 * "general" score of Luong et al. 2015), α_b = softmax_t(e_b), a_b = Σ_t α_bt values_tb.
 */
export function dotAttention(
  tape: MaybeTape,
  queryProj: Var,
  keys: Var,
  values: Var,
  mask: Float32Array | null,
): BatchAttention {
  const [T, B, K] = keys.shape;
  const scores = new Float32Array(B * T); // [B, T]; −Infinity where masked, set by attendBatch
  for (let t = 0; t < T; t++) {
    for (let b = 0; b < B; b++) {
      const at = t * B + b;
      if (mask && mask[at] === 0) continue;
      let e = 0;
      for (let k = 0; k < K; k++) e += queryProj.data[b * K + k] * keys.data[at * K + k];
      scores[b * T + t] = e;
    }
  }
  return attendBatch(tape, [queryProj, keys], values, mask, scores, (de) => {
    // dqueryProj_b = Σ_t de_bt keys_tb: the keys mixed by de, as the values are mixed by α
    if (queryProj.requiresGrad) mixValues(de, keys, queryProj.gradBuffer(), B, T, K);
    if (!keys.requiresGrad) return;
    const gk = keys.gradBuffer(); // dkeys_tb = de_bt queryProj_b
    for (let t = 0; t < T; t++) {
      for (let b = 0; b < B; b++) {
        const d = de[b * T + t];
        if (d !== 0) for (let k = 0; k < K; k++) gk[(t * B + b) * K + k] += d * queryProj.data[b * K + k];
      }
    }
  });
}

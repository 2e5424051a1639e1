// Score functions: how well does a query match a key? One number per (query, key) pair.
//   dot        q · k                              (Luong et al. 2015, eq. (8), "dot")
//   scaledDot  q · k / √d                         (Vaswani et al. 2017, eq. (1))
//   cosine     q · k / (‖q‖ ‖k‖)
//   general    qᵀ W k                             (Luong et al. 2015, eq. (8), "general")
//   additive   vᵀ tanh(W q + U k)                 (Bahdanau et al. 2014, appendix A.1.2:
//                                                  e_ij = v_aᵀ tanh(W_a s_{i-1} + U_a h_j);
//                                                  eq. (6) writes it as e_ij = a(s_{i-1}, h_j))

import type { Matrix } from "./tensor.ts";

/** The names of the score functions, for choosing one by name. */
export type ScoreName = "dot" | "scaledDot" | "cosine" | "general" | "additive";

/** The parameters of the additive score vᵀ tanh(W q + U k): W is [A × dq], U is [A × dk], v has A entries. */
export interface AdditiveParams {
  W: Matrix;
  U: Matrix;
  v: ArrayLike<number>;
}

function sameLength(q: ArrayLike<number>, k: ArrayLike<number>, what: string): void {
  if (q.length !== k.length) {
    throw new RangeError(`${what}: query has ${q.length} numbers but key has ${k.length}`);
  }
}

/**
 * Dot-product score q · k: large when query and key point the same way and are long.
 *
 * @example
 * dot([1, 2], [3, 4]); // 11
 */
export function dot(query: ArrayLike<number>, key: ArrayLike<number>): number {
  sameLength(query, key, "dot");
  let s = 0;
  for (let i = 0; i < query.length; i++) s += query[i] * key[i];
  return s;
}

/**
 * Scaled dot-product score q · k / √d (d = vector length), as in the Transformer.
 *
 * @example
 * scaledDot([1, 1, 1, 1], [1, 1, 1, 1]); // 4 / √4 = 2
 */
export function scaledDot(query: ArrayLike<number>, key: ArrayLike<number>): number {
  return query.length === 0 ? 0 : dot(query, key) / Math.sqrt(query.length);
}

/**
 * Cosine similarity q · k / (‖q‖ ‖k‖): only the angle counts, from −1 to 1 (0 for a zero vector).
 *
 * @example
 * cosine([1, 0], [0, 2]); // 0
 * cosine([1, 1], [2, 2]); // 1
 */
export function cosine(query: ArrayLike<number>, key: ArrayLike<number>): number {
  const qq = dot(query, query);
  const kk = dot(key, key);
  return qq === 0 || kk === 0 ? 0 : dot(query, key) / Math.sqrt(qq * kk);
}

/** y = M x for a matrix given as rows. */
export function matVec(M: Matrix, x: ArrayLike<number>, what: string): Float32Array {
  const y = new Float32Array(M.length);
  for (let r = 0; r < M.length; r++) {
    if (M[r].length !== x.length) {
      throw new RangeError(
        `${what}: matrix row ${r} has ${M[r].length} numbers but the vector has ${x.length}`,
      );
    }
    y[r] = dot(M[r], x);
  }
  return y;
}

/**
 * General (bilinear) score qᵀ W k, with W given as rows: W has one row per query entry and one
 * column per key entry.
 *
 * @example
 * general([1, 0], [0, 1], [[0, 2], [0, 0]]); // q·(W k) = 2
 */
export function general(query: ArrayLike<number>, key: ArrayLike<number>, W: Matrix): number {
  if (W.length !== query.length) {
    throw new RangeError(`general: W has ${W.length} rows but the query has ${query.length} numbers`);
  }
  return dot(query, matVec(W, key, "general"));
}

/**
 * Additive score vᵀ tanh(W q + U k): a one-hidden-layer network that rates a (query, key) pair.
 *
 * @example
 * additive([1, 0], [0, 1], { W: [[1, 0]], U: [[0, 1]], v: [1] }); // tanh(1 + 1) ≈ 0.964
 */
export function additive(query: ArrayLike<number>, key: ArrayLike<number>, params: AdditiveParams): number {
  const Wq = matVec(params.W, query, "additive (W q)"); // [A]
  const Uk = matVec(params.U, key, "additive (U k)"); // [A]
  if (Wq.length !== Uk.length || Wq.length !== params.v.length) {
    throw new RangeError(
      `additive: W, U and v disagree on the hidden size (${Wq.length}, ${Uk.length}, ${params.v.length})`,
    );
  }
  let s = 0;
  for (let a = 0; a < Wq.length; a++) s += params.v[a] * Math.tanh(Wq[a] + Uk[a]);
  return s;
}

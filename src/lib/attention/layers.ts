// The layers the seq2seq model is made of: embedding, linear and the GRU cell.
// GRU: Cho et al. 2014, eq. (5)–(8), in the form cuDNN and PyTorch use (reset gate applied after
// the recurrent matrix product):
//   r = σ(x W_r + b_r + h U_r + c_r)            reset gate
//   z = σ(x W_z + b_z + h U_z + c_z)            update gate
//   n = tanh(x W_n + b_n + r ⊙ (h U_n + c_n))   candidate state
//   h' = (1 − z) ⊙ n + z ⊙ h
// The three gates are stored side by side: Wx = [W_r | W_z | W_n]  [I, 3H],  Wh = [U_r | U_z | U_n]  [H, 3H].
// The course runs a fused version of the same cell (fast/gru.ts); setFast(false) runs the one below.

import {
  type MaybeTape,
  Var,
  add,
  addBias,
  columns,
  constant,
  matmul,
  mul,
  oneMinus,
  parameter,
  sigmoid,
  stack,
  step,
  tanh,
} from "./autograd.ts";
import { fastPaths } from "./fast/index.ts";
import { fusedGruCell, fusedGruSequence } from "./fast/gru.ts";
import type { Rng } from "./rng.ts";

/** Uniform initial values in [−limit, limit). */
function uniform(rng: Rng, size: number, limit: number): Float32Array {
  const data = new Float32Array(size);
  for (let i = 0; i < size; i++) data[i] = rng.uniform(-limit, limit);
  return data;
}

/** An embedding table [vocab, dim], initialised uniformly in ±0.5. */
export function initEmbedding(rng: Rng, vocab: number, dim: number): Var {
  return parameter(uniform(rng, vocab * dim, 0.5), [vocab, dim]);
}

/** The parameters of a linear layer y = x W + b. */
export interface LinearParams {
  W: Var; // [in, out]
  b: Var; // [out]
}

/** A linear layer with Glorot-uniform weights and zero bias. */
export function initLinear(rng: Rng, inDim: number, outDim: number): LinearParams {
  const limit = Math.sqrt(6 / (inDim + outDim));
  return {
    W: parameter(uniform(rng, inDim * outDim, limit), [inDim, outDim]),
    b: parameter(new Float32Array(outDim), [outDim]),
  };
}

/** y = x W + b  — x [..., in] → y [..., out] */
export function linear(tape: MaybeTape, x: Var, p: LinearParams): Var {
  return addBias(tape, matmul(tape, x, p.W), p.b);
}

/** The parameters of a GRU cell. */
export interface GruParams {
  Wx: Var; // [I, 3H]
  Wh: Var; // [H, 3H]
  bx: Var; // [3H]
  bh: Var; // [3H]
}

/** A GRU cell with weights uniform in ±1/√H (as PyTorch does). */
export function initGru(rng: Rng, inputDim: number, hiddenDim: number): GruParams {
  const limit = 1 / Math.sqrt(hiddenDim);
  const g = 3 * hiddenDim;
  return {
    Wx: parameter(uniform(rng, inputDim * g, limit), [inputDim, g]),
    Wh: parameter(uniform(rng, hiddenDim * g, limit), [hiddenDim, g]),
    bx: parameter(uniform(rng, g, limit), [g]),
    bh: parameter(uniform(rng, g, limit), [g]),
  };
}

/**
 * One GRU step for a batch: x [B, I], h [B, H] → h' [B, H], the four equations at the top of this
 * file, one autograd operation at a time. Rows whose mask is 0 (padding) keep their state
 * unchanged, so the last state of a padded sequence is the state after its last real token.
 */
export function gruCell(
  tape: MaybeTape,
  x: Var,
  h: Var,
  p: GruParams,
  mask: Float32Array | null = null,
): Var {
  const I = x.shape[1];
  const H = h.shape[1];
  if (p.Wx.shape[0] !== I || p.Wh.shape[0] !== H || p.Wx.shape[1] !== 3 * H) {
    throw new RangeError(
      `gruCell: input [${x.shape.join(", ")}] and state [${h.shape.join(", ")}] do not fit the weights`,
    );
  }
  if (fastPaths()) return fusedGruCell(tape, x, h, p, mask);
  const gx = addBias(tape, matmul(tape, x, p.Wx), p.bx); // x Wx + bx  [B, 3H]
  const gh = addBias(tape, matmul(tape, h, p.Wh), p.bh); // h Wh + bh  [B, 3H]
  const gate = (g: Var, k: number) => columns(tape, g, k * H, H); // gate k of [r | z | n]  [B, H]
  const r = sigmoid(tape, add(tape, gate(gx, 0), gate(gh, 0))); // reset gate  [B, H]
  const z = sigmoid(tape, add(tape, gate(gx, 1), gate(gh, 1))); // update gate  [B, H]
  const n = tanh(tape, add(tape, gate(gx, 2), mul(tape, r, gate(gh, 2)))); // candidate  [B, H]
  const next = add(tape, mul(tape, oneMinus(tape, z), n), mul(tape, z, h)); // h'  [B, H]
  if (mask === null) return next;
  // Padding rows keep h: h' ← m ⊙ h' + (1 − m) ⊙ h, with m the mask spread over each row.
  const m = constant(
    Float32Array.from({ length: next.data.length }, (_, i) => mask[Math.floor(i / H)]),
    [...h.shape],
  );
  return add(tape, mul(tape, m, next), mul(tape, oneMinus(tape, m), h));
}

/**
 * The GRU run over a whole padded sequence: xs [T, B, I], h0 [B, H] → states [T, B, H], by
 * calling {@link gruCell} once per time step (backpropagation through time comes from the tape).
 */
export function gruSequence(
  tape: MaybeTape,
  xs: Var,
  h0: Var,
  p: GruParams,
  mask: Float32Array | null = null,
): Var {
  const [T, B, I] = xs.shape;
  const H = h0.shape[1];
  if (p.Wx.shape[0] !== I || p.Wh.shape[0] !== H || p.Wx.shape[1] !== 3 * H || h0.shape[0] !== B) {
    throw new RangeError(
      `gruSequence: inputs [${xs.shape.join(", ")}] and state [${h0.shape.join(", ")}] do not fit the weights`,
    );
  }
  if (fastPaths()) return fusedGruSequence(tape, xs, h0, p, mask);
  if (T === 0) return constant(new Float32Array(0), [0, B, H]);
  const states: Var[] = [];
  let h = h0;
  for (let t = 0; t < T; t++) {
    h = gruCell(tape, step(tape, xs, t), h, p, mask && mask.subarray(t * B, (t + 1) * B)); // h_t  [B, H]
    states.push(h);
  }
  return stack(tape, states); // [T, B, H]
}

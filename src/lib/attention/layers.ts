// The layers the seq2seq model is made of: embedding, linear and the GRU cell.
// GRU: Cho et al. 2014, eq. (5)–(8), in the form cuDNN and PyTorch use (reset gate applied after
// the recurrent matrix product):
//   r = σ(x W_r + b_r + h U_r + c_r)            reset gate
//   z = σ(x W_z + b_z + h U_z + c_z)            update gate
//   n = tanh(x W_n + b_n + r ⊙ (h U_n + c_n))   candidate state
//   h' = (1 − z) ⊙ n + z ⊙ h
// The three gates are stored side by side: Wx = [W_r | W_z | W_n]  [I, 3H],  Wh = [U_r | U_z | U_n]  [H, 3H].

import { type MaybeTape, Var, addBias, matmul, parameter } from "./autograd.ts";
import type { Rng } from "./rng.ts";
import { gemm } from "./tensor.ts";

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

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * One GRU step for a batch: x [B, I], h [B, H] → h' [B, H]. Rows whose mask is 0 (padding) keep
 * their state unchanged, so the last state of a padded sequence is the state after its last
 * real token. Forward and backward are written out (fused) because this op runs T times per batch.
 */
export function gruCell(tape: MaybeTape, x: Var, h: Var, p: GruParams, mask: Float32Array | null = null): Var {
  const [B, I] = x.shape;
  const H = h.shape[1];
  const G = 3 * H;
  if (p.Wx.shape[0] !== I || p.Wh.shape[0] !== H || p.Wx.shape[1] !== G) {
    throw new RangeError(`gruCell: input [${x.shape.join(", ")}] and state [${h.shape.join(", ")}] do not fit the weights`);
  }
  const gx = new Float32Array(B * G); // x Wx + bx  [B, 3H]
  const gh = new Float32Array(B * G); // h Wh + bh  [B, 3H]
  gemm(x.data, p.Wx.data, gx, B, I, G);
  gemm(h.data, p.Wh.data, gh, B, H, G);
  const r = new Float32Array(B * H); // [B, H]
  const z = new Float32Array(B * H); // [B, H]
  const n = new Float32Array(B * H); // [B, H]
  const needs = tape !== null && [x, h, p.Wx, p.Wh, p.bx, p.bh].some((v) => v.requiresGrad);
  const out = new Var(new Float32Array(B * H), [B, H], needs); // h'  [B, H]
  for (let b = 0; b < B; b++) {
    const keep = mask !== null && mask[b] === 0;
    for (let j = 0; j < H; j++) {
      const o = b * G + j;
      const s = b * H + j;
      if (keep) {
        out.data[s] = h.data[s];
        continue;
      }
      const rr = sigmoid(gx[o] + p.bx.data[j] + gh[o] + p.bh.data[j]);
      const zz = sigmoid(gx[o + H] + p.bx.data[j + H] + gh[o + H] + p.bh.data[j + H]);
      gh[o + 2 * H] += p.bh.data[j + 2 * H]; // keep h U_n + c_n for the backward pass
      const nn = Math.tanh(gx[o + 2 * H] + p.bx.data[j + 2 * H] + rr * gh[o + 2 * H]);
      r[s] = rr;
      z[s] = zz;
      n[s] = nn;
      out.data[s] = (1 - zz) * nn + zz * h.data[s];
    }
  }
  if (needs) {
    tape!.record(() => {
      const dOut = out.grad;
      if (dOut === null) return;
      const dgx = new Float32Array(B * G); // d(x Wx + bx)  [B, 3H]
      const dgh = new Float32Array(B * G); // d(h Wh + bh)  [B, 3H]
      const dh = h.requiresGrad ? h.gradBuffer() : null;
      for (let b = 0; b < B; b++) {
        const keep = mask !== null && mask[b] === 0;
        for (let j = 0; j < H; j++) {
          const s = b * H + j;
          const o = b * G + j;
          const d = dOut[s];
          if (keep) {
            if (dh) dh[s] += d;
            continue;
          }
          const rr = r[s], zz = z[s], nn = n[s];
          const dPreN = d * (1 - zz) * (1 - nn * nn); // through tanh
          const dPreZ = d * (h.data[s] - nn) * zz * (1 - zz); // through σ
          const dPreR = dPreN * gh[o + 2 * H] * rr * (1 - rr); // through σ
          dgx[o] = dPreR;
          dgx[o + H] = dPreZ;
          dgx[o + 2 * H] = dPreN;
          dgh[o] = dPreR;
          dgh[o + H] = dPreZ;
          dgh[o + 2 * H] = dPreN * rr;
          if (dh) dh[s] += d * zz;
        }
      }
      if (p.Wx.requiresGrad) gemm(x.data, dgx, p.Wx.gradBuffer(), I, B, G, { transposeA: true, accumulate: true });
      if (p.Wh.requiresGrad) gemm(h.data, dgh, p.Wh.gradBuffer(), H, B, G, { transposeA: true, accumulate: true });
      if (x.requiresGrad) gemm(dgx, p.Wx.data, x.gradBuffer(), B, G, I, { transposeB: true, accumulate: true });
      if (dh) gemm(dgh, p.Wh.data, dh, B, G, H, { transposeB: true, accumulate: true });
      const gbx = p.bx.requiresGrad ? p.bx.gradBuffer() : null;
      const gbh = p.bh.requiresGrad ? p.bh.gradBuffer() : null;
      for (let i = 0; i < B * G; i++) {
        if (gbx) gbx[i % G] += dgx[i];
        if (gbh) gbh[i % G] += dgh[i];
      }
    });
  }
  return out;
}

// The GRU of ../layers.ts with its forward and backward passes written out by hand (see index.ts
// in this folder). The same equations, gate for gate; the numbers agree with the readable version
// to float32 rounding (tests/lib/fast-paths.test.ts).

import { sigmoid32, tanh32 } from "../activation.ts";
import { Var, recordBackward } from "../autograd.ts";
import type { GruParams, gruCell, gruSequence } from "../layers.ts";
import { fastGemm as gemm } from "./gemm.ts";

/**
 * gruCell of ../layers.ts with its forward and backward passes written out (fused): one pass over
 * the gates instead of a dozen autograd operations, because this op runs T times per batch.
 */
export const fusedGruCell: typeof gruCell = (tape, x, h, p, mask = null) => {
  const [B, I] = x.shape;
  const H = h.shape[1];
  const G = 3 * H;
  const gx = new Float32Array(B * G); // x Wx + bx  [B, 3H]
  const gh = new Float32Array(B * G); // h Wh + bh  [B, 3H]
  gemm(x.data, p.Wx.data, gx, B, I, G);
  gemm(h.data, p.Wh.data, gh, B, H, G);
  const needs = tape !== null && [x, h, p.Wx, p.Wh, p.bx, p.bh].some((v) => v.requiresGrad);
  // The gates, kept only for the backward pass  [B, H] each
  const r = needs ? new Float32Array(B * H) : null;
  const z = needs ? new Float32Array(B * H) : null;
  const n = needs ? new Float32Array(B * H) : null;
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
      const rr = sigmoid32(gx[o] + p.bx.data[j] + gh[o] + p.bh.data[j]);
      const zz = sigmoid32(gx[o + H] + p.bx.data[j + H] + gh[o + H] + p.bh.data[j + H]);
      const hn = gh[o + 2 * H] + p.bh.data[j + 2 * H]; // h U_n + c_n
      gh[o + 2 * H] = hn; // kept for the backward pass
      const nn = tanh32(gx[o + 2 * H] + p.bx.data[j + 2 * H] + rr * hn);
      if (r && z && n) {
        r[s] = rr;
        z[s] = zz;
        n[s] = nn;
      }
      out.data[s] = (1 - zz) * nn + zz * h.data[s];
    }
  }
  recordBackward(tape, out, (dOut) => {
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
        const direct = gatesBackward(d, r![s], z![s], n![s], h.data[s], gh[o + 2 * H], dgx, dgh, o, H);
        if (dh) dh[s] += direct;
      }
    }
    if (dh) gemm(dgh, p.Wh.data, dh, B, G, H, { transposeB: true, accumulate: true });
    weightGradients(p, x, h.data, dgx, dgh, B);
  });
  return out;
};

/**
 * gruSequence of ../layers.ts, fused: the input products x_t W for all t are one matrix product,
 * and so are the weight gradients; only h_{t-1} U must go step by step. Backward runs through
 * time from t = T−1 down to 0 (backpropagation through time).
 */
export const fusedGruSequence: typeof gruSequence = (tape, xs, h0, p, mask = null) => {
  const [T, B, I] = xs.shape;
  const H = h0.shape[1];
  const G = 3 * H;
  const N = T * B;
  const gx = new Float32Array(N * G); // x_t Wx for every t  [T, B, 3H]
  gemm(xs.data, p.Wx.data, gx, N, I, G);
  const gh = new Float32Array(B * G); // h_{t-1} Wh  [B, 3H]
  const needs = tape !== null && [xs, h0, p.Wx, p.Wh, p.bx, p.bh].some((v) => v.requiresGrad);
  // Kept only for the backward pass: h_{t-1}, the gates, h_{t-1} U_n + c_n for every t  [T, B, H]
  const saved = (): Float32Array => new Float32Array(needs ? N * H : 0);
  const hPrev = saved();
  const r = saved();
  const z = saved();
  const n = saved();
  const ghn = saved();
  const out = new Var(new Float32Array(N * H), [T, B, H], needs); // h_1..h_T  [T, B, H]
  const bx = p.bx.data;
  const bh = p.bh.data;
  for (let t = 0; t < T; t++) {
    const prev = t === 0 ? h0.data : out.data.subarray((t - 1) * B * H, t * B * H); // [B, H]
    if (needs) hPrev.set(prev, t * B * H);
    gemm(prev, p.Wh.data, gh, B, H, G);
    for (let b = 0; b < B; b++) {
      const row = t * B + b;
      const keep = mask !== null && mask[row] === 0;
      for (let j = 0; j < H; j++) {
        const s = row * H + j;
        if (keep) {
          out.data[s] = prev[b * H + j];
          continue;
        }
        const o = row * G + j;
        const q = b * G + j;
        const rr = sigmoid32(gx[o] + bx[j] + gh[q] + bh[j]);
        const zz = sigmoid32(gx[o + H] + bx[j + H] + gh[q + H] + bh[j + H]);
        const hn = gh[q + 2 * H] + bh[j + 2 * H];
        const nn = tanh32(gx[o + 2 * H] + bx[j + 2 * H] + rr * hn);
        if (needs) {
          r[s] = rr;
          z[s] = zz;
          n[s] = nn;
          ghn[s] = hn;
        }
        out.data[s] = (1 - zz) * nn + zz * prev[b * H + j];
      }
    }
  }
  recordBackward(tape, out, (dOut) => {
    const dgx = new Float32Array(N * G); // [T, B, 3H]
    const dgh = new Float32Array(N * G); // [T, B, 3H]
    const dh = new Float32Array(B * H); // d(loss)/d h_t, carried backwards through time  [B, H]
    for (let t = T - 1; t >= 0; t--) {
      const carried = new Float32Array(B * H); // d(loss)/d h_{t-1} through step t  [B, H]
      for (let b = 0; b < B; b++) {
        const row = t * B + b;
        const keep = mask !== null && mask[row] === 0;
        for (let j = 0; j < H; j++) {
          const s = row * H + j;
          const d = dOut[s] + dh[b * H + j];
          if (keep) {
            carried[b * H + j] = d;
            continue;
          }
          const o = row * G + j;
          carried[b * H + j] = gatesBackward(d, r[s], z[s], n[s], hPrev[s], ghn[s], dgx, dgh, o, H);
        }
      }
      gemm(dgh.subarray(t * B * G, (t + 1) * B * G), p.Wh.data, carried, B, G, H, {
        transposeB: true,
        accumulate: true,
      });
      dh.set(carried);
    }
    if (h0.requiresGrad) {
      const g = h0.gradBuffer();
      for (let i = 0; i < g.length; i++) g[i] += dh[i];
    }
    weightGradients(p, xs, hPrev, dgx, dgh, N);
  });
  return out;
};

/**
 * Backward through the gates of one unit, given d = d(loss)/d h' for it, the gates r, z, n it
 * saved, its previous state h and hn = (h U_n + c_n): writes d(x Wx + bx) and d(h Wh + bh) for
 * the unit at o, o + H and o + 2H, and returns the part of d(loss)/d h that does not go through
 * the matrix product (the z ⊙ h term of h').
 */
function gatesBackward(
  d: number,
  r: number,
  z: number,
  n: number,
  h: number,
  hn: number,
  dgx: Float32Array,
  dgh: Float32Array,
  o: number,
  H: number,
): number {
  const dPreN = d * (1 - z) * (1 - n * n); // through tanh
  const dPreZ = d * (h - n) * z * (1 - z); // through σ
  const dPreR = dPreN * hn * r * (1 - r); // through σ
  dgx[o] = dPreR;
  dgx[o + H] = dPreZ;
  dgx[o + 2 * H] = dPreN;
  dgh[o] = dPreR;
  dgh[o + H] = dPreZ;
  dgh[o + 2 * H] = dPreN * r;
  return d * z;
}

/**
 * From d(x Wx + bx) and d(h Wh + bh) [rows, 3H] to the gradients of Wx, Wh, bx, bh and of the
 * input x [rows, I], where h [rows, H] holds the states the gates read.
 */
function weightGradients(
  p: GruParams,
  x: Var,
  h: Float32Array,
  dgx: Float32Array,
  dgh: Float32Array,
  rows: number,
): void {
  const [I, G] = p.Wx.shape;
  const H = p.Wh.shape[0];
  if (p.Wx.requiresGrad)
    gemm(x.data, dgx, p.Wx.gradBuffer(), I, rows, G, { transposeA: true, accumulate: true });
  if (p.Wh.requiresGrad) gemm(h, dgh, p.Wh.gradBuffer(), H, rows, G, { transposeA: true, accumulate: true });
  if (x.requiresGrad)
    gemm(dgx, p.Wx.data, x.gradBuffer(), rows, G, I, { transposeB: true, accumulate: true });
  const gbx = p.bx.requiresGrad ? p.bx.gradBuffer() : null;
  const gbh = p.bh.requiresGrad ? p.bh.gradBuffer() : null;
  for (let i = 0; i < rows * G; i++) {
    if (gbx) gbx[i % G] += dgx[i];
    if (gbh) gbh[i % G] += dgh[i];
  }
}

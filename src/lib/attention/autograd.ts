// Reverse-mode automatic differentiation, small enough to read (in the spirit of micrograd).
// Each op computes its result and, when a tape is recording, pushes a closure that turns the
// gradient of the result into gradients of the inputs (the chain rule, one op at a time).
// Calling tape.backward(loss) runs those closures newest-first. Forward and backward of each op
// sit side by side below.

import { sigmoid32, tanh32 } from "./activation.ts";
import { gemm, sizeOf } from "./tensor.ts";

/** A tensor that can carry a gradient: the unit the model and its training are written in. */
export class Var {
  data: Float32Array;
  shape: number[];
  /** d(loss)/d(this), allocated on first use; null until then. */
  grad: Float32Array | null;
  /** True for parameters and for results computed from them while a tape records. */
  requiresGrad: boolean;

  constructor(data: Float32Array, shape: number[], requiresGrad = false) {
    if (data.length !== sizeOf(shape)) {
      throw new RangeError(`Var: ${data.length} numbers do not fill shape [${shape.join(", ")}]`);
    }
    this.data = data;
    this.shape = shape;
    this.grad = null;
    this.requiresGrad = requiresGrad;
  }

  /** The gradient buffer, created as zeros the first time it is needed. */
  gradBuffer(): Float32Array {
    if (this.grad === null) this.grad = new Float32Array(this.data.length);
    return this.grad;
  }
}

/** Records the backward step of every op run with it, to replay them in reverse. */
export class Tape {
  private readonly steps: Array<() => void> = [];

  /** Remember one op's backward step. */
  record(backward: () => void): void {
    this.steps.push(backward);
  }

  /** How many ops were recorded. */
  get length(): number {
    return this.steps.length;
  }

  /** Seed d(loss)/d(loss) = 1 and run every recorded backward step, newest first. */
  backward(loss: Var): void {
    if (loss.data.length !== 1) throw new RangeError("backward: the loss must be a scalar");
    loss.gradBuffer()[0] = 1;
    for (let i = this.steps.length - 1; i >= 0; i--) this.steps[i]();
    this.steps.length = 0;
  }
}

/** A tape, or null for inference (nothing is recorded, nothing is kept). */
export type MaybeTape = Tape | null;

/** A constant input (no gradient). */
export function constant(data: Float32Array, shape: number[]): Var {
  return new Var(data, shape, false);
}

/** A trainable parameter (its gradient is collected). */
export function parameter(data: Float32Array, shape: number[]): Var {
  return new Var(data, shape, true);
}

/** The result of an op: it needs a gradient if a tape records and any input needs one. */
function output(tape: MaybeTape, shape: number[], inputs: Var[]): Var {
  const needs = tape !== null && inputs.some((v) => v.requiresGrad);
  return new Var(new Float32Array(sizeOf(shape)), shape, needs);
}

/**
 * Records the backward step of an op whose result is `out`, when it has one (a tape records and
 * some input needs a gradient): later, tape.backward calls `backward(dOut)` with d(loss)/d(out).
 */
export function recordBackward(tape: MaybeTape, out: Var, backward: (dOut: Float32Array) => void): void {
  if (tape === null || !out.requiresGrad) return;
  tape.record(() => {
    if (out.grad !== null) backward(out.grad);
  });
}

function lastDim(v: Var): number {
  return v.shape[v.shape.length - 1];
}

// ---------------------------------------------------------------------------------------------
// matmul: C = A·B, A [..., K] (leading dims flattened to rows), B [K, N]
// dA = dC·Bᵀ, dB = Aᵀ·dC

export function matmul(tape: MaybeTape, a: Var, b: Var): Var {
  const k = lastDim(a);
  if (b.shape.length !== 2 || b.shape[0] !== k) {
    throw new RangeError(`matmul: cannot multiply [${a.shape.join(", ")}] by [${b.shape.join(", ")}]`);
  }
  const n = b.shape[1];
  const m = a.data.length / k;
  const out = output(tape, [...a.shape.slice(0, -1), n], [a, b]); // [..., N]
  gemm(a.data, b.data, out.data, m, k, n);
  recordBackward(tape, out, (dC) => {
    if (a.requiresGrad) gemm(dC, b.data, a.gradBuffer(), m, n, k, { transposeB: true, accumulate: true });
    if (b.requiresGrad) gemm(a.data, dC, b.gradBuffer(), k, m, n, { transposeA: true, accumulate: true });
  });
  return out;
}

// add: C = A + B (same shape); dA = dC, dB = dC

export function add(tape: MaybeTape, a: Var, b: Var): Var {
  if (a.data.length !== b.data.length) throw new RangeError("add: shapes differ");
  const out = output(tape, [...a.shape], [a, b]);
  for (let i = 0; i < out.data.length; i++) out.data[i] = a.data[i] + b.data[i];
  recordBackward(tape, out, (dC) => {
    for (const x of [a, b]) {
      if (!x.requiresGrad) continue;
      const g = x.gradBuffer();
      for (let i = 0; i < g.length; i++) g[i] += dC[i];
    }
  });
  return out;
}

// addBias: C[r, j] = A[r, j] + bias[j]; dA = dC, dbias[j] = Σ_r dC[r, j]

export function addBias(tape: MaybeTape, a: Var, bias: Var): Var {
  const n = lastDim(a);
  if (bias.data.length !== n) throw new RangeError("addBias: bias length differs from the last dimension");
  const out = output(tape, [...a.shape], [a, bias]);
  for (let i = 0; i < out.data.length; i++) out.data[i] = a.data[i] + bias.data[i % n];
  recordBackward(tape, out, (dC) => {
    if (a.requiresGrad) {
      const g = a.gradBuffer();
      for (let i = 0; i < g.length; i++) g[i] += dC[i];
    }
    if (bias.requiresGrad) {
      const g = bias.gradBuffer();
      for (let i = 0; i < dC.length; i++) g[i % n] += dC[i];
    }
  });
  return out;
}

// mul: C = A ⊙ B; dA = dC ⊙ B, dB = dC ⊙ A

export function mul(tape: MaybeTape, a: Var, b: Var): Var {
  if (a.data.length !== b.data.length) throw new RangeError("mul: shapes differ");
  const out = output(tape, [...a.shape], [a, b]);
  for (let i = 0; i < out.data.length; i++) out.data[i] = a.data[i] * b.data[i];
  recordBackward(tape, out, (dC) => {
    if (a.requiresGrad) {
      const g = a.gradBuffer();
      for (let i = 0; i < g.length; i++) g[i] += dC[i] * b.data[i];
    }
    if (b.requiresGrad) {
      const g = b.gradBuffer();
      for (let i = 0; i < g.length; i++) g[i] += dC[i] * a.data[i];
    }
  });
  return out;
}

// elementwise: y = f(x) one number at a time; dx = dy ⊙ f'(x), written by each op as
// backward(dy, y) (the slopes of tanh and σ are simplest in terms of y)

function elementwise(
  tape: MaybeTape,
  x: Var,
  f: (x: number) => number,
  backward: (dy: number, y: number) => number,
): Var {
  const out = output(tape, [...x.shape], [x]);
  for (let i = 0; i < out.data.length; i++) out.data[i] = f(x.data[i]);
  recordBackward(tape, out, (dy) => {
    const g = x.gradBuffer();
    for (let i = 0; i < g.length; i++) g[i] += backward(dy[i], out.data[i]);
  });
  return out;
}

// oneMinus: y = 1 − x; dx = −dy

export function oneMinus(tape: MaybeTape, x: Var): Var {
  return elementwise(
    tape,
    x,
    (v) => 1 - v,
    (dy) => -dy,
  );
}

// columns: y = x[..., from : from + width] (a block of the last dimension); the gradient goes
// back into those columns

export function columns(tape: MaybeTape, x: Var, from: number, width: number): Var {
  const n = lastDim(x);
  if (from < 0 || width < 0 || from + width > n) throw new RangeError("columns: outside the last dimension");
  const rows = x.data.length / n;
  const out = output(tape, [...x.shape.slice(0, -1), width], [x]); // [..., width]
  for (let r = 0; r < rows; r++) out.data.set(x.data.subarray(r * n + from, r * n + from + width), r * width);
  recordBackward(tape, out, (dy) => {
    const g = x.gradBuffer();
    for (let r = 0; r < rows; r++) for (let j = 0; j < width; j++) g[r * n + from + j] += dy[r * width + j];
  });
  return out;
}

// tanh: y = tanh(x); dx = dy ⊙ (1 − y²)

export function tanh(tape: MaybeTape, x: Var): Var {
  return elementwise(tape, x, tanh32, (dy, y) => dy * (1 - y * y));
}

// sigmoid: y = 1 / (1 + e^−x); dx = dy ⊙ y(1 − y)

export function sigmoid(tape: MaybeTape, x: Var): Var {
  return elementwise(tape, x, sigmoid32, (dy, y) => dy * y * (1 - y));
}

// concat along the last dimension: [R, N1] ++ [R, N2] ++ … → [R, N1 + N2 + …]
// the gradient is cut back into the same pieces

export function concat(tape: MaybeTape, parts: Var[]): Var {
  const rows = parts[0].data.length / lastDim(parts[0]);
  const widths = parts.map(lastDim);
  const width = widths.reduce((s, w) => s + w, 0);
  for (const p of parts) {
    if (p.data.length / lastDim(p) !== rows) throw new RangeError("concat: parts have different row counts");
  }
  const out = output(tape, [...parts[0].shape.slice(0, -1), width], parts); // [R, ΣN]
  let offset = 0;
  for (let p = 0; p < parts.length; p++) {
    const w = widths[p];
    const src = parts[p].data;
    for (let r = 0; r < rows; r++) out.data.set(src.subarray(r * w, (r + 1) * w), r * width + offset);
    offset += w;
  }
  recordBackward(tape, out, (dC) => {
    let at = 0;
    for (let p = 0; p < parts.length; p++) {
      const w = widths[p];
      if (parts[p].requiresGrad) {
        const g = parts[p].gradBuffer();
        for (let r = 0; r < rows; r++) {
          for (let j = 0; j < w; j++) g[r * w + j] += dC[r * width + at + j];
        }
      }
      at += w;
    }
  });
  return out;
}

// stack: T tensors of shape S → one tensor [T, ...S]; the gradient is split back into T pieces

export function stack(tape: MaybeTape, items: Var[]): Var {
  const size = items[0].data.length;
  for (const it of items) if (it.data.length !== size) throw new RangeError("stack: items differ in size");
  const out = output(tape, [items.length, ...items[0].shape], items); // [T, ...S]
  for (let t = 0; t < items.length; t++) out.data.set(items[t].data, t * size);
  recordBackward(tape, out, (dC) => {
    for (let t = 0; t < items.length; t++) {
      if (!items[t].requiresGrad) continue;
      const g = items[t].gradBuffer();
      for (let i = 0; i < size; i++) g[i] += dC[t * size + i];
    }
  });
  return out;
}

// step: item t of a stacked tensor [T, ...S] → [...S]; the gradient goes back into slot t

export function step(tape: MaybeTape, seq: Var, t: number): Var {
  const size = seq.data.length / seq.shape[0];
  const out = output(tape, seq.shape.slice(1), [seq]); // [...S]
  out.data.set(seq.data.subarray(t * size, (t + 1) * size));
  recordBackward(tape, out, (dC) => {
    const g = seq.gradBuffer();
    for (let i = 0; i < size; i++) g[t * size + i] += dC[i];
  });
  return out;
}

// embedding lookup: out[r] = table[ids[r]]; dtable[ids[r]] += dout[r]

export function embedding(tape: MaybeTape, table: Var, ids: Int32Array): Var {
  const [vocab, dim] = table.shape;
  const out = output(tape, [ids.length, dim], [table]); // [R, D]
  for (let r = 0; r < ids.length; r++) {
    const id = ids[r];
    if (!(id >= 0 && id < vocab))
      throw new RangeError(`embedding: id ${id} is outside the vocabulary (size ${vocab})`);
    out.data.set(table.data.subarray(id * dim, (id + 1) * dim), r * dim);
  }
  recordBackward(tape, out, (dC) => {
    const g = table.gradBuffer();
    for (let r = 0; r < ids.length; r++) {
      const base = ids[r] * dim;
      for (let j = 0; j < dim; j++) g[base + j] += dC[r * dim + j];
    }
  });
  return out;
}

// cross-entropy of softmax(logits) against target ids, averaged over rows whose mask is 1:
//   loss = −(1/Σm) Σ_r m_r log softmax(logits_r)[target_r]
//   dlogits_r = m_r (softmax(logits_r) − onehot(target_r)) / Σm

export function crossEntropy(tape: MaybeTape, logits: Var, targets: Int32Array, mask?: Float32Array): Var {
  const v = lastDim(logits);
  const rows = logits.data.length / v;
  if (targets.length !== rows) throw new RangeError("crossEntropy: one target per row is needed");
  const out = output(tape, [], [logits]); // scalar
  const probs = new Float32Array(logits.data.length); // [R, V]
  let count = 0;
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const base = r * v;
    let max = -Infinity;
    for (let j = 0; j < v; j++) max = Math.max(max, logits.data[base + j]);
    let sum = 0;
    for (let j = 0; j < v; j++) {
      const e = Math.exp(logits.data[base + j] - max);
      probs[base + j] = e;
      sum += e;
    }
    for (let j = 0; j < v; j++) probs[base + j] /= sum;
    const m = mask ? mask[r] : 1;
    if (m !== 0) {
      total -= m * (logits.data[base + targets[r]] - max - Math.log(sum));
      count += m;
    }
  }
  const scale = count > 0 ? 1 / count : 0;
  out.data[0] = total * scale;
  recordBackward(tape, out, (dL) => {
    const g = logits.gradBuffer();
    for (let r = 0; r < rows; r++) {
      const m = (mask ? mask[r] : 1) * scale * dL[0];
      if (m === 0) continue;
      const base = r * v;
      for (let j = 0; j < v; j++) g[base + j] += m * probs[base + j];
      g[base + targets[r]] -= m;
    }
  });
  return out;
}

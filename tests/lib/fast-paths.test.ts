// The fast paths (src/lib/attention/fast/) against the readable code they stand in for: the same
// numbers, to float32 rounding, on generated shapes and inputs. The readable versions are in turn
// checked against an independent float64 product and against finite differences.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { Tape, Var, columns, oneMinus } from "../../src/lib/attention/autograd.ts";
import { setFast } from "../../src/lib/attention/fast/index.ts";
import { gruCell, gruSequence, initGru } from "../../src/lib/attention/layers.ts";
import { createRng } from "../../src/lib/attention/rng.ts";
import { batchLoss, createSeq2Seq, makeBatch, namedParameters } from "../../src/lib/attention/seq2seq.ts";
import { gemm } from "../../src/lib/attention/tensor.ts";
import { gradientError, randomArray, randomParam, relativeError } from "./helpers.ts";

afterEach(() => setFast(true));

/** C = op(A)·op(B) (+ C) in float64, written out from the definition. */
function reference(
  a: Float32Array,
  b: Float32Array,
  c0: Float32Array,
  m: number,
  k: number,
  n: number,
  ta: boolean,
  tb: boolean,
  acc: boolean,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = acc ? c0[i * n + j] : 0;
      for (let p = 0; p < k; p++)
        s += (ta ? a[p * m + i] : a[i * k + p]) * (tb ? b[j * k + p] : b[p * n + j]);
      out.push(s);
    }
  }
  return out;
}

function product(
  fast: boolean,
  a: Float32Array,
  b: Float32Array,
  c0: Float32Array,
  dims: number[],
  flags: boolean[],
) {
  const [m, k, n] = dims;
  const [transposeA, transposeB, accumulate] = flags;
  setFast(fast);
  const c = c0.slice();
  gemm(a, b, c, m, k, n, { transposeA, transposeB, accumulate });
  return c;
}

describe("gemm: the fast kernels and the readable loop compute the same product", () => {
  it("on generated shapes (few rows, tiled, and big enough for SIMD), transposed operands, accumulation", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 1000 }),
        (m, k, n, ta, tb, acc, seed) => {
          const rng = createRng(seed);
          const a = randomArray(rng, m * k);
          const b = randomArray(rng, k * n);
          const c0 = randomArray(rng, m * n);
          const want = reference(a, b, c0, m, k, n, ta, tb, acc);
          const readable = product(false, a, b, c0, [m, k, n], [ta, tb, acc]);
          const fast = product(true, a, b, c0, [m, k, n], [ta, tb, acc]);
          const scale = Math.max(1, ...want.map(Math.abs));
          for (let i = 0; i < want.length; i++) {
            expect(Math.abs(readable[i] - want[i]) / scale).toBeLessThan(1e-5);
            expect(Math.abs(fast[i] - want[i]) / scale).toBeLessThan(1e-5);
          }
        },
      ),
      { seed: 20261206, numRuns: 60 },
    );
  });
});

describe("the readable GRU: its new operations and its gradients", () => {
  const rng = createRng(21);

  it("oneMinus and columns match finite differences", () => {
    const x = randomParam(rng, [3, 7]);
    expect(gradientError([x], (t) => oneMinus(t, x))).toBeLessThan(2e-3);
    expect(gradientError([x], (t) => columns(t, x, 2, 4))).toBeLessThan(2e-3);
    expect(() => columns(null, x, 5, 3)).toThrow(RangeError);
  });

  it("gruCell and gruSequence built from autograd operations match finite differences, with padding", () => {
    setFast(false);
    const x = randomParam(rng, [3, 4]);
    const h = randomParam(rng, [3, 5]);
    const p = initGru(createRng(3), 4, 5);
    const cellInputs = [x, h, p.Wx, p.Wh, p.bx, p.bh];
    expect(gradientError(cellInputs, (t) => gruCell(t, x, h, p, Float32Array.of(1, 0, 1)))).toBeLessThan(
      2e-3,
    );
    const xs = randomParam(rng, [4, 3, 4]);
    const seqMask = Float32Array.of(1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0);
    const seqInputs = [xs, h, p.Wx, p.Wh, p.bx, p.bh];
    expect(gradientError(seqInputs, (t) => gruSequence(t, xs, h, p, seqMask))).toBeLessThan(2e-3);
  });
});

/** Output and every input's gradient (the output's gradient seeded with a fixed random probe) on one path. */
function run(fast: boolean, inputs: Var[], forward: (tape: Tape | null) => Var): Float32Array[] {
  setFast(fast);
  for (const v of inputs) v.grad = null;
  const tape = new Tape();
  const out = forward(tape);
  out.gradBuffer().set(randomArray(createRng(5), out.data.length));
  tape.backward(new Var(new Float32Array(1), [])); // runs the recorded steps; the seed is already on out
  return [out.data.slice(), ...inputs.map((v) => (v.grad ?? new Float32Array(v.data.length)).slice())];
}

describe("the fused GRU and the readable GRU give the same states and gradients", () => {
  it("gruCell and gruSequence on generated sizes and padding", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 1000 }),
        (T, B, I, H, seed) => {
          const rng = createRng(seed);
          const xs = randomParam(rng, [T, B, I]);
          const h0 = randomParam(rng, [B, H]);
          const p = initGru(createRng(seed + 1), I, H);
          // Each row a random length 1..T: real tokens first, then padding.
          const lengths = Array.from({ length: B }, () => 1 + Math.floor(rng.uniform(0, T)));
          const mask = Float32Array.from({ length: T * B }, (_, i) =>
            Math.floor(i / B) < lengths[i % B] ? 1 : 0,
          );
          const inputs = [xs, h0, p.Wx, p.Wh, p.bx, p.bh];
          const seq = (tape: Tape | null) => gruSequence(tape, xs, h0, p, mask);
          const x0 = new Var(xs.data.subarray(0, B * I), [B, I], true);
          const cell = (tape: Tape | null) => gruCell(tape, x0, h0, p, mask.subarray(0, B));
          for (const [forward, vars] of [
            [seq, inputs],
            [cell, [x0, h0, p.Wx, p.Wh, p.bx, p.bh]],
          ] as const) {
            const readable = run(false, [...vars], forward);
            const fused = run(true, [...vars], forward);
            readable.forEach((r, i) => expect(relativeError(fused[i], r)).toBeLessThan(1e-4));
          }
        },
      ),
      { seed: 7, numRuns: 50 },
    );
  });

  it("a whole seq2seq model's loss and every parameter's gradient agree on both paths", () => {
    const model = createSeq2Seq({
      attention: "bahdanau",
      embedDim: 8,
      hiddenDim: 12,
      attentionDim: 10,
      seed: 3,
    });
    const batch = makeBatch(
      model,
      ["24 Nov 2026", "3/4/99", "2026년 1월 2일"],
      ["2026-11-24", "1999-03-04", "2026-01-02"],
    );
    const grads = (fast: boolean) => {
      setFast(fast);
      for (const [, v] of namedParameters(model)) v.grad = null;
      const tape = new Tape();
      const loss = batchLoss(model, tape, batch);
      tape.backward(loss);
      return {
        loss: loss.data[0],
        grads: namedParameters(model).map(([name, v]) => [name, v.grad!.slice()] as const),
      };
    };
    const readable = grads(false);
    const fused = grads(true);
    expect(Math.abs(fused.loss - readable.loss) / readable.loss).toBeLessThan(1e-5);
    for (let i = 0; i < readable.grads.length; i++) {
      const [name, g] = readable.grads[i];
      expect(relativeError(fused.grads[i][1], g), name).toBeLessThan(1e-3);
    }
  });
});

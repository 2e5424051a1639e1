// TensorFlow.js (cpu backend) as an independent implementation: matmul, a GRU step and additive
// attention, forward and gradients, on random inputs. Max relative error ≤ 1e-4, where the
// relative error of an array is max|ours − tfjs| / max|tfjs|.
import * as tf from "@tensorflow/tfjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Tape, Var } from "../../src/lib/attention/autograd.ts";
import { additiveAttention } from "../../src/lib/attention/attention.ts";
import { gruCell, initGru } from "../../src/lib/attention/layers.ts";
import { createRng } from "../../src/lib/attention/rng.ts";
import { keepingWeights } from "../../src/lib/attention/fast/simd.ts";
import { gemm } from "../../src/lib/attention/tensor.ts";
import { setSimd } from "../../src/lib/attention/fast/gemm.ts";
import { randomArray, randomParam, relativeError } from "./helpers.ts";

const TOL = 1e-4;

beforeAll(async () => {
  await tf.setBackend("cpu");
});

/** Runs backward from d(Σ out ⊙ probe). */
function backwardWithProbe(tape: Tape, out: Var, probe: Float32Array): void {
  out.gradBuffer().set(probe);
  tape.backward(new Var(new Float32Array(1), [], false));
}

describe.each([
  ["the TypeScript kernel", false],
  ["the WebAssembly SIMD kernel", true],
])("matmul against tf.matMul: %s", (_name, simd) => {
  const rng = createRng(21);
  beforeAll(() => {
    expect(setSimd(simd)).toBe(simd);
  });
  afterAll(() => {
    setSimd(true);
  });
  const shapes: Array<[number, number, number]> = [
    [1, 1, 1],
    [3, 5, 7],
    [32, 96, 144],
    [17, 33, 65],
    [64, 64, 64],
    [130, 70, 9],
    [4, 2, 1024],
  ];
  for (const [m, k, n] of shapes) {
    for (const [transposeA, transposeB] of [
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ] as const) {
      it(`[${m}×${k}]·[${k}×${n}] transposeA=${transposeA} transposeB=${transposeB}`, () => {
        const a = randomArray(rng, m * k);
        const b = randomArray(rng, k * n);
        const c = new Float32Array(m * n);
        gemm(a, b, c, m, k, n, { transposeA, transposeB });
        const ta = tf.tensor2d(a, transposeA ? [k, m] : [m, k]);
        const tb = tf.tensor2d(b, transposeB ? [n, k] : [k, n]);
        const ref = tf.matMul(ta, tb, transposeA, transposeB).dataSync();
        expect(relativeError(c, ref)).toBeLessThan(TOL);
        // accumulate adds to what is there
        gemm(a, b, c, m, k, n, { transposeA, transposeB, accumulate: true });
        expect(
          relativeError(
            c,
            Float32Array.from(ref, (x) => 2 * x),
          ),
        ).toBeLessThan(TOL);
      });
    }
  }
});

describe("the few-rows path of the TypeScript kernel", () => {
  it("gives the same numbers as the tiled path for the same row", () => {
    const rng = createRng(25);
    const [k, n] = [48, 144];
    const rows = randomArray(rng, 4 * k);
    const b = randomArray(rng, k * n);
    setSimd(false);
    const four = new Float32Array(4 * n);
    gemm(rows, b, four, 4, k, n);
    const one = new Float32Array(n);
    gemm(rows.subarray(0, k), b, one, 1, k, n);
    setSimd(true);
    expect([...one]).toEqual([...four.subarray(0, n)]);
  });

  it("matches the tiled path bit for bit at every width (blocks of 8, 4 and single columns), 1–3 rows, transposed or not", () => {
    const rng = createRng(26);
    setSimd(false);
    try {
      for (const k of [1, 7, 48]) {
        for (let n = 1; n <= 19; n++) {
          for (const m of [1, 2, 3]) {
            for (const transposeA of [false, true]) {
              for (const transposeB of [false, true]) {
                // Four rows through the tiled path; the first m of them through the few-rows path.
                const rows = randomArray(rng, 4 * k); // [4, k]
                const a = transposeA
                  ? Float32Array.from({ length: m * k }, (_, x) => rows[(x % m) * k + Math.floor(x / m)]) // [k, m]
                  : rows.slice(0, m * k);
                const b = randomArray(rng, k * n);
                const tiled = new Float32Array(4 * n);
                gemm(rows, b, tiled, 4, k, n, { transposeB });
                const few = new Float32Array(m * n);
                gemm(a, b, few, m, k, n, { transposeA, transposeB });
                expect([...few], `m=${m} k=${k} n=${n} tA=${transposeA} tB=${transposeB}`).toEqual([
                  ...tiled.subarray(0, m * n),
                ]);
              }
            }
          }
        }
      }
    } finally {
      setSimd(true);
    }
  });
});

describe("a GRU step against the same equations in TensorFlow.js", () => {
  it("forward and gradients", () => {
    const rng = createRng(22);
    const [B, I, H] = [6, 10, 12];
    const x = randomParam(rng, [B, I]);
    const h = randomParam(rng, [B, H]);
    const p = initGru(createRng(23), I, H);
    const probe = randomArray(rng, B * H);

    const tape = new Tape();
    const out = gruCell(tape, x, h, p);
    backwardWithProbe(tape, out, probe);

    const f = (
      tx: tf.Tensor2D,
      th: tf.Tensor2D,
      tWx: tf.Tensor2D,
      tWh: tf.Tensor2D,
      tbx: tf.Tensor1D,
      tbh: tf.Tensor1D,
    ): tf.Tensor2D => {
      const gx = tf.add(tf.matMul(tx, tWx), tbx) as tf.Tensor2D;
      const gh = tf.add(tf.matMul(th, tWh), tbh) as tf.Tensor2D;
      const [xr, xz, xn] = tf.split(gx, 3, 1);
      const [hr, hz, hn] = tf.split(gh, 3, 1);
      const r = tf.sigmoid(tf.add(xr, hr));
      const z = tf.sigmoid(tf.add(xz, hz));
      const n = tf.tanh(tf.add(xn, tf.mul(r, hn)));
      return tf.add(tf.mul(tf.sub(1, z), n), tf.mul(z, th)) as tf.Tensor2D;
    };
    const args = [
      tf.tensor2d(x.data, [B, I]),
      tf.tensor2d(h.data, [B, H]),
      tf.tensor2d(p.Wx.data, [I, 3 * H]),
      tf.tensor2d(p.Wh.data, [H, 3 * H]),
      tf.tensor1d(p.bx.data),
      tf.tensor1d(p.bh.data),
    ] as const;
    const ref = f(...args).dataSync();
    expect(relativeError(out.data, ref)).toBeLessThan(TOL);

    const tprobe = tf.tensor2d(probe, [B, H]);
    const grads = tf.grads((a, b, c, d, e, g) =>
      tf.sum(
        tf.mul(
          f(
            a as tf.Tensor2D,
            b as tf.Tensor2D,
            c as tf.Tensor2D,
            d as tf.Tensor2D,
            e as tf.Tensor1D,
            g as tf.Tensor1D,
          ),
          tprobe,
        ),
      ),
    )([...args]);
    const ours = [x, h, p.Wx, p.Wh, p.bx, p.bh];
    ours.forEach((v, i) => expect(relativeError(v.grad!, grads[i].dataSync())).toBeLessThan(TOL));
  });
});

describe("additive attention against the same equations in TensorFlow.js", () => {
  it("forward (weights and attention value) and gradients", () => {
    const rng = createRng(24);
    const [T, B, A, H] = [9, 4, 7, 8];
    const queryProj = randomParam(rng, [B, A]);
    const keysProj = randomParam(rng, [T, B, A]);
    const values = randomParam(rng, [T, B, H]);
    const v = randomParam(rng, [A]);
    const probe = randomArray(rng, B * H);

    const tape = new Tape();
    const att = additiveAttention(tape, queryProj, keysProj, values, v, null);
    backwardWithProbe(tape, att.attentionValue, probe);

    // e[t, b] = v · tanh(q[b] + k[t, b]); α = softmax over t; a[b] = Σ_t α[t, b] values[t, b]
    const f = (
      q: tf.Tensor,
      k: tf.Tensor,
      vals: tf.Tensor,
      vv: tf.Tensor,
    ): { weights: tf.Tensor; value: tf.Tensor } => {
      const u = tf.tanh(tf.add(k, tf.expandDims(q, 0))); // [T, B, A]
      const e = tf.sum(tf.mul(u, vv), 2); // [T, B]
      const alpha = tf.softmax(tf.transpose(e), 1); // [B, T]
      const value = tf.sum(tf.mul(tf.expandDims(tf.transpose(alpha), 2), vals), 0); // [B, H]
      return { weights: alpha, value };
    };
    const args = [
      tf.tensor2d(queryProj.data, [B, A]),
      tf.tensor3d(keysProj.data, [T, B, A]),
      tf.tensor3d(values.data, [T, B, H]),
      tf.tensor1d(v.data),
    ] as const;
    const ref = f(...args);
    expect(relativeError(att.weights, ref.weights.dataSync())).toBeLessThan(TOL);
    expect(relativeError(att.attentionValue.data, ref.value.dataSync())).toBeLessThan(TOL);

    const tprobe = tf.tensor2d(probe, [B, H]);
    const grads = tf.grads((a, b, c, d) => tf.sum(tf.mul(f(a, b, c, d).value, tprobe)))([...args]);
    [queryProj, keysProj, values, v].forEach((x, i) =>
      expect(relativeError(x.grad!, grads[i].dataSync())).toBeLessThan(TOL),
    );
  });
});

describe("keepingWeights: the SIMD kernel keeps copies of the weights while one decoding runs", () => {
  it("gives the numbers of copying every time, and never reads an old copy", () => {
    const rng = createRng(27);
    const [k, n] = [48, 144];
    const x = randomArray(rng, k);
    const w = randomArray(rng, k * n);
    const other = randomArray(rng, k * n);
    const product = (b: Float32Array) => {
      const c = new Float32Array(n);
      gemm(x, b, c, 1, k, n);
      return [...c];
    };
    const fresh = product(w);
    const freshOther = product(other);
    keepingWeights([w], () => {
      expect(product(w)).toEqual(fresh);
      expect(product(w)).toEqual(fresh); // from the kept copy
      expect(product(other)).toEqual(freshOther);
      other[0] += 1; // not a kept array: the change is seen at once
      expect(product(other)).not.toEqual(freshOther);
    });
    w[0] += 1; // after the scope, the weights are copied afresh
    expect(product(w)).not.toEqual(fresh);
  });
});

// Every differentiable op's backward pass against central finite differences.
import { describe, expect, it } from "vitest";
import {
  Tape,
  add,
  addBias,
  concat,
  constant,
  crossEntropy,
  embedding,
  matmul,
  mul,
  sigmoid,
  stack,
  step,
  tanh,
} from "../../src/lib/attention/autograd.ts";
import { additiveAttention, dotAttention } from "../../src/lib/attention/attention.ts";
import { gruCell, gruSequence, initGru, linear } from "../../src/lib/attention/layers.ts";
import { createRng } from "../../src/lib/attention/rng.ts";
import { batchLoss, createSeq2Seq, makeBatch, namedParameters } from "../../src/lib/attention/seq2seq.ts";
import { params64, referenceGradients, referenceLoss } from "./float64-seq2seq.ts";
import { gradientError, randomParam, relativeError } from "./helpers.ts";

const TOL = 2e-3;

describe("gradients match finite differences", () => {
  const rng = createRng(11);

  it("matmul, including leading dimensions", () => {
    const a = randomParam(rng, [2, 3, 4]);
    const b = randomParam(rng, [4, 5]);
    expect(gradientError([a, b], (t) => matmul(t, a, b))).toBeLessThan(TOL);
  });

  it("add, addBias, mul", () => {
    const a = randomParam(rng, [3, 4]);
    const b = randomParam(rng, [3, 4]);
    const bias = randomParam(rng, [4]);
    expect(gradientError([a, b], (t) => add(t, a, b))).toBeLessThan(TOL);
    expect(gradientError([a, bias], (t) => addBias(t, a, bias))).toBeLessThan(TOL);
    expect(gradientError([a, b], (t) => mul(t, a, b))).toBeLessThan(TOL);
  });

  it("tanh and sigmoid", () => {
    const x = randomParam(rng, [4, 3], 2);
    expect(gradientError([x], (t) => tanh(t, x))).toBeLessThan(TOL);
    expect(gradientError([x], (t) => sigmoid(t, x))).toBeLessThan(TOL);
  });

  it("concat and stack", () => {
    const a = randomParam(rng, [3, 2]);
    const b = randomParam(rng, [3, 4]);
    const c = randomParam(rng, [3, 2]);
    expect(gradientError([a, b], (t) => concat(t, [a, b]))).toBeLessThan(TOL);
    expect(gradientError([a, c], (t) => stack(t, [a, c, a]))).toBeLessThan(TOL);
  });

  it("embedding lookup (a repeated id accumulates)", () => {
    const table = randomParam(rng, [5, 3]);
    const ids = Int32Array.of(4, 0, 4, 2);
    expect(gradientError([table], (t) => embedding(t, table, ids))).toBeLessThan(TOL);
  });

  it("masked cross-entropy", () => {
    const logits = randomParam(rng, [4, 6], 2);
    const targets = Int32Array.of(1, 5, 0, 3);
    const mask = Float32Array.of(1, 1, 0, 1);
    expect(gradientError([logits], (t) => crossEntropy(t, logits, targets, mask))).toBeLessThan(TOL);
  });

  it("linear layer", () => {
    const x = randomParam(rng, [3, 4]);
    const W = randomParam(rng, [4, 2]);
    const b = randomParam(rng, [2]);
    expect(gradientError([x, W, b], (t) => linear(t, x, { W, b }))).toBeLessThan(TOL);
  });

  it("GRU cell, with a padded row that keeps its state", () => {
    const x = randomParam(rng, [3, 4]);
    const h = randomParam(rng, [3, 5]);
    const p = initGru(createRng(3), 4, 5);
    const mask = Float32Array.of(1, 0, 1);
    const inputs = [x, h, p.Wx, p.Wh, p.bx, p.bh];
    expect(gradientError(inputs, (t) => gruCell(t, x, h, p, mask))).toBeLessThan(TOL);
    expect(gradientError(inputs, (t) => gruCell(t, x, h, p))).toBeLessThan(TOL);
  });

  it("GRU over a whole sequence (backpropagation through time), with padding", () => {
    const [T, B, I, H] = [4, 3, 2, 3];
    const xs = randomParam(rng, [T, B, I]);
    const h0 = randomParam(rng, [B, H]);
    const p = initGru(createRng(4), I, H);
    const mask = Float32Array.of(1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0); // lengths 2, 1, 1 ... and row 0 of length 2
    const inputs = [xs, h0, p.Wx, p.Wh, p.bx, p.bh];
    expect(gradientError(inputs, (t) => gruSequence(t, xs, h0, p, mask))).toBeLessThan(TOL);
  });

  it("GRU over a sequence equals the GRU cell applied step by step", () => {
    const [T, B, I, H] = [5, 2, 3, 4];
    const xs = randomParam(rng, [T, B, I]);
    const h0 = randomParam(rng, [B, H]);
    const p = initGru(createRng(5), I, H);
    const mask = Float32Array.of(1, 1, 1, 1, 1, 0, 1, 0, 0, 0);
    const all = gruSequence(null, xs, h0, p, mask);
    let h = h0;
    for (let t = 0; t < T; t++) {
      const x = constant(xs.data.slice(t * B * I, (t + 1) * B * I), [B, I]);
      h = gruCell(null, x, h, p, mask.subarray(t * B, (t + 1) * B));
      expect([...all.data.slice(t * B * H, (t + 1) * B * H)]).toEqual([...h.data]);
    }
  });

  it("step (one time step of a sequence)", () => {
    const seq = randomParam(rng, [3, 2, 2]);
    expect(gradientError([seq], (t) => step(t, seq, 1))).toBeLessThan(TOL);
  });

  it("additive attention (Bahdanau), with masked positions", () => {
    const [T, B, A, H] = [4, 2, 3, 5];
    const queryProj = randomParam(rng, [B, A]);
    const keysProj = randomParam(rng, [T, B, A]);
    const values = randomParam(rng, [T, B, H]);
    const v = randomParam(rng, [A]);
    const mask = Float32Array.of(1, 1, 1, 1, 1, 0, 1, 0); // [T, B]: row 1 has length 2
    const inputs = [queryProj, keysProj, values, v];
    expect(
      gradientError(inputs, (t) => additiveAttention(t, queryProj, keysProj, values, v, mask).attentionValue),
    ).toBeLessThan(TOL);
  });

  it("dot-product attention (Luong), with masked positions", () => {
    const [T, B, H] = [3, 2, 4];
    const queryProj = randomParam(rng, [B, H]);
    const keys = randomParam(rng, [T, B, H]);
    const values = randomParam(rng, [T, B, H]);
    const mask = Float32Array.of(1, 1, 1, 1, 0, 1);
    expect(
      gradientError(
        [queryProj, keys, values],
        (t) => dotAttention(t, queryProj, keys, values, mask).attentionValue,
      ),
    ).toBeLessThan(TOL);
  });

  // The whole model against an independent float64 reference (float64-seq2seq.ts): its loss, and
  // each parameter tensor's gradient with an error relative to that tensor's own size. An
  // absolute tolerance cannot see W_a, U_a, v_a, whose gradients here are 1e-6–1e-4. The batch
  // has inputs and outputs of different lengths, so padding and masks are exercised.
  const inputs = ["1.2.2026", "May 5", "x"];
  const outputs = ["2026-02-01", "5-5", "7"];
  for (const attention of ["bahdanau", "luong", "none"] as const) {
    it(`the whole model (${attention}): loss and every parameter's gradient match a float64 reference`, () => {
      const model = createSeq2Seq({ attention, embedDim: 3, hiddenDim: 4, attentionDim: 3, seed: 5 });
      const tape = new Tape();
      const loss = batchLoss(model, tape, makeBatch(model, inputs, outputs));
      tape.backward(loss);
      const reference = referenceLoss(model, params64(model), inputs, outputs);
      expect(Math.abs(loss.data[0] - reference) / reference).toBeLessThan(1e-6);
      const expected = referenceGradients(model, inputs, outputs);
      const errors = namedParameters(model).map(([name, p]) => {
        const ref = expected.get(name)!;
        expect(Math.max(...ref.map(Math.abs)), `${name} has a gradient to check`).toBeGreaterThan(0);
        return [name, relativeError(p.grad ?? new Float32Array(p.data.length), ref)] as const;
      });
      expect(errors.filter(([, e]) => !(e < 1e-3))).toEqual([]);
    });
  }

  it("the tape records nothing at inference and leaves constants without gradient", () => {
    const a = randomParam(rng, [2, 2]);
    const c = constant(Float32Array.of(1, 2, 3, 4), [2, 2]);
    const tape = new Tape();
    const out = matmul(tape, c, c);
    expect(out.requiresGrad).toBe(false);
    expect(tape.length).toBe(0);
    expect(matmul(null, a, a).requiresGrad).toBe(false);
  });
});

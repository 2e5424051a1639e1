// Adam and clipping against steps computed by hand in float64, from Kingma & Ba 2015, Algorithm 1:
//   m_t = β1 m_{t−1} + (1 − β1) g_t        v_t = β2 v_{t−1} + (1 − β2) g_t²
//   m̂_t = m_t / (1 − β1^t)                 v̂_t = v_t / (1 − β2^t)
//   θ_t = θ_{t−1} − α m̂_t / (√v̂_t + ε)
import { describe, expect, it } from "vitest";
import { parameter } from "../../src/lib/attention/autograd.ts";
import { clipGradients, createAdam } from "../../src/lib/attention/optim.ts";

/** The paper's Adam on plain numbers, for one parameter vector and a list of gradients. */
function adamByHand(
  theta0: number[],
  gradients: number[][],
  learningRates: number[],
  { beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8 } = {},
): number[][] {
  const theta = [...theta0];
  const m = theta.map(() => 0);
  const v = theta.map(() => 0);
  const trajectory: number[][] = [];
  gradients.forEach((g, step) => {
    const t = step + 1;
    for (let i = 0; i < theta.length; i++) {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i];
      v[i] = beta2 * v[i] + (1 - beta2) * g[i] ** 2;
      const mHat = m[i] / (1 - beta1 ** t);
      const vHat = v[i] / (1 - beta2 ** t);
      theta[i] -= (learningRates[step] * mHat) / (Math.sqrt(vHat) + epsilon);
    }
    trajectory.push([...theta]);
  });
  return trajectory;
}

describe("Adam", () => {
  it("the first step moves every parameter by the learning rate, against its gradient's sign, whatever the gradient's size", () => {
    // With bias correction m̂_1 = g and v̂_1 = g², so the step is α·g/|g|.
    const p = parameter(Float32Array.of(1, 1, 1, 1), [4]);
    p.grad = Float32Array.of(1e-4, -3, 250, -0.02);
    const adam = createAdam([p], { learningRate: 0.01 });
    adam.step();
    expect([...p.data].map((x) => Math.round((x - 1) * 1e5) / 1e5)).toEqual([-0.01, 0.01, -0.01, 0.01]);
    expect(adam.steps).toBe(1);
  });

  it("follows the paper's algorithm step by step, with changing gradients and learning rates", () => {
    const theta0 = [0.5, -1.25, 2, 0, 3e-3];
    const gradients = Array.from({ length: 25 }, (_, t) =>
      theta0.map((_, i) => Math.sin(1.7 * t + i) * 10 ** (i - 2) + (t % 3 === 0 ? 0.3 : -0.1)),
    );
    const learningRates = gradients.map((_, t) => 0.05 * (1 - t / 50));
    for (const options of [{}, { beta1: 0.8, beta2: 0.99, epsilon: 1e-3 }]) {
      const expected = adamByHand(theta0, gradients, learningRates, options);
      const p = parameter(Float32Array.from(theta0), [theta0.length]);
      const adam = createAdam([p], { learningRate: 1, ...options });
      gradients.forEach((g, t) => {
        p.grad = Float32Array.from(g);
        adam.step(learningRates[t]);
        expected[t].forEach((x, i) => expect(p.data[i], `step ${t + 1}, θ${i}`).toBeCloseTo(x, 5));
      });
    }
  });

  it("uses the learning rate it was made with unless a step names another, skips parameters without gradient, and zeroGrad clears", () => {
    const a = parameter(Float32Array.of(1, 2), [2]);
    const b = parameter(Float32Array.of(5), [1]);
    a.grad = Float32Array.of(0.5, -0.5);
    const adam = createAdam([a, b], { learningRate: 0.1 });
    adam.step();
    expect([...a.data].map((x) => Math.round(x * 1e5) / 1e5)).toEqual([0.9, 2.1]);
    expect([...b.data]).toEqual([5]);
    adam.zeroGrad();
    expect([...a.grad]).toEqual([0, 0]);
  });
});

describe("clipGradients", () => {
  it("scales all gradients together down to the largest norm and returns the norm before", () => {
    const a = parameter(Float32Array.of(0, 0), [2]);
    const b = parameter(Float32Array.of(0), [1]);
    a.grad = Float32Array.of(3, 0);
    b.grad = Float32Array.of(-4);
    expect(clipGradients([a, b], 1)).toBeCloseTo(5, 6);
    expect([...a.grad, ...b.grad].map((x) => Math.round(x * 1e6) / 1e6)).toEqual([0.6, 0, -0.8]);
    expect(clipGradients([a, b], 10)).toBeCloseTo(1, 6);
    expect([...a.grad, ...b.grad].map((x) => Math.round(x * 1e6) / 1e6)).toEqual([0.6, 0, -0.8]);
  });
});

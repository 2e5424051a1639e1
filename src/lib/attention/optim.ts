// Adam (Kingma & Ba 2015, Algorithm 1) and gradient clipping by global norm (Pascanu et al. 2013).
//   m ← β1 m + (1 − β1) g,   v ← β2 v + (1 − β2) g²
//   θ ← θ − lr · m̂ / (√v̂ + ε),   m̂ = m / (1 − β1^t),  v̂ = v / (1 − β2^t)

import type { Var } from "./autograd.ts";

/** Options of {@link createAdam}. */
export interface AdamOptions {
  learningRate: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

/** An Adam optimizer over a fixed list of parameters. */
export interface Adam {
  /** Apply one update from the parameters' gradients (optionally with a new learning rate). */
  step(learningRate?: number): void;
  /** Set every parameter's gradient to zero. */
  zeroGrad(): void;
  /** Updates applied so far. */
  readonly steps: number;
}

/**
 * Adam with bias correction.
 *
 * @example
 * const adam = createAdam(namedParameters(model).map(([, p]) => p), { learningRate: 0.005 });
 * // … tape.backward(loss); adam.step(); adam.zeroGrad();
 */
export function createAdam(params: Var[], options: AdamOptions): Adam {
  const beta1 = options.beta1 ?? 0.9;
  const beta2 = options.beta2 ?? 0.999;
  const epsilon = options.epsilon ?? 1e-8;
  const m = params.map((p) => new Float32Array(p.data.length));
  const v = params.map((p) => new Float32Array(p.data.length));
  let t = 0;
  return {
    step(learningRate = options.learningRate) {
      t++;
      const c1 = 1 - beta1 ** t;
      const c2 = 1 - beta2 ** t;
      params.forEach((p, k) => {
        const g = p.grad;
        if (g === null) return;
        const mk = m[k];
        const vk = v[k];
        for (let i = 0; i < g.length; i++) {
          mk[i] = beta1 * mk[i] + (1 - beta1) * g[i];
          vk[i] = beta2 * vk[i] + (1 - beta2) * g[i] * g[i];
          p.data[i] -= (learningRate * (mk[i] / c1)) / (Math.sqrt(vk[i] / c2) + epsilon);
        }
      });
    },
    zeroGrad() {
      for (const p of params) p.grad?.fill(0);
    },
    get steps() {
      return t;
    },
  };
}

/**
 * Scales all gradients down together when their global L2 norm exceeds maxNorm; returns the
 * norm before clipping.
 *
 * @example
 * const norm = clipGradients(params, 5); // afterwards the gradients' norm is at most 5
 */
export function clipGradients(params: Var[], maxNorm: number): number {
  let sumSquares = 0;
  for (const p of params) if (p.grad) for (const g of p.grad) sumSquares += g * g;
  const norm = Math.sqrt(sumSquares);
  if (norm > maxNorm && norm > 0) {
    const scale = maxNorm / norm;
    for (const p of params) if (p.grad) for (let i = 0; i < p.grad.length; i++) p.grad[i] *= scale;
  }
  return norm;
}

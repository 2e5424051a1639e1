// Test helpers: finite-difference gradient checks and seeded random inputs.
import { Tape, Var, parameter } from "../../src/lib/attention/autograd.ts";
import { createRng, type Rng } from "../../src/lib/attention/rng.ts";

export function randomArray(rng: Rng, n: number, scale = 1): Float32Array {
  return Float32Array.from({ length: n }, () => rng.uniform(-scale, scale));
}

export function randomParam(rng: Rng, shape: number[], scale = 1): Var {
  return parameter(
    randomArray(
      rng,
      shape.reduce((a, b) => a * b, 1),
      scale,
    ),
    shape,
  );
}

/** Σ_i out_i · probe_i as a number in double precision (the scalar the checks differentiate). */
function probeSum(out: Var, probe: Float32Array): number {
  let s = 0;
  for (let i = 0; i < out.data.length; i++) s += out.data[i] * probe[i];
  return s;
}

/**
 * Checks d(Σ out ⊙ probe)/d(input) from the tape against central finite differences, for every
 * entry of every input (or `maxEntries` of them, spread evenly). Returns the worst error seen,
 * scaled by max(1, |numeric|).
 */
export function gradientError(
  inputs: Var[],
  forward: (tape: Tape | null) => Var,
  seed = 7,
  eps = 1e-2,
  maxEntries = 60,
): number {
  const rng = createRng(seed);
  const out0 = forward(null);
  const probe = randomArray(rng, out0.data.length);
  for (const x of inputs) x.grad = null;
  const tape = new Tape();
  const out = forward(tape);
  // seed the output gradient with the probe through a tiny "dot with probe" step
  out.gradBuffer().set(probe);
  runBackward(tape);
  let worst = 0;
  for (const x of inputs) {
    const analytic = x.grad ?? new Float32Array(x.data.length);
    const stride = Math.max(1, Math.floor(x.data.length / maxEntries));
    for (let i = 0; i < x.data.length; i += stride) {
      const keep = x.data[i];
      x.data[i] = keep + eps;
      const up = probeSum(forward(null), probe);
      x.data[i] = keep - eps;
      const down = probeSum(forward(null), probe);
      x.data[i] = keep;
      const numeric = (up - down) / (2 * eps);
      worst = Math.max(worst, Math.abs(numeric - analytic[i]) / Math.max(1, Math.abs(numeric)));
    }
  }
  return worst;
}

/** Runs a tape's backward steps without seeding a scalar (the caller seeded the output). */
function runBackward(tape: Tape): void {
  const scalar = new Var(new Float32Array(1), [], false);
  // Tape.backward seeds d(loss)=1 on a scalar; here the real seed is already on the output, and
  // this throwaway scalar takes the seed instead.
  tape.backward(scalar);
}

/** Max |a − b| / max |b|: the relative error of a whole array against a reference. */
export function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return scale === 0 ? diff : diff / scale;
}

// tanh and the logistic sigmoid as rational functions (the minimax approximation Eigen and XLA
// use for float32 tanh): x·p(x²)/q(x²) with x clamped to [−7.905, 7.905]. Within a few float32 units
// in the last place of Math.tanh, two to three times faster than Math.tanh in V8 (measured here), and
// the same number in every JavaScript engine, since it uses only + − × ÷ (Math.exp and Math.tanh
// may differ between engines in the last bits). Every tanh and σ of the model goes through here,
// in training and in decoding alike.

const LIMIT = 7.90531110763549805;

/**
 * tanh(x) to float32 precision.
 *
 * @example
 * tanh32(0.5); // 0.46211715…, as Math.tanh(0.5) to about 1e-7
 */
export function tanh32(x: number): number {
  x = Math.max(-LIMIT, Math.min(LIMIT, x)); // no branches: they cost more than the arithmetic
  const x2 = x * x;
  let p = -2.76076847742355e-16;
  p = p * x2 + 2.00018790482477e-13;
  p = p * x2 - 8.60467152213735e-11;
  p = p * x2 + 5.12229709037114e-8;
  p = p * x2 + 1.48572235717979e-5;
  p = p * x2 + 6.37261928875436e-4;
  p = p * x2 + 4.89352455891786e-3;
  let q = 1.19825839466702e-6;
  q = q * x2 + 1.18534705686654e-4;
  q = q * x2 + 2.268434632439e-3;
  q = q * x2 + 4.89352518554385e-3;
  return (x * p) / q;
}

/**
 * The logistic sigmoid σ(x) = 1 / (1 + e^−x) = (1 + tanh(x/2)) / 2, to float32 precision.
 *
 * @example
 * sigmoid32(0); // 0.5
 */
export function sigmoid32(x: number): number {
  return 0.5 + 0.5 * tanh32(0.5 * x);
}

function attentionValueFrom(weights: ArrayLike<number>, encoderStates: Float32Array[]): Float32Array {
  const a = new Float32Array(encoderStates[0].length);
  encoderStates.forEach((h, j) => h.forEach((x, d) => (a[d] += x)));
  return a;
}

attentionValueFrom([0.25, 0.75], [Float32Array.of(4, 0), Float32Array.of(0, 4)])

function queryFor(i: number, decoderStates: Float32Array[]): Float32Array {
  return decoderStates[i - 1];
}

queryFor(1, [Float32Array.of(0), Float32Array.of(1), Float32Array.of(2)])

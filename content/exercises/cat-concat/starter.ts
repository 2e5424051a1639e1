function decoderInput(embedded: Float32Array, attentionValue: Float32Array): Float32Array {
  return embedded.map((x, d) => x + attentionValue[d]);
}

decoderInput(Float32Array.of(1, 2), Float32Array.of(7, 8, 9))

function decoderInput(embedded: Float32Array, attentionValue: Float32Array): Float32Array {
  const input = new Float32Array(embedded.length + attentionValue.length);
  input.set(embedded, 0);
  input.set(attentionValue, embedded.length);
  return input;
}

decoderInput(Float32Array.of(1, 2), Float32Array.of(7, 8, 9))

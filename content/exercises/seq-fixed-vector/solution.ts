import { createSeq2Seq, encode, type Seq2Seq } from "attention";

function fixedVector(model: Seq2Seq, input: string): Float32Array {
  const { encoderStates } = encode(model, input);
  return encoderStates[encoderStates.length - 1];
}

fixedVector(createSeq2Seq({ attention: "none", seed: 1 }), "24.11.2026").length

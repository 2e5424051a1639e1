import { createSeq2Seq, encode, type Seq2Seq } from "attention";

function prefixState(model: Seq2Seq, input: string, j: number): Float32Array {
  const { encoderStates } = encode(model, input.slice(0, j));
  return encoderStates[encoderStates.length - 1];
}

prefixState(createSeq2Seq({ attention: "none", seed: 1 }), "24.11.2026", 2).length

import { createSeq2Seq, encode, type Seq2Seq } from "attention";

interface Entry {
  char: string;
  key: Float32Array;
  value: Float32Array;
}

function inputDictionary(model: Seq2Seq, input: string): Entry[] {
  const { tokens, encoderStates } = encode(model, input);
  const last = encoderStates[encoderStates.length - 1];
  return tokens.map((char, j) => ({ char, key: encoderStates[j], value: last }));
}

const demo = createSeq2Seq({ attention: "bahdanau", seed: 1 });
inputDictionary(demo, "24.11.2026").length

import { attend } from "attention";

function attendOverInput(query: Float32Array, encoderStates: Float32Array[]): Float32Array {
  const keys = encoderStates;
  const values = encoderStates.map((h) => h.map(() => 1));
  return attend(query, keys, values, { score: "dot" }).value;
}

attendOverInput(Float32Array.of(1, 0), [Float32Array.of(1, 0), Float32Array.of(0, 1)])

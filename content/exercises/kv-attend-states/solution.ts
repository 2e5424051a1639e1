import { attend } from "attention";

function attendOverInput(query: Float32Array, encoderStates: Float32Array[]): Float32Array {
  return attend(query, encoderStates, encoderStates, { score: "dot" }).value;
}

attendOverInput(Float32Array.of(1, 0), [Float32Array.of(1, 0), Float32Array.of(0, 1)])

import { attend } from "attention";

interface DecoderParts {
  /** embed(y): the embedding of an output token (D numbers) */
  embed: (token: string) => Float32Array;
  /** one step of the decoder RNN: (s_{i-1}, input) → s_i */
  rnn: (state: Float32Array, input: Float32Array) => Float32Array;
}

function decoderStep(
  prev: Float32Array,
  prevToken: string,
  encoderStates: Float32Array[],
  parts: DecoderParts,
): Float32Array {
  const a = attend(prev, encoderStates, encoderStates).value;
  return parts.rnn(prev, parts.embed(prevToken));
}

const toyParts: DecoderParts = {
  embed: (token) => Float32Array.of(token.charCodeAt(0) / 100, 1),
  rnn: (state, input) => state.map((x, d) => Math.tanh(x + input[input.length - 1 - d])),
};
const toyStates = [Float32Array.of(1, 0, 0), Float32Array.of(0, 1, 0)];
decoderStep(Float32Array.of(0.5, 0, 0), "2", toyStates, toyParts)

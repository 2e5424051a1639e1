import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";

interface DecoderParts {
  embed: (token: string) => Float32Array;
  rnn: (state: Float32Array, input: Float32Array) => Float32Array;
}

export default (({ fc, gen }) => {
  const embed = (token: string) => Float32Array.of(token.charCodeAt(0), -1);
  /** Parts whose RNN answers with something that shows what it was given. */
  const parts = (rnn: DecoderParts["rnn"], label: string) =>
    Object.assign({ embed, rnn }, { label }) as DecoderParts & { label: string };
  const inputLength = parts(
    (_state, input) => Float32Array.of(input.length),
    "rnn: (s, input) => [input.length]",
  );
  const inputItself = parts((_state, input) => input, "rnn: (s, input) => input");
  const realStep = parts(
    (state, input) => state.map((x, d) => Math.tanh(x + input[input.length - 1 - d])),
    "rnn: (s, input) => tanh(s + reversed input)",
  );
  const states = [Float32Array.of(1, 0, 2), Float32Array.of(0, 3, 1), Float32Array.of(2, 1, 0)];
  const prev = Float32Array.of(0.5, -0.2, 0.1);
  const example = (p: DecoderParts) => [[prev, "7", states, p]];
  const float = (n: number) => gen.vector(n).map((x) => Float32Array.from(x));
  /** s_{i-1} and 1–8 encoder states of one dimension (1–6), a previous token, and one of the RNNs. */
  const cases = fc
    .tuple(fc.integer({ min: 1, max: 8 }), gen.dim)
    .chain(([n, h]) =>
      fc.tuple(
        float(h),
        fc.constantFrom("2", "0", "-", "N"),
        fc.array(float(h), { minLength: n, maxLength: n }),
        fc.constantFrom(inputItself, realStep),
      ),
    );
  return {
    fn: "decoderStep",
    params: ["prev", "prevToken", "encoderStates", "parts"],
    show: { 3: (p) => `{ embed: (t) => [t.charCodeAt(0), -1], ${(p as { label: string }).label} }` },
    checks: [
      { id: "rnn-reads-both", examples: example(inputLength) },
      {
        id: "embedding-first",
        examples: example(inputItself),
        project: (r) => Array.from(r as Float32Array).slice(0, 2),
      },
      { id: "attention-value", examples: example(inputItself), tolerance: 1e-5 },
      { id: "new-state", examples: example(realStep), tolerance: 1e-5 },
      { id: "any-size", cases, tolerance: 1e-5 },
      { id: "unchanged", expect: "unchanged", cases },
    ],
  };
}) satisfies ExerciseChecks;

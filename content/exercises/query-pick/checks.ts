import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";
import type { DecodeResult, Seq2Seq, Seq2SeqOptions } from "../../../src/lib/attention/index.ts";

export default (({ fc, gen, lib }) => {
  const model = (lib.createSeq2Seq as (options: Seq2SeqOptions) => Seq2Seq)({
    attention: "bahdanau",
    seed: 6,
  });
  const decode = lib.greedyDecode as (
    m: Seq2Seq,
    input: string,
    options: { maxLength: number },
  ) => DecodeResult;
  const run = decode(model, "Nov 24, 2026", { maxLength: 3 });
  const states = [run.steps[0].prevDecoderState, ...run.steps.map((s) => s.decoderState)];
  /** s_0 … s_n (n 1–8, dimension 1–6) and an output i from 1 to n. */
  const cases = fc.tuple(fc.integer({ min: 2, max: 9 }), gen.dim).chain(([n, d]) =>
    fc.tuple(
      fc.integer({ min: 1, max: n - 1 }),
      gen.vectors(n, d).map((hs) => hs.map((h) => Float32Array.from(h))),
    ),
  );
  return {
    fn: "queryFor",
    params: ["i", "decoderStates"],
    checks: [
      { id: "first-query", examples: [[1, [Float32Array.of(0), Float32Array.of(1), Float32Array.of(2)]]] },
      { id: "every-step", examples: [1, 2, 3].map((i) => [i, states]) },
      { id: "any-step", cases },
      { id: "unchanged", expect: "unchanged", cases },
    ],
  };
}) satisfies ExerciseChecks;

import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";
import type { Seq2Seq, Seq2SeqOptions, EncodeResult } from "../../../src/lib/attention/index.ts";

export default (({ fc, gen, lib }) => {
  const model = (lib.createSeq2Seq as (options: Seq2SeqOptions) => Seq2Seq)({
    attention: "bahdanau",
    seed: 4,
  });
  const { encoderStates } = (lib.encode as (m: Seq2Seq, input: string) => EncodeResult)(model, "24.11.2026");
  /** 1–8 states of dimension 1–6 (large magnitudes and ties among them) and a query of that dimension. */
  const cases = fc
    .tuple(fc.integer({ min: 1, max: 8 }), gen.dim)
    .chain(([n, d]) => fc.tuple(gen.vector(d), gen.vectors(n, d)))
    .map(([q, hs]) => [Float32Array.from(q), hs.map((h) => Float32Array.from(h))]);
  return {
    fn: "attendOverInput",
    params: ["query", "encoderStates"],
    checks: [
      {
        id: "state-size",
        examples: [[encoderStates[2], encoderStates]],
        project: (r) => (r as Float32Array).length,
      },
      {
        id: "hand-example",
        examples: [[Float32Array.of(1, 0), [Float32Array.of(2, 0), Float32Array.of(0, 1)]]],
        tolerance: 1e-5,
      },
      { id: "real-states", examples: [[encoderStates[2], encoderStates]], tolerance: 1e-5 },
      {
        id: "any-states",
        cases,
        tolerance: 1e-4,
        when: (args) => {
          const hs = args[1] as Float32Array[];
          return {
            ko: `상태가 ${hs.length}개, ${hs[0].length}차원일 때`,
            en: `With ${hs.length} states of dimension ${hs[0].length},`,
          };
        },
      },
      { id: "unchanged", expect: "unchanged", cases },
    ],
  };
}) satisfies ExerciseChecks;

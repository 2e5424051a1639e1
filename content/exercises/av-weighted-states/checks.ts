import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";
import type {
  DecodeResult,
  EncodeResult,
  Seq2Seq,
  Seq2SeqOptions,
} from "../../../src/lib/attention/index.ts";

export default (({ fc, gen, lib }) => {
  const model = (lib.createSeq2Seq as (options: Seq2SeqOptions) => Seq2Seq)({
    attention: "bahdanau",
    seed: 8,
  });
  const input = "the 3rd of May 2001";
  const run = (lib.greedyDecode as (m: Seq2Seq, input: string, o: { maxLength: number }) => DecodeResult)(
    model,
    input,
    {
      maxLength: 3,
    },
  );
  const { encoderStates } = (lib.encode as (m: Seq2Seq, input: string) => EncodeResult)(model, input);
  /** 1–8 states of dimension 1–6 and a weight for each (softmax weights, 0/1, ties). */
  const cases = fc.tuple(fc.integer({ min: 1, max: 8 }), gen.dim).chain(([n, d]) =>
    fc.tuple(
      fc.oneof(
        gen.vector(n, fc.constantFrom(0, 1, 0.5, 0.25)),
        gen.scores(fc.constant(n)).map((s) => Array.from((lib.softmax as (s: number[]) => Float32Array)(s))),
      ),
      gen.vectors(n, d).map((hs) => hs.map((h) => Float32Array.from(h))),
    ),
  );
  return {
    fn: "attentionValueFrom",
    params: ["weights", "encoderStates"],
    checks: [
      {
        id: "small-example",
        examples: [
          [
            [0.5, 0.25, 0.25],
            [Float32Array.of(4, 0), Float32Array.of(0, 4), Float32Array.of(4, 4)],
          ],
        ],
      },
      { id: "model", examples: run.steps.map((step) => [step.weights, encoderStates]), tolerance: 1e-5 },
      {
        id: "any-size",
        cases,
        tolerance: 1e-5,
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

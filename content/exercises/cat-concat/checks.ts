import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";
import type { DecodeResult, Seq2Seq, Seq2SeqOptions } from "../../../src/lib/attention/index.ts";

export default (({ fc, gen, lib }) => {
  const model = (lib.createSeq2Seq as (options: Seq2SeqOptions) => Seq2Seq)({
    attention: "bahdanau",
    seed: 3,
  });
  const run = (lib.greedyDecode as (m: Seq2Seq, input: string, o: { maxLength: number }) => DecodeResult)(
    model,
    "24.11.2026",
    { maxLength: 2 },
  );
  const D = model.config.embedDim;
  const float = (n: number) => gen.vector(n).map((x) => Float32Array.from(x));
  /** An embedding (1–6 numbers) and an attention value (1–6), of sizes that usually differ. */
  const cases = fc.tuple(gen.dim, gen.dim).chain(([d, h]) => fc.tuple(float(d), float(h)));
  return {
    fn: "decoderInput",
    params: ["embedded", "attentionValue"],
    checks: [
      {
        id: "length",
        examples: [[Float32Array.of(1, 2), Float32Array.of(7, 8, 9)]],
        project: (r) => (r as Float32Array).length,
      },
      { id: "order", examples: [[Float32Array.of(1, 2), Float32Array.of(7, 8, 9)]] },
      {
        id: "model",
        examples: run.steps.map((step) => [step.decoderInput.slice(0, D), step.attentionValue]),
      },
      {
        id: "any-size",
        cases,
        when: (args) => {
          const [e, a] = args as Float32Array[];
          return {
            ko: `임베딩이 ${e.length}개, 어텐션 값이 ${a.length}개일 때`,
            en: `With an embedding of ${e.length} and an attention value of ${a.length},`,
          };
        },
      },
      { id: "unchanged", expect: "unchanged", cases },
    ],
  };
}) satisfies ExerciseChecks;

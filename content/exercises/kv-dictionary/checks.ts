import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";

interface Entry {
  char: string;
  key: Float32Array;
  value: Float32Array;
}

export default (({ fc, model: kitModel, showModel }) => {
  const model = (seed: number) => kitModel("bahdanau", seed);
  const entries = (r: unknown) => r as Entry[];
  const example = [[model(5), "Nov 24, 2026"]];
  const input = fc.string({ unit: fc.constantFrom(..."0123456789 .-/,NovMay"), minLength: 1, maxLength: 12 });
  return {
    fn: "inputDictionary",
    params: ["model", "input"],
    show: { 0: showModel },
    checks: [
      { id: "one-entry-per-character", examples: example, project: (r) => entries(r).map((e) => e.char) },
      { id: "keys", examples: example, project: (r) => entries(r).map((e) => e.key) },
      { id: "values", examples: example, project: (r) => entries(r).map((e) => e.value) },
      { id: "any-input", cases: fc.tuple(fc.integer({ min: 1, max: 4 }).map(model), input) },
    ],
  };
}) satisfies ExerciseChecks;

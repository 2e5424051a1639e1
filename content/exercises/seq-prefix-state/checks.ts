import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";

export default (({ fc, model: kitModel, showModel }) => {
  const model = (seed: number) => kitModel("none", seed);
  const long = "24 November 2026";
  const input = fc.string({ unit: fc.constantFrom(..."0123456789 .-/,NovMay"), minLength: 1, maxLength: 12 });
  return {
    fn: "prefixState",
    params: ["model", "input", "j"],
    show: { 0: showModel },
    checks: [
      { id: "first-character", examples: [[model(3), long, 1]] },
      { id: "every-position", examples: Array.from(long, (_, k) => [model(3), long, k + 1]) },
      { id: "whole-input", examples: [[model(3), "Nov 24, 2026", 12]] },
      {
        id: "any-input",
        cases: fc
          .tuple(fc.integer({ min: 1, max: 4 }).map(model), input)
          .chain(([m, text]) =>
            fc.tuple(fc.constant(m), fc.constant(text), fc.integer({ min: 1, max: text.length })),
          ),
      },
    ],
  };
}) satisfies ExerciseChecks;

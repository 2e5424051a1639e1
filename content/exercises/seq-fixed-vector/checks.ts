import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";

export default (({ fc, model: kitModel, showModel }) => {
  const model = (seed: number) => kitModel("none", seed);
  const input = fc.string({ unit: fc.constantFrom(..."0123456789 .-/,NovMay"), minLength: 1, maxLength: 12 });
  return {
    fn: "fixedVector",
    params: ["model", "input"],
    show: { 0: showModel },
    checks: [
      { id: "decoder-reads", examples: [[model(2), "Nov 24, 2026"]] },
      {
        id: "whole-input",
        examples: [
          [model(2), "2026-11-24"],
          [model(2), "2026-11-25"],
        ],
        cases: fc.tuple(fc.integer({ min: 1, max: 4 }).map(model), input),
      },
    ],
  };
}) satisfies ExerciseChecks;

import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";

export default (({ fc, gen }) => {
  const cases = fc.tuple(gen.scores(fc.integer({ min: 0, max: 8 })), gen.temperature);
  const sum = (r: unknown) => Array.from(r as number[]).reduce((a, b) => a + b, 0);
  return {
    fn: "mySoftmax",
    params: ["scores", "temperature"],
    checks: [
      { id: "sums-to-one", examples: [[[2, 1, 0.1]]], project: sum },
      { id: "uses-exp", examples: [[[2, 1, 0.1]], [[-1, 0.5, 3]]] },
      { id: "temperature", examples: [[[2, 1, 0.1], 0.5]] },
      { id: "stable", examples: [[[1000, 999]]] },
      {
        id: "any-temperature",
        cases,
        tolerance: 1e-5,
        when: (args) => ({ ko: `온도가 ${args[1]}일 때`, en: `At temperature ${args[1]},` }),
      },
      { id: "unchanged", expect: "unchanged", cases },
    ],
  };
}) satisfies ExerciseChecks;

import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";

export default (({ fc, gen }) => {
  /** Two vectors of one dimension, 1–16 (large magnitudes among them). */
  const cases = fc.integer({ min: 1, max: 16 }).chain((d) => fc.tuple(gen.vector(d), gen.vector(d)));
  return {
    fn: "myScaledDot",
    params: ["q", "k"],
    checks: [
      {
        id: "small-example",
        examples: [
          [
            [1, 2, 2, 0],
            [1, 2, 2, 4],
          ],
        ],
        tolerance: 1e-9,
      },
      {
        id: "library",
        examples: [
          [
            [0.3, -1.2, 0.5, 2, 0.1, -0.4, 0.9, 1.1, -0.7],
            [1, 0.2, -0.3, 0.5, 0.8, -1, 0.4, 0, 0.6],
          ],
        ],
        tolerance: 1e-6,
      },
      {
        id: "any-dimension",
        cases,
        when: (args) => ({
          ko: `벡터가 ${(args[0] as number[]).length}차원일 때`,
          en: `With ${(args[0] as number[]).length}-dimensional vectors,`,
        }),
      },
      { id: "unchanged", expect: "unchanged", cases },
    ],
  };
}) satisfies ExerciseChecks;

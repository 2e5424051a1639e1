import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";

export default (({ fc, gen }) => {
  /** 1–8 values of dimension 1–6 and a weight for each (0/1 weights, fractions, ties, large ones). */
  const cases = fc
    .tuple(fc.integer({ min: 1, max: 8 }), gen.dim)
    .chain(([n, d]) =>
      fc.tuple(
        fc.oneof(
          gen.vector(n),
          gen.vector(n, fc.constantFrom(0, 1)),
          gen.vector(n, fc.constantFrom(0.25, 0.5)),
        ),
        gen.vectors(n, d),
      ),
    );
  const dims = (args: readonly unknown[]) => (args[1] as number[][])[0]?.length ?? 0;
  return {
    fn: "weightedSum",
    params: ["weights", "values"],
    checks: [
      {
        id: "picks-matched",
        examples: [
          [
            [0, 1, 0],
            [
              [181, 2019],
              [149, 2018],
              [143, 2012],
            ],
          ],
        ],
      },
      {
        id: "mixes",
        examples: [
          [
            [0.5, 0.5],
            [
              [2, 0],
              [0, 4],
            ],
          ],
        ],
      },
      {
        id: "no-match-zero",
        examples: [
          [
            [0, 0],
            [
              [5, 5],
              [7, 7],
            ],
          ],
        ],
      },
      {
        id: "any-dimension",
        cases,
        when: (args) => ({ ko: `값이 ${dims(args)}차원일 때`, en: `With ${dims(args)}-dimensional values,` }),
      },
      { id: "unchanged", expect: "unchanged", cases },
    ],
  };
}) satisfies ExerciseChecks;

import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";

export default (({ fc, gen }) => {
  /** s (1–6 numbers), h (1–6), W (A × |s|), U (A × |h|), v (A), with A from 1 to 6. */
  const cases = fc
    .tuple(gen.dim, gen.dim, gen.dim)
    .chain(([ds, dh, a]) =>
      fc.tuple(gen.vector(ds), gen.vector(dh), gen.vectors(a, ds), gen.vectors(a, dh), gen.vector(a)),
    );
  return {
    fn: "additiveScore",
    params: ["s", "h", "W", "U", "v"],
    checks: [
      { id: "small-example", examples: [[[1, 0], [0, 1], [[1, 1]], [[1, 1]], [2]]], tolerance: 1e-9 },
      {
        id: "library",
        examples: [
          [
            [0.3, -0.2, 0.9],
            [1.2, -0.4],
            [
              [0.5, -1, 0.2],
              [1, 0.3, -0.7],
            ],
            [
              [0.1, 0.4],
              [-0.6, 0.9],
            ],
            [1.5, -0.8],
          ],
        ],
        tolerance: 1e-5,
      },
      {
        id: "any-size",
        cases,
        tolerance: 1e-6,
        when: (args) => {
          const [s, h, , , v] = args as number[][];
          return {
            ko: `s가 ${s.length}차원, h가 ${h.length}차원, v가 ${v.length}차원일 때`,
            en: `With s of dimension ${s.length}, h of ${h.length} and v of ${v.length},`,
          };
        },
      },
      { id: "unchanged", expect: "unchanged", cases },
    ],
  };
}) satisfies ExerciseChecks;

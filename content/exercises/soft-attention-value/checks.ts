import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";

export default (({ fc, gen }) => {
  /** A query, 1–8 keys of its dimension (1–6), and as many values of another dimension (1–6). */
  const cases = fc
    .tuple(fc.integer({ min: 1, max: 8 }), gen.dim, gen.dim)
    .chain(([n, dk, dv]) => fc.tuple(gen.vector(dk), gen.vectors(n, dk), gen.vectors(n, dv)));
  const example = [
    [1.5, 0.5],
    [
      [1, 0],
      [0, 1],
      [-1, 0],
    ],
    [
      [10, 0],
      [0, 10],
      [-10, 0],
    ],
  ];
  const size = (args: readonly unknown[]) => {
    const [q, , values] = args as number[][][];
    return { q: q.length, v: (values[0] ?? []).length, n: values.length };
  };
  return {
    fn: "myAttend",
    params: ["query", "keys", "values"],
    checks: [
      {
        id: "weights",
        examples: [example],
        project: (r) => (r as { weights: unknown }).weights,
        tolerance: 1e-5,
      },
      { id: "value", examples: [example], tolerance: 1e-4 },
      {
        id: "tie",
        examples: [
          [
            [0, 0],
            [
              [1, 0],
              [0, 1],
            ],
            [
              [2, 0],
              [0, 2],
            ],
          ],
        ],
        tolerance: 1e-5,
      },
      {
        id: "any-size",
        cases,
        tolerance: 1e-4,
        when: (args) => {
          const { q, v, n } = size(args);
          return {
            ko: `키 ${n}개, 쿼리 ${q}차원, 값 ${v}차원일 때`,
            en: `With ${n} keys, a ${q}-dimensional query and ${v}-dimensional values,`,
          };
        },
      },
      { id: "unchanged", expect: "unchanged", cases },
    ],
  };
}) satisfies ExerciseChecks;

import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";

export default (({ fc, gen }) => {
  const xs = [
    [1, 0],
    [0, 1],
    [1, 1],
  ];
  /** 0–8 positions of one dimension (1–6), with large magnitudes and repeated vectors among them. */
  const cases = fc
    .tuple(gen.size, gen.dim)
    .chain(([n, d]) =>
      fc.oneof(
        gen.vectors(n, d),
        gen.vector(d).map((x) => new Array(n).fill(x)),
      ),
    )
    .map((positions) => [positions]);
  return {
    fn: "selfAttention",
    params: ["xs"],
    checks: [
      {
        id: "shape",
        examples: [[xs]],
        project: (r) =>
          Array.from(r as ArrayLike<ArrayLike<number>>, (v) => (v && typeof v === "object" ? v.length : -1)),
      },
      { id: "includes-itself", examples: [[xs]], project: (r) => (r as unknown[])[0], tolerance: 1e-6 },
      { id: "own-query", examples: [[xs]], tolerance: 1e-6 },
      {
        id: "any-size",
        cases,
        tolerance: 1e-5,
        when: (args) => {
          const p = args[0] as number[][];
          return { ko: `위치가 ${p.length}개일 때`, en: `With ${p.length} positions,` };
        },
      },
      { id: "unchanged", expect: "unchanged", cases },
    ],
  };
}) satisfies ExerciseChecks;

import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";

export default (({ fc, gen }) => ({
  fn: "compare",
  params: ["query", "keys"],
  checks: [
    {
      id: "one-per-key",
      examples: [
        ["a", []],
        ["x", ["x", "y", "z", "w"]],
      ],
      project: (r) => (r as unknown[]).length,
    },
    { id: "zeros-and-ones", examples: [["2018", ["2019", "2018", "2012"]]] },
    { id: "no-match", examples: [["2000", ["2019", "2018", "2012"]]] },
    {
      id: "exact-match",
      cases: fc.oneof(
        gen.keysAround.map(({ query, keys }) => [query, keys]),
        fc.constant(["2018", ["20180", "018", "2018"]]),
      ),
    },
  ],
})) satisfies ExerciseChecks;

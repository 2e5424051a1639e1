import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";

const films: Array<[string, string]> = [
  ["2019", "EndGame"],
  ["2018", "InfinityWar"],
  ["2012", "Avengers"],
];

export default (({ fc, gen }) => {
  /** Pairs whose keys are the query, its prefix, the query with one more character or one changed, or others. */
  const pairsAndQuery = gen.keysAround.map(({ query, keys }) => [keys.map((k, j) => [k, `v${j}`]), query]);
  return {
    fn: "lookup",
    params: ["pairs", "query"],
    checks: [
      { id: "returns-value", examples: [[films, "2019"]] },
      {
        id: "every-key",
        examples: [
          [films, "2018"],
          [films, "2012"],
        ],
      },
      { id: "no-match", examples: [[films.slice(0, 2), "2000"]] },
      {
        id: "exact-match",
        cases: fc.oneof(
          pairsAndQuery,
          fc.constant([
            [
              ["20180", "v0"],
              ["2018", "v1"],
            ],
            "2018",
          ]),
        ),
      },
    ],
  };
}) satisfies ExerciseChecks;

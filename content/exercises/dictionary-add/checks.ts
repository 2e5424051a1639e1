import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";

export default (({ fc, gen }) => {
  /** A list with distinct keys, and a key that is in it (any position) or not (perhaps a near miss). */
  const cases = fc
    .uniqueArray(gen.word, { maxLength: 8 })
    .chain((keys) =>
      fc.tuple(
        fc.constant(keys.map((k, j) => [k, `v${j}`])),
        keys.length ? fc.oneof(fc.constantFrom(...keys), gen.word) : gen.word,
        fc.constant("new"),
      ),
    );
  return {
    fn: "addPair",
    params: ["pairs", "key", "value"],
    checks: [
      { id: "new-key", examples: [[[["2019", "EndGame"]], "2012", "Avengers"]] },
      {
        id: "existing-key",
        examples: [
          [
            [
              ["2019", "EndGame"],
              ["2018", "InfinityWar"],
            ],
            "2018",
            "Black Panther",
          ],
        ],
      },
      {
        id: "original-unchanged",
        expect: "unchanged",
        examples: [[[["2018", "InfinityWar"]], "2018", "X"]],
        cases,
      },
      { id: "keeps-order", cases },
    ],
  };
}) satisfies ExerciseChecks;

import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runExercise, same, show, type ExerciseSpec } from "../../src/kernel/checking/exercise.ts";

const weightedSum = (weights: number[], values: number[][]) => {
  const out = new Array(values[0].length).fill(0);
  values.forEach((v, j) => v.forEach((x, d) => (out[d] += weights[j] * x)));
  return out;
};
/** A student's: only ever two components. */
const twoComponents = (weights: number[], values: number[][]) => [
  weights.reduce((s, w, j) => s + w * values[j][0], 0),
  weights.reduce((s, w, j) => s + w * values[j][1], 0),
];
/** Another's: sorts the weights in place. */
const sorts = (weights: number[], values: number[][]) => {
  weights.sort((a, b) => a - b);
  return weightedSum(weights, values);
};

const int = fc.integer({ min: -5, max: 5 });
const cases = fc
  .record({ n: fc.integer({ min: 1, max: 4 }), d: fc.integer({ min: 1, max: 6 }) })
  .chain(({ n, d }) =>
    fc.tuple(
      fc.array(int, { minLength: n, maxLength: n }),
      fc.array(fc.array(int, { minLength: d, maxLength: d }), { minLength: n, maxLength: n }),
    ),
  );
const spec: ExerciseSpec = {
  fn: "weightedSum",
  params: ["weights", "values"],
  checks: [
    {
      id: "example",
      examples: [
        [
          [0, 1],
          [
            [1, 2],
            [3, 4],
          ],
        ],
      ],
    },
    {
      id: "any-dimension",
      cases,
      when: (args) => ({
        ko: `값이 ${(args[1] as number[][])[0].length}차원일 때`,
        en: `With ${(args[1] as number[][])[0].length}-dimensional values,`,
      }),
    },
    { id: "unchanged", cases, expect: "unchanged" },
  ],
};

describe("exercise checks on generated inputs", () => {
  it("pass the reference itself", () => {
    expect(runExercise(spec, fc, weightedSum, weightedSum, "en").map((r) => r.status)).toEqual([
      "pass",
      "pass",
      "pass",
    ]);
  });

  it("report the smallest failing input, what came back and what should have, in the reader's language", () => {
    const ko = runExercise(spec, fc, twoComponents, weightedSum, "ko");
    expect(ko.map((r) => r.status)).toEqual(["pass", "fail", "pass"]);
    // shrunk to one key and one dimension: the smallest input the two-component code gets wrong
    expect(ko[1].message).toBe(
      "값이 1차원일 때 weightedSum([0], [[0]])이 [0, NaN]을 돌려줬습니다. [0]이어야 합니다.",
    );
    const en = runExercise(spec, fc, twoComponents, weightedSum, "en");
    expect(en[1].message).toBe(
      "With 1-dimensional values, weightedSum([0], [[0]]) returned [0, NaN]; it should return [0].",
    );
  });

  it("catch an argument changed on any path, naming it", () => {
    const results = runExercise(spec, fc, sorts, weightedSum, "en");
    expect(results[2].status).toBe("fail");
    expect(results[2].message).toMatch(/^weightedSum\(\[.*\]\) changed its argument weights: \[/);
  });

  it("say so when the function is missing", () => {
    expect(runExercise(spec, fc, undefined, weightedSum, "ko")[0].message).toBe(
      "코드에 함수 weightedSum이 없습니다.",
    );
  });

  it("compare numbers within a tolerance and lists of either kind alike", () => {
    expect(same(Float32Array.of(0.1, 2), [0.1, 2], 1e-6)).toBe(true);
    expect(same([1, 2], [1, 2, 3])).toBe(false);
    expect(same(NaN, NaN)).toBe(true);
    expect(same({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(show([1 / 3, Float32Array.of(1.5)])).toBe("[0.333333, [1.5]]");
  });
});

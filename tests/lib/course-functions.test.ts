// The course's functions on small cases worked out by hand.
import { describe, expect, it } from "vitest";
import {
  additive,
  attend,
  cosine,
  dot,
  general,
  hardLookup,
  scaledDot,
  softmax,
} from "../../src/lib/attention/index.ts";

const close = (actual: ArrayLike<number>, expected: number[], digits = 6): void => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => expect(actual[i]).toBeCloseTo(e, digits));
};

describe("hardLookup: the lecture's dictionary of movies by year", () => {
  const movies: Array<[string, string]> = [
    ["2019", "EndGame"],
    ["2018", "InfinityWar"],
    ["2012", "Avengers"],
  ];

  it('query "2018" against "2019", "2018", "2012" compares [0, 1, 0] and outputs "InfinityWar"', () => {
    for (const dict of [movies, new Map(movies)]) {
      const r = hardLookup(dict, "2018");
      expect(r.keys).toEqual(["2019", "2018", "2012"]);
      expect(r.compare).toEqual([0, 1, 0]);
      expect(r.value).toBe("InfinityWar");
      expect(r.found).toBe(true);
    }
  });

  it('"2019" gives "EndGame", "2012" gives "Avengers"', () => {
    expect(hardLookup(movies, "2019")).toMatchObject({ compare: [1, 0, 0], value: "EndGame", found: true });
    expect(hardLookup(movies, "2012")).toMatchObject({ compare: [0, 0, 1], value: "Avengers", found: true });
  });

  it("a query that matches no key outputs nothing, explicitly", () => {
    const r = hardLookup(movies, "2000");
    expect(r.compare).toEqual([0, 0, 0]);
    expect(r.found).toBe(false);
    expect(r.value).toBeUndefined();
  });

  it("a plain object works too, in JavaScript's key order (integer-like keys ascending)", () => {
    const r = hardLookup({ "2019": "EndGame", "2018": "InfinityWar", "2012": "Avengers" }, "2019");
    expect(r.keys).toEqual(["2012", "2018", "2019"]);
    expect(r.compare).toEqual([0, 0, 1]);
    expect(r.value).toBe("EndGame");
  });

  it("the first of duplicate keys gives the value", () => {
    expect(
      hardLookup(
        [
          ["a", 1],
          ["a", 2],
        ],
        "a",
      ),
    ).toMatchObject({ compare: [1, 1], value: 1 });
  });
});

describe("softmax", () => {
  it("turns e^x ratios into weights: [0, ln 2, ln 3] → [1/6, 2/6, 3/6]", () => {
    close(softmax([0, Math.log(2), Math.log(3)]), [1 / 6, 2 / 6, 3 / 6]);
  });

  it("temperature 2 takes square roots of those ratios", () => {
    const s = 1 + Math.SQRT2 + Math.sqrt(3);
    close(softmax([0, Math.log(2), Math.log(3)], 2), [1 / s, Math.SQRT2 / s, Math.sqrt(3) / s]);
  });

  it("temperature 0 is the one-hot vector of the largest score (the first one on a tie)", () => {
    expect([...softmax([0.5, 3, 1], 0)]).toEqual([0, 1, 0]);
    expect([...softmax([2, 2, 1], 0)]).toEqual([1, 0, 0]);
  });

  it("a tiny temperature approaches the hard lookup", () => {
    const w = softmax([1, 2, 1.5], 0.01);
    expect(w[1]).toBeGreaterThan(0.9999);
  });

  it("is stable for huge scores and gives masked (−Infinity) scores weight 0", () => {
    close(softmax([1000, 1000]), [0.5, 0.5]);
    close(softmax([-1000, -1000 + Math.log(3)]), [0.25, 0.75]);
    close(softmax([-Infinity, 0, -Infinity]), [0, 1, 0]);
  });

  it("rejects a negative temperature and all-masked scores", () => {
    expect(() => softmax([1, 2], -1)).toThrow(/temperature/);
    expect(() => softmax([-Infinity, -Infinity])).toThrow(/-?Infinity/);
    expect(softmax([]).length).toBe(0);
  });
});

describe("score functions", () => {
  it("dot, scaled dot, cosine", () => {
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(scaledDot([2, 2], [1, 1])).toBeCloseTo(4 / Math.SQRT2, 6);
    expect(cosine([3, 4], [4, 3])).toBeCloseTo(24 / 25, 6);
    expect(cosine([0, 0], [1, 1])).toBe(0);
  });

  it("general: qᵀ W k", () => {
    // W k = [1·1 + 2·1, 3·1 + 4·1] = [3, 7]; q · [3, 7] = 1·3 + 2·7 = 17
    expect(
      general(
        [1, 2],
        [1, 1],
        [
          [1, 2],
          [3, 4],
        ],
      ),
    ).toBe(17);
  });

  it("additive: vᵀ tanh(W q + U k)", () => {
    // W q = [0.5, 0], U k = [0.5, 0] → tanh([1, 0]) = [tanh 1, 0] → v · … = 2 tanh 1
    const params = {
      W: [
        [1, 0],
        [0, 1],
      ],
      U: [
        [1, 1],
        [0, 0],
      ],
      v: [2, 3],
    };
    expect(additive([0.5, 0], [0.25, 0.25], params)).toBeCloseTo(2 * Math.tanh(1), 6);
  });

  it("mismatched lengths are reported", () => {
    expect(() => dot([1, 2], [1, 2, 3])).toThrow(/query has 2/);
    expect(() =>
      general(
        [1],
        [1, 1],
        [
          [1, 1],
          [1, 1],
        ],
      ),
    ).toThrow(/rows/);
  });
});

describe("attend", () => {
  const keys = [
    [1, 0],
    [0, 1],
  ];
  const values = [
    [4, 0],
    [0, 8],
  ];

  it("scores → weights → weighted sum of the values", () => {
    // dot scores [ln 3, 0] → weights [3/4, 1/4] → value 3/4·[4, 0] + 1/4·[0, 8] = [3, 2]
    const r = attend([Math.log(3), 0], keys, values);
    close(r.scores, [Math.log(3), 0]);
    close(r.weights, [0.75, 0.25]);
    close(r.value, [3, 2]);
  });

  it("temperature 0 returns exactly the best key's value (hard lookup)", () => {
    close(attend([0.2, 0.9], keys, values, { temperature: 0 }).value, [0, 8]);
  });

  it("uses the chosen score: by name, with parameters, or as a function", () => {
    close(
      attend([1, 1], keys, values, {
        score: "general",
        W: [
          [0, 0],
          [0, 0],
        ],
      }).weights,
      [0.5, 0.5],
    );
    // cosine of [1, 1] with either key is 1/√2: equal weights
    close(attend([1, 1], keys, values, { score: "cosine" }).weights, [0.5, 0.5]);
    close(
      attend([0, 0], keys, values, { score: (_q, k) => (k[1] === 1 ? Math.log(3) : 0) }).weights,
      [0.25, 0.75],
    );
    const additiveParams = { W: [[1, 0]], U: [[0, 0]], v: [1] };
    close(attend([0, 0], keys, values, { score: "additive", additiveParams }).weights, [0.5, 0.5]);
  });

  it("values may have another size than keys", () => {
    close(attend([0, 0], keys, [[1], [3]]).value, [2]);
  });

  it("reports missing keys, a key/value count mismatch and a missing W", () => {
    expect(() => attend([1], [], [])).toThrow(/at least one key/);
    expect(() => attend([1, 0], keys, [[1]])).toThrow(/2 keys but 1 values/);
    expect(() => attend([1, 0], keys, values, { score: "general" })).toThrow(/needs a matrix W/);
  });
});

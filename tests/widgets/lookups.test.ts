import { describe, expect, it } from "vitest";
import { hardLookup, attend } from "../../src/lib/attention/index.ts";
import {
  entryProblem,
  queryProblem,
  renderLookup,
  type Entry,
} from "../../src/widgets/dictionary-lookup/render.ts";
import { strings as dictStrings } from "../../src/widgets/dictionary-lookup/strings.ts";
import {
  ADDITIVE,
  KEYS,
  VALUES,
  fromPixel,
  hardVersusLimitHtml,
  matchingKey,
  queryAria,
  renderSoftLookup,
  snapToKey,
  temperatureAt,
  toPixel,
} from "../../src/widgets/soft-lookup/render.ts";
import { strings as softStrings } from "../../src/widgets/soft-lookup/strings.ts";

const movies: Entry[] = [
  ["2019", "EndGame"],
  ["2018", "InfinityWar"],
  ["2012", "Avengers"],
];

describe("dictionary lookup", () => {
  it("draws query 2018 with the compare column 0 1 0 and the output InfinityWar", async () => {
    const svg = renderLookup(movies, "2018", hardLookup(movies, "2018"), dictStrings.en);
    expect(svg).toContain("output: InfinityWar");
    await expect(svg).toMatchFileSnapshot("__snapshots__/dictionary-2018.en.svg");
  });

  it("draws chapter 01's version without the compare column: key → value and the output only", () => {
    const svg = renderLookup(movies, "2018", hardLookup(movies, "2018"), dictStrings.ko, false);
    expect(svg).toContain("출력: InfinityWar");
    expect(svg).not.toContain(dictStrings.ko.compare);
    expect(svg).not.toContain("Σ");
    const full = renderLookup(movies, "2018", hardLookup(movies, "2018"), dictStrings.ko);
    expect(full).toContain(dictStrings.ko.compare);
    expect(full).toContain("Σ");
  });

  it("says that nothing matches for 1999, in Korean too", async () => {
    const svg = renderLookup(movies, "1999", hardLookup(movies, "1999"), dictStrings.ko);
    expect(svg).toContain("같은 키가 없어서 출력이 없습니다");
    expect(svg).toMatch(/data-output>출력: —/);
    await expect(svg).toMatchFileSnapshot("__snapshots__/dictionary-1999.ko.svg");
  });

  it("rejects an empty or very long query and a duplicate or empty entry with a message", () => {
    const s = dictStrings.en;
    expect(queryProblem("", s)).toBe(s.emptyQuery);
    expect(queryProblem("x".repeat(500), s)).toContain("500");
    expect(queryProblem("2018", s)).toBeNull();
    expect(entryProblem(movies, "2018", "Other", s)).toContain("already");
    expect(entryProblem(movies, "", "Other", s)).toBe(s.emptyEntry);
    expect(entryProblem(movies, "2008", "IronMan", s)).toBeNull();
  });
});

describe("soft lookup", () => {
  it("draws the default scene: query (1.5, 0.5), dot score, τ = 1", async () => {
    const result = attend([1.5, 0.5], KEYS, VALUES, { score: "dot", temperature: 1 });
    const svg = renderSoftLookup([1.5, 0.5], result, softStrings.en);
    // k1 = (2, 1): score 1.5·2 + 0.5·1 = 3.5, the largest, so it carries the largest weight.
    expect(svg).toContain("3.50");
    expect(svg).toContain("query (1.50, 0.50): the largest weight is on k1");
    await expect(svg).toMatchFileSnapshot("__snapshots__/soft-dot.en.svg");
  });

  it("draws the hard lookup (τ = 0) with the additive score in Korean", async () => {
    const result = attend([-1, 1], KEYS, VALUES, {
      score: "additive",
      temperature: 0,
      additiveParams: ADDITIVE,
    });
    const svg = renderSoftLookup([-1, 1], result, softStrings.ko);
    expect(svg).toContain("α=1.00");
    await expect(svg).toMatchFileSnapshot("__snapshots__/soft-additive-hard.ko.svg");
  });

  it("draws no line or bar for a weight or value that is not a finite number (a broken library edit)", () => {
    // weights[j] /= 0 in the library gives ∞ weights and a NaN value; a NaN score gives NaN weights.
    const broken = {
      scores: Float32Array.from([3.5, NaN, 1, -2]),
      weights: Float32Array.from([0.5, NaN, Infinity, 0.25]),
      value: Float32Array.from([NaN, 1]),
    };
    const svg = renderSoftLookup([1.5, 0.5], broken, softStrings.en);
    // Nothing is placed at a coordinate the browser would read as 0 (the picture's corner).
    expect(svg.match(/="[^"]*(NaN|Infinity)[^"]*"/g)).toBeNull();
    // Key space: a line from the query to each key with a finite weight only (k1 and k4).
    expect(svg.match(/class="w-stroke-key"/g)).toHaveLength(2);
    // Value space: the attention value a is not finite, so neither a nor its lines to the values are drawn.
    expect(svg).not.toContain("w-stroke-value");
    expect(svg).not.toMatch(/font-weight="700">a</);
    // The numbers still say what went wrong.
    expect(svg).toContain("α=–");
    expect(svg).toContain("α=∞");
    const fine = renderSoftLookup(
      [1.5, 0.5],
      { ...broken, value: Float32Array.from([0.5, 1]) },
      softStrings.ko,
    );
    expect(fine.match(/="[^"]*(NaN|Infinity)[^"]*"/g)).toBeNull();
    expect(fine.match(/class="w-stroke-value"/g)).toHaveLength(2);
  });

  it("maps the temperature slider from the hard lookup through τ = 1 to very soft", () => {
    expect(temperatureAt(0)).toBe(0);
    expect(temperatureAt(20)).toBe(1);
    expect(temperatureAt(40)).toBe(100);
    expect(temperatureAt(10)).toBeCloseTo(0.1, 3);
  });

  it("describes the query's position for assistive technology", () => {
    expect(queryAria([0.5, -1.25], softStrings.en)["aria-valuetext"]).toBe("query q = (0.50, −1.25)");
    expect(queryAria([0.5, -1.25], softStrings.ko).role).toBe("slider");
  });

  it("turns a pixel in the key panel back into the point drawn there", () => {
    const [x, y] = toPixel([1.5, -2], 0);
    expect(fromPixel(x, y)).toEqual([1.5, -2]);
    expect(fromPixel(-1000, -1000)).toEqual([-3, 3]);
  });

  describe("hard lookup beside attention as τ → 0", () => {
    // KEYS are k1 (2, 1), k2 (−1, 2), k3 (−2, −1), k4 (1, −2).
    it("agree when the query is a key: q = k1 has the top dot score 2·2 + 1·1 = 5", () => {
      const result = attend([2, 1], KEYS, VALUES, { score: "dot" });
      const html = hardVersusLimitHtml([2, 1], result, softStrings.en);
      expect(html).toContain("key equal to the query: k1 → weights (1, 0, 0, 0), output v1");
      expect(html).toContain("top-scoring key: k1 → weights (1, 0, 0, 0), output v1");
      expect(html).toContain('data-verdict="same"');
    });

    it("differ when the query is no key: exact match gives (0, 0, 0, 0), τ → 0 still picks k1", () => {
      const result = attend([1.5, 0.5], KEYS, VALUES, { score: "dot" });
      const html = hardVersusLimitHtml([1.5, 0.5], result, softStrings.ko);
      expect(html).toContain("쿼리와 같은 키: 없음 → 가중치 (0, 0, 0, 0), 출력 없음");
      expect(html).toContain("스코어가 가장 높은 키: k1 → 가중치 (1, 0, 0, 0), 출력 v1");
      expect(html).toContain('data-verdict="different"');
    });

    it("differ when the query is a key but another key scores higher (general score, W flips x)", () => {
      // W k for W = [[−1, 0], [0, 1]]: k1 → (−2, 1), k2 → (1, 2); with q = (2, 1): −3 and 4.
      const W = [
        [-1, 0],
        [0, 1],
      ];
      const result = attend([2, 1], KEYS, VALUES, { score: "general", W });
      const html = hardVersusLimitHtml([2, 1], result, softStrings.en);
      expect(html).toContain("key equal to the query: k1");
      expect(html).toContain("top-scoring key: k2 → weights (0, 1, 0, 0), output v2");
      expect(html).toContain("another key scores higher");
    });

    it("finds a key only on exact equality, and a drag close to a key lands on it", () => {
      expect(matchingKey([-1, 2])).toBe(1);
      expect(matchingKey([-1, 2.01])).toBe(-1);
      expect(snapToKey([-1.1, 2.05])).toEqual([-1, 2]);
      expect(snapToKey([-1.3, 2])).toEqual([-1.3, 2]);
    });
  });
});

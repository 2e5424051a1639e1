// Predictions: the data is complete in both languages, each sits in its chapter in both editions,
// and every claim an outcome or explanation makes is checked here against the library and the
// shipped models (public/models), computed afresh, never copied from the prediction's text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { predictionList, predictions } from "../../content/predictions/index.ts";
import {
  attend,
  createSeq2Seq,
  encode,
  greedyDecode,
  hardLookup,
  loadModel,
  softmax,
  type ModelMeta,
} from "../../src/lib/attention/index.ts";

const HANGUL = /\p{Script=Hangul}/u;
const models = join(import.meta.dirname, "../../public/models");
const shipped = (kind: string) =>
  loadModel(
    JSON.parse(readFileSync(join(models, `${kind}.json`), "utf8")) as ModelMeta,
    readFileSync(join(models, `${kind}.bin`)),
  );
const rightOf = (id: string) => predictions[id]!.options.find((o) => o.correct)!;
const chapterSource = (lang: string, slug: string) =>
  readFileSync(`content/chapters/${lang}/${slug}.mdx`, "utf8");

describe("predictions as data", () => {
  it("there are at least 12, at least one in each of chapters 01–08, with distinct ids", () => {
    expect(predictionList.length).toBeGreaterThanOrEqual(12);
    expect(new Set(predictionList.map((p) => p.id)).size).toBe(predictionList.length);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8])
      expect(
        predictionList.some((p) => p.chapter.startsWith(String(n).padStart(2, "0"))),
        `chapter ${n}`,
      ).toBe(true);
  });

  it.each(predictionList.map((p) => [p.id, p] as const))(
    "%s: one right option, every wrong one names its misconception, all text in both languages",
    (_, p) => {
      expect(p.options.filter((o) => o.correct)).toHaveLength(1);
      expect(p.options.length).toBeGreaterThanOrEqual(3);
      for (const o of p.options) {
        if (!o.correct) expect(o.misconception).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        else expect(o.misconception).toBeUndefined();
      }
      const prose = [p.question, p.outcome, ...p.options.map((o) => o.explanation)];
      for (const t of [...prose, ...p.options.map((o) => o.text)]) {
        expect(t.ko.trim()).not.toBe("");
        expect(t.en.trim()).not.toBe("");
      }
      // Sentences are written in each language (option labels may be plain numbers in both).
      for (const t of prose) expect(HANGUL.test(t.ko), t.ko).toBe(true);
      expect(new Set(p.options.map((o) => o.misconception ?? "right")).size).toBe(p.options.length);
    },
  );

  it("each is placed in its own chapter once, in both editions, and every <Predict> is defined", () => {
    for (const lang of ["ko", "en"]) {
      for (const p of predictionList) {
        const uses = chapterSource(lang, p.chapter).split(`<Predict id="${p.id}"`).length - 1;
        expect(uses, `${lang}/${p.chapter} shows ${p.id} once`).toBe(1);
      }
      for (const slug of new Set(predictionList.map((p) => p.chapter)))
        for (const [, id] of chapterSource(lang, slug).matchAll(/<Predict id="([^"]+)"/g))
          expect(predictions[id!]?.chapter, `<Predict id="${id}"> in ${lang}/${slug}`).toBe(slug);
    }
  });
});

describe("what the predictions say is true of the course's library and models", () => {
  const films: Array<[string, string]> = [
    ["2019", "EndGame"],
    ["2018", "InfinityWar"],
    ["2012", "Avengers"],
  ];

  it("01: a query that equals no key finds nothing, without an error", () => {
    expect(films.find(([key]) => key === "2000")?.[1]).toBeUndefined();
    expect(hardLookup(films, "2000")).toMatchObject({ found: false, value: undefined, compare: [0, 0, 0] });
    expect(rightOf("predict-dictionary-missing").text.en).toContain("undefined");
  });

  it("02: two equal keys both count: the weighted sum adds their values", () => {
    const dup: Array<[string, number]> = [
      ["2019", 181],
      ["2018", 149],
      ["2018", 119],
      ["2012", 143],
    ];
    const r = hardLookup(dup, "2018");
    expect(r.compare).toEqual([0, 1, 1, 0]);
    expect(r.value).toBe(149); // hardLookup's value is the first match, as the 149 option says
    const sum = r.compare.reduce((s, w, j) => s + w * dup[j]![1], 0);
    expect(sum).toBe(268);
    expect(rightOf("predict-duplicate-keys").text.en).toContain(String(sum));
  });

  it("03: adding a constant to every score leaves the softmax weights unchanged", () => {
    const a = Array.from(softmax([2, 1, 0.1]));
    const b = Array.from(softmax([102, 101, 100.1]));
    expect(a.map((w) => +w.toFixed(3))).toEqual([0.659, 0.242, 0.099]);
    for (const [i, w] of b.entries()) expect(w).toBeCloseTo(a[i]!, 5);
  });

  it("03: at temperature 0, 2017 puts all the weight on 2018 while the hard lookup finds nothing", () => {
    const closeness = (q: Float32Array, k: Float32Array) => -Math.abs(q[0]! - k[0]!);
    const r = attend([2017], [[2019], [2018], [2012]], [[181], [149], [143]], {
      score: closeness,
      temperature: 0,
    });
    expect(Array.from(r.weights)).toEqual([0, 1, 0]);
    expect(Array.from(r.scores)).toEqual([-2, -1, -5]);
    expect(hardLookup(films, "2017").compare).toEqual([0, 0, 0]);
  });

  it("04: the encoder makes one 48-number state per character of '24 November 2026' (16)", () => {
    for (const model of [createSeq2Seq({ attention: "none", seed: 1 }), shipped("bahdanau")]) {
      const { tokens, encoderStates } = encode(model, "24 November 2026");
      expect(tokens).toHaveLength(16);
      expect(encoderStates).toHaveLength(16);
      expect(encoderStates[0]).toHaveLength(48);
    }
  });

  it("05: a state used as its own query wins, but only just, in the untrained model", () => {
    const model = createSeq2Seq({ attention: "bahdanau", seed: 1 });
    const { tokens, encoderStates } = encode(model, "2026년 11월 24일");
    expect(tokens[3]).toBe("6");
    const w = Array.from(attend(encoderStates[3]!, encoderStates, encoderStates, { score: "dot" }).weights);
    const sorted = [...w].sort((a, b) => b - a);
    expect(w.indexOf(sorted[0]!)).toBe(3);
    expect(+sorted[0]!.toFixed(3)).toBe(0.087);
    expect(+sorted[1]!.toFixed(3)).toBe(0.082);
    expect(tokens[w.indexOf(sorted[1]!)]).toBe(" ");
  });

  it("05: the attention value has the size of one state (48), not the input's 13", () => {
    const model = createSeq2Seq({ attention: "bahdanau", seed: 1 });
    const { tokens, encoderStates } = encode(model, "2026년 11월 24일");
    expect(tokens).toHaveLength(13);
    const looked = attend(encoderStates[3]!, encoderStates, encoderStates, { score: "dot" });
    expect(looked.value).toHaveLength(48);
    expect(looked.weights).toHaveLength(13);
  });

  it("06: the query at step 1 is h_T, and from step 2 the previous decoder state", () => {
    for (const model of [createSeq2Seq({ attention: "bahdanau", seed: 1 }), shipped("bahdanau")]) {
      const { encoderStates } = encode(model, "24.11.2026");
      const run = greedyDecode(model, "24.11.2026", { maxLength: 4 });
      expect(Array.from(run.steps[0]!.query)).toEqual(Array.from(encoderStates[encoderStates.length - 1]!));
      for (let i = 1; i < run.steps.length; i++)
        expect(Array.from(run.steps[i]!.query)).toEqual(Array.from(run.steps[i - 1]!.decoderState));
    }
  });

  it("07: the trained model's month rows for '2026년 11월 24일' look mostly at 월", () => {
    const run = greedyDecode(shipped("bahdanau"), "2026년 11월 24일");
    expect(run.output).toBe("2026-11-24");
    const month = run.inputTokens.indexOf("월");
    const ones = run.inputTokens.flatMap((t, j) => (t === "1" ? [j] : []));
    expect(ones).toEqual([month - 2, month - 1]);
    for (const row of [run.steps[5]!.weights, run.steps[6]!.weights]) {
      expect(row[month]).toBeGreaterThan(0.75);
      expect(row[month]).toBeLessThan(0.85);
      expect(row[ones[0]!]! + row[ones[1]!]!).toBeLessThan(0.2);
      expect(row[ones[1]!]).toBeGreaterThan(row[ones[0]!]!); // "the 1 just before it" takes most of the rest
      expect(row[ones[1]!]).toBeGreaterThan(0.5 * (1 - row[month]!));
    }
  });

  it("07: an untrained model's first row is nearly even: every weight within 0.073–0.083 (seed 1)", () => {
    const model = createSeq2Seq({ attention: "bahdanau", seed: 1 });
    const row = Array.from(greedyDecode(model, "2026년 11월 24일", { maxLength: 1 }).steps[0]!.weights);
    expect(row).toHaveLength(13);
    expect(Math.min(...row)).toBeGreaterThanOrEqual(0.073);
    expect(Math.max(...row)).toBeLessThanOrEqual(0.083);
  });

  it("08: without attention, long dates are as right as short ones; reversal falls to 0", () => {
    type Bucket = { bucket: string; accuracy: number };
    const report = JSON.parse(readFileSync(join(models, "report.json"), "utf8"));
    const pct = (list: Bucket[], bucket: string) =>
      Math.round(100 * list.find((b) => b.bucket === bucket)!.accuracy);
    const none: Bucket[] = report.models.none.byLength;
    expect(pct(none, "41+")).toBe(98);
    expect(pct(none, "1–10")).toBe(99);
    expect(Math.round(100 * report.models.bahdanau.accuracy)).toBe(100);
    expect(none.every((b) => b.accuracy < 1)).toBe(true); // "a few wrong at every length"
    const reversal: Bucket[] = report.reversal.models.none.byLength;
    expect(pct(reversal, "21–25")).toBe(0);
    expect(pct(reversal, "11–15")).toBeLessThan(50);
  });

  it("08: the decoder reads D + H = 24 + 48 = 72 numbers", () => {
    const model = shipped("bahdanau");
    expect([model.config.embedDim, model.config.hiddenDim]).toEqual([24, 48]);
    const run = greedyDecode(model, "Nov 24, 2026", { maxLength: 3 });
    expect(run.steps[0]!.decoderInput).toHaveLength(72);
    const untrained = createSeq2Seq({ attention: "bahdanau", seed: 1 });
    expect(greedyDecode(untrained, "Nov 24, 2026", { maxLength: 1 }).steps[0]!.decoderInput).toHaveLength(72);
  });
});

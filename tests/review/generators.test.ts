// Every parametrised review item, over 50 seeds: the library agrees with the generator's own
// arithmetic, the right answer is accepted (as typed, rounded or with more places), and the
// typical wrong answers are rejected.
import { describe, expect, it } from "vitest";
import {
  generators,
  isRight,
  readNumber,
  slipOf,
  subscript,
  type Generated,
} from "../../src/review/generators.ts";
import { attend, cosine, createSeq2Seq, dot, greedyDecode, softmax } from "../../src/lib/attention/index.ts";

const SEEDS = Array.from({ length: 50 }, (_, k) => k * 7919 + 1);
const gen = (name: string) => generators.find((g) => g.name === name)!;

/** The answer as a reader would type it. */
const typed = (g: Generated): string[] =>
  g.answer.kind === "choice"
    ? [g.answer.value]
    : [g.answer.value.toFixed(g.answer.decimals), g.answer.value.toFixed(g.answer.decimals + 2)];

describe.each(generators.map((g) => [g.name, g] as const))("%s over 50 seeds", (_, g) => {
  it("accepts the right answer, rejects the typical wrong ones, and explains in both languages", () => {
    const prompts = new Set<string>();
    for (const seed of SEEDS) {
      const item = g.make(seed);
      prompts.add(item.prompt.en);
      for (const input of typed(item))
        expect(isRight(item.answer, input), `${g.name} seed ${seed}: ${input}`).toBe(true);
      expect(item.wrong.length).toBeGreaterThan(0);
      for (const w of item.wrong)
        expect(
          isRight(item.answer, w.input),
          `${g.name} seed ${seed} accepts "${w.input}" (${w.mistake.en})`,
        ).toBe(false);
      expect(isRight(item.answer, ""), "an empty answer").toBe(false);
      // Each typical wrong answer is named as its slip; the right answer is not a slip.
      for (const w of item.wrong) expect(slipOf(item, w.input), w.mistake.en).toBeDefined();
      for (const input of typed(item)) expect(slipOf(item, input)).toBeUndefined();
      for (const t of [item.prompt, item.explain]) {
        expect(t.ko).toMatch(/\p{Script=Hangul}/u);
        expect(t.en).not.toMatch(/\p{Script=Hangul}/u);
      }
      if (item.answer.kind === "choice") {
        const values = item.answer.choices.map((c) => c.value);
        expect(new Set(values).size).toBe(values.length);
        expect(new Set(item.answer.choices.map((c) => c.text.en)).size).toBe(values.length);
        expect(values).toContain(item.answer.value);
      }
      // The same seed gives the same item.
      expect(g.make(seed)).toEqual(item);
    }
    // and different seeds give different items: they cannot be memorised
    expect(prompts.size).toBeGreaterThan({ "query-at-step": 5, "decoder-input-size": 15 }[g.name] ?? 25);
  });
});

describe("the generators' answers agree with the library", () => {
  it("softmax weights", () => {
    for (const seed of SEEDS) {
      const item = gen("softmax-weights").make(seed);
      const { scores, temperature, key } = item.data as {
        scores: number[];
        temperature: number;
        key: number;
      };
      expect(item.answer.kind === "number" && item.answer.value).toBeCloseTo(
        softmax(scores, temperature)[key]!,
        5,
      );
    }
  });

  it("which key wins under the score function", () => {
    for (const seed of SEEDS) {
      const item = gen("key-wins").make(seed);
      const { query, keys, score } = item.data as {
        query: number[];
        keys: number[][];
        score: "dot" | "cosine";
      };
      const scores = keys.map((k) => (score === "dot" ? dot(query, k) : cosine(query, k)));
      const best = scores.indexOf(Math.max(...scores));
      expect(item.answer.value).toBe(`k${best + 1}`);
      // The library's attend at temperature 0 puts all the weight on the same key.
      expect(Array.from(attend(query, keys, keys, { score, temperature: 0 }).weights)[best]).toBe(1);
    }
  });

  it("the attention value", () => {
    for (const seed of SEEDS) {
      const item = gen("attention-value").make(seed);
      const { query, keys, values } = item.data as { query: number[]; keys: number[][]; values: number[] };
      const lib = attend(
        query,
        keys,
        values.map((v) => [v]),
        { score: "dot" },
      ).value[0]!;
      expect(item.answer.kind === "number" && item.answer.value).toBeCloseTo(lib, 4);
    }
  });

  it("the query at step i is the previous decoder state", () => {
    const model = createSeq2Seq({ attention: "bahdanau", seed: 3 });
    const run = greedyDecode(model, "24.11.2026", { maxLength: 7 });
    for (const seed of SEEDS) {
      const item = gen("query-at-step").make(seed);
      const i = (item.data as { step: number }).step;
      expect(item.answer.value).toBe("s-prev");
      if (i >= 2)
        expect(Array.from(run.steps[i - 1]!.query)).toEqual(Array.from(run.steps[i - 2]!.decoderState));
      else expect(Array.from(run.steps[0]!.query)).toEqual(Array.from(run.steps[0]!.prevDecoderState));
      expect(Array.from(run.steps[i - 1]!.query)).not.toEqual(Array.from(run.steps[i - 1]!.decoderState));
    }
  });

  it("the decoder input size", () => {
    for (const seed of SEEDS.slice(0, 12)) {
      const item = gen("decoder-input-size").make(seed);
      const { D, H } = item.data as { D: number; H: number };
      // An untrained model may write the end token first (no step to look at): try model seeds.
      const step = Array.from({ length: 30 }, (_, s) =>
        greedyDecode(
          createSeq2Seq({ attention: "bahdanau", seed: s + 1, embedDim: D, hiddenDim: H, attentionDim: 8 }),
          "24 November 2026",
          { maxLength: 2 },
        ),
      ).find((run) => run.steps.length > 0)?.steps[0];
      expect(step, `a decoding step with D=${D}, H=${H}`).toBeDefined();
      expect(item.answer.value).toBe(step!.decoderInput.length);
    }
  });
});

describe("reading a typed number", () => {
  it("takes a decimal comma, spaces and a typographic minus, and nothing else", () => {
    expect(readNumber(" 0,27 ")).toBe(0.27);
    expect(readNumber("−1.5")).toBe(-1.5);
    expect(readNumber(".5")).toBe(0.5);
    expect(readNumber("72")).toBe(72);
    for (const bad of ["", "abc", "1.2.3", "1e3", "0x10", "½"]) expect(readNumber(bad)).toBeUndefined();
  });
});

// The typical wrong answers, worked out here from the item's numbers (not taken from the
// generator's own `wrong` list): each must be rejected unless it happens to round to the answer.
describe("typical wrong answers, computed independently, are rejected over 50 seeds", () => {
  const rejects = (item: Generated, wrongs: number[], decimals: number) => {
    const right = item.answer.kind === "number" ? item.answer.value : Number.NaN;
    let checked = 0;
    for (const w of wrongs) {
      if (!Number.isFinite(w) || w.toFixed(decimals) === right.toFixed(decimals)) continue;
      expect(isRight(item.answer, w.toFixed(decimals)), `accepts ${w.toFixed(decimals)}`).toBe(false);
      checked++;
    }
    return checked;
  };

  it("softmax weights: temperature left out, scores over their sum, exp without dividing, the top key's 1", () => {
    let checked = 0;
    for (const seed of SEEDS) {
      const item = gen("softmax-weights").make(seed);
      const {
        scores,
        temperature: t,
        key,
      } = item.data as { scores: number[]; temperature: number; key: number };
      const expSum = (xs: number[]) => xs.reduce((a, x) => a + Math.exp(x), 0);
      const sum = scores.reduce((a, x) => a + x, 0);
      checked += rejects(
        item,
        [
          Math.exp(scores[key]!) / expSum(scores),
          scores[key]! / sum,
          Math.exp(scores[key]! / t),
          scores[key] === Math.max(...scores) ? 1 : 0,
        ],
        2,
      );
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("the attention value: the plain mean, the top key's value, scores as weights", () => {
    let checked = 0;
    for (const seed of SEEDS) {
      const item = gen("attention-value").make(seed);
      const { query: q, keys, values } = item.data as { query: number[]; keys: number[][]; values: number[] };
      const s = keys.map((k) => q[0]! * k[0]! + q[1]! * k[1]!);
      checked += rejects(
        item,
        [
          (values[0]! + values[1]!) / 2,
          s[0]! > s[1]! ? values[0]! : values[1]!,
          s[0]! * values[0]! + s[1]! * values[1]!,
        ],
        2,
      );
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("the decoder input size: D·H, H alone, D alone, 2H", () => {
    let checked = 0;
    for (const seed of SEEDS) {
      const item = gen("decoder-input-size").make(seed);
      const { D, H } = item.data as { D: number; H: number };
      expect(isRight(item.answer, String(D + H))).toBe(true);
      checked += rejects(item, [D * H, H, D, 2 * H], 0);
    }
    expect(checked).toBeGreaterThan(150);
  });

  it("the query at step i: the current state, the encoder state at i, the next state", () => {
    for (const seed of SEEDS) {
      const item = gen("query-at-step").make(seed);
      const i = (item.data as { step: number }).step;
      const label = (value: string) =>
        item.answer.kind === "choice"
          ? item.answer.choices.find((c) => c.value === value)?.text.en
          : undefined;
      expect(label(item.answer.value as string)).toBe(`s${subscript(i - 1)}`);
      for (const wrong of [`s${subscript(i)}`, `h${subscript(i)}`, `s${subscript(i + 1)}`]) {
        const choice = item.answer.kind === "choice" && item.answer.choices.find((c) => c.text.en === wrong);
        expect(choice, `option ${wrong}`).toBeTruthy();
        expect(isRight(item.answer, (choice as { value: string }).value)).toBe(false);
      }
    }
  });

  it("which key wins: the other score function's winner", () => {
    for (const seed of SEEDS) {
      const item = gen("key-wins").make(seed);
      const { query: q, keys, score } = item.data as { query: number[]; keys: number[][]; score: string };
      const d = (a: number[], b: number[]) => a[0]! * b[0]! + a[1]! * b[1]!;
      const other = keys.map((k) => (score === "dot" ? d(q, k) / Math.sqrt(d(k, k)) : d(q, k)));
      const wrong = `k${other.indexOf(Math.max(...other)) + 1}`;
      expect(isRight(item.answer, wrong), `seed ${seed}: ${wrong}`).toBe(false);
    }
  });
});

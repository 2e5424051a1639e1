/**
 * Review items made from a seed, so they cannot be memorised: each seed gives new numbers. Every
 * generator computes its expected answer with its own few lines of arithmetic (not the library:
 * tests/review/generators.test.ts compares the two over many seeds), checks a reader's answer
 * exactly, and explains the right one. Each also lists the typical wrong answers it must reject.
 */
import { createRng, type Rng } from "../lib/attention/rng.ts";
import { strings } from "./strings.ts";

export interface Text {
  ko: string;
  en: string;
}

export interface Choice {
  /** What the check compares (stable across languages). */
  value: string;
  text: Text;
}

export interface Generated {
  prompt: Text;
  /** A typed number (`decimals` after the point, 0 for an integer) or one of `choices`. */
  answer:
    | { kind: "number"; value: number; decimals: number }
    | { kind: "choice"; value: string; choices: Choice[] };
  /** Why the right answer is right, with the numbers worked out. */
  explain: Text;
  /** Typical wrong answers, as a reader would type or choose them, and the mistake each shows. */
  wrong: { input: string; mistake: Text }[];
  /** The numbers the item is made of, for tests to recompute with the library. */
  data: Record<string, unknown>;
}

export interface Generator {
  /** The review item id is `gen:<name>`. */
  name: string;
  chapter: string;
  /** What the item asks, in a few words (the review page's heading for it). */
  title: Text;
  make(seed: number): Generated;
}

/** The number a reader typed: digits with `.` or `,` as the decimal mark, optional minus; else undefined. */
export function readNumber(input: string): number | undefined {
  const s = input.trim().replace(/\s+/g, "").replace(",", ".").replace(/^−/, "-");
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return undefined;
  return Number(s);
}

/** The typical mistake `input` matches (typed the way the item's wrong answer is, after rounding), if any. */
export function slipOf(item: Generated, input: string): Text | undefined {
  const { answer } = item;
  return item.wrong.find((w) =>
    answer.kind === "choice"
      ? w.input === input
      : isRight({ kind: "number", value: Number(w.input), decimals: answer.decimals }, input),
  )?.mistake;
}

/**
 * Whether `input` is the right answer. A number is right when it equals the answer rounded to
 * `decimals` places (a reader who writes more places is right if those round to it); a choice when
 * it is the right value.
 */
export function isRight(answer: Generated["answer"], input: string): boolean {
  if (answer.kind === "choice") return input === answer.value;
  const n = readNumber(input);
  if (n === undefined) return false;
  const scale = 10 ** answer.decimals;
  return Math.round(n * scale) === Math.round(answer.value * scale);
}

const SUB = "₀₁₂₃₄₅₆₇₈₉";
/** 12 → "₁₂": item texts are plain text (no math renderer on the review page). */
export const subscript = (k: number): string => [...String(k)].map((d) => SUB[Number(d)]).join("");

/** One text in both languages, from each language's words (src/review/strings.ts). */
const both = (say: (words: (typeof strings)["en"]) => string): Text => ({
  ko: say(strings.ko),
  en: say(strings.en),
});

const pick = <T>(rng: Rng, list: readonly T[]): T => list[rng.int(list.length)]!;
const fmt = (x: number, d = 2) => x.toFixed(d);
/** Distinct after rounding to `d` places. */
const distinct = (d: number, ...xs: number[]) => new Set(xs.map((x) => x.toFixed(d))).size === xs.length;

/** Tries seeds derived from `seed` until `attempt` returns an item (it returns undefined for an unsuitable draw). */
function firstGood(seed: number, attempt: (rng: Rng) => Generated | undefined): Generated {
  const rng = createRng(seed);
  for (let i = 0; i < 1000; i++) {
    const made = attempt(rng);
    if (made) return made;
  }
  throw new Error(`no suitable item for seed ${seed}`);
}

const softmaxWeights: Generator = {
  name: "softmax-weights",
  chapter: "03-attention-value",
  title: both((t) => t.softmaxWeights.title),
  make: (seed) =>
    firstGood(seed, (rng) => {
      const scores = [rng.int(7) - 2, rng.int(7) - 2, rng.int(7) - 2];
      const tau = pick(rng, [0.5, 1, 2]);
      const j = rng.int(3);
      const e = scores.map((s) => Math.exp(s / tau));
      const sum = e[0]! + e[1]! + e[2]!;
      const w = e[j]! / sum;
      // Typical mistakes: forgetting the temperature, dividing the scores by their sum, leaving out the normalisation.
      const e1 = scores.map((s) => Math.exp(s));
      const noTemp = e1[j]! / (e1[0]! + e1[1]! + e1[2]!);
      const ssum = scores[0]! + scores[1]! + scores[2]!;
      const proportional = ssum === 0 ? Number.NaN : scores[j]! / ssum;
      const unnormalised = e[j]!;
      if (
        !distinct(2, w, noTemp, unnormalised) ||
        (Number.isFinite(proportional) && !distinct(2, w, proportional))
      )
        return undefined;
      const s = `(${scores.join(", ")})`;
      const n = j + 1;
      return {
        prompt: both((t) => t.softmaxWeights.prompt(s, tau, n)),
        answer: { kind: "number", value: w, decimals: 2 },
        explain: both((t) =>
          t.softmaxWeights.explain(e.map((x) => fmt(x, 3)).join(", "), fmt(sum, 3), n, fmt(e[j]!, 3), fmt(w)),
        ),
        wrong: [
          ...(tau === 1
            ? []
            : [
                {
                  input: fmt(noTemp),
                  mistake: both((t) => t.softmaxWeights.noTemperature),
                },
              ]),
          ...(Number.isFinite(proportional)
            ? [
                {
                  input: fmt(proportional),
                  mistake: both((t) => t.softmaxWeights.proportional),
                },
              ]
            : []),
          {
            input: fmt(unnormalised),
            mistake: both((t) => t.softmaxWeights.unnormalised),
          },
        ],
        data: { scores, temperature: tau, key: j },
      };
    }),
};

const queryAtStep: Generator = {
  name: "query-at-step",
  chapter: "06-query",
  title: both((t) => t.queryAtStep.title),
  make: (seed) => {
    const rng = createRng(seed);
    const i = 1 + rng.int(6);
    const sub = subscript;
    const choices: Choice[] = [
      { value: "s-prev", text: { ko: `s${sub(i - 1)}`, en: `s${sub(i - 1)}` } },
      { value: "s-same", text: { ko: `s${sub(i)}`, en: `s${sub(i)}` } },
      { value: "h-same", text: { ko: `h${sub(i)}`, en: `h${sub(i)}` } },
      { value: "s-next", text: { ko: `s${sub(i + 1)}`, en: `s${sub(i + 1)}` } },
    ];
    // The order of the options changes with the seed too.
    const order = choices
      .map((c) => ({ c, k: rng.next() }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.c);
    return {
      prompt: both((t) => t.queryAtStep.prompt(i)),
      answer: { kind: "choice", value: "s-prev", choices: order },
      explain: both((t) => t.queryAtStep.explain(`s${sub(i - 1)}`, `s${sub(i)}`, i === 1)),
      wrong: [
        { input: "s-same", mistake: both((t) => t.queryAtStep.same) },
        { input: "h-same", mistake: both((t) => t.queryAtStep.encoder) },
      ],
      data: { step: i },
    };
  },
};

const decoderInputSize: Generator = {
  name: "decoder-input-size",
  chapter: "08-concatenation",
  title: both((t) => t.decoderInputSize.title),
  make: (seed) =>
    firstGood(seed, (rng) => {
      const D = pick(rng, [8, 12, 16, 24, 32, 64]);
      const H = pick(rng, [16, 32, 48, 64, 128]);
      if (D === H || D * H === D + H || 2 * H === D + H) return undefined;
      return {
        prompt: both((t) => t.decoderInputSize.prompt(D, H)),
        answer: { kind: "number", value: D + H, decimals: 0 },
        explain: both((t) => t.decoderInputSize.explain(D, H)),
        wrong: [
          { input: String(D * H), mistake: both((t) => t.decoderInputSize.multiplied) },
          { input: String(H), mistake: both((t) => t.decoderInputSize.attentionOnly) },
          { input: String(D), mistake: both((t) => t.decoderInputSize.embeddingOnly) },
          { input: String(2 * H), mistake: both((t) => t.decoderInputSize.hiddenTwice) },
        ].filter((w) => Number(w.input) !== D + H),
        data: { D, H },
      };
    }),
};

const dotOf = (a: number[], b: number[]) => a[0]! * b[0]! + a[1]! * b[1]!;
const norm = (a: number[]) => Math.sqrt(dotOf(a, a));
const argmax = (xs: number[]) => xs.indexOf(Math.max(...xs));
const unique = (xs: number[]) => xs.filter((x) => Math.abs(x - Math.max(...xs)) < 1e-9).length === 1;

const keyWins: Generator = {
  name: "key-wins",
  chapter: "03-attention-value",
  title: both((t) => t.keyWins.title),
  make: (seed) =>
    firstGood(seed, (rng) => {
      const v = () => [rng.int(7) - 3, rng.int(7) - 3];
      const q = v();
      const keys = [v(), v(), v()];
      if (norm(q) === 0 || keys.some((k) => norm(k) === 0)) return undefined;
      const score = pick(rng, ["dot", "cosine"] as const);
      const dots = keys.map((k) => dotOf(q, k));
      const cos = keys.map((k) => dotOf(q, k) / (norm(q) * norm(k)));
      // Only draws where the two score functions disagree: the point is that the score decides.
      if (!unique(dots) || !unique(cos) || argmax(dots) === argmax(cos)) return undefined;
      const scores = score === "dot" ? dots : cos;
      const win = argmax(scores);
      const other = argmax(score === "dot" ? cos : dots);
      const vec = (a: number[]) => `(${a.join(", ")})`;
      const choices: Choice[] = keys.map((k, j) => ({
        value: `k${j + 1}`,
        text: { ko: `k${subscript(j + 1)} = ${vec(k)}`, en: `k${subscript(j + 1)} = ${vec(k)}` },
      }));
      const list = scores.map((s, j) => `k${j + 1}: ${fmt(s)}`).join(", ");
      return {
        prompt: both((t) => t.keyWins.prompt(vec(q), score)),
        answer: { kind: "choice", value: `k${win + 1}`, choices },
        explain: both((t) =>
          t.keyWins.explain(score, list, `k${subscript(win + 1)}`, `k${subscript(other + 1)}`),
        ),
        wrong: [{ input: `k${other + 1}`, mistake: both((t) => t.keyWins.otherPick) }],
        data: { query: q, keys, score },
      };
    }),
};

const attentionValue: Generator = {
  name: "attention-value",
  chapter: "03-attention-value",
  title: both((t) => t.attentionValue.title),
  make: (seed) =>
    firstGood(seed, (rng) => {
      const q = [rng.int(3) - 1, rng.int(3) - 1];
      const keys = [
        [rng.int(3) - 1, rng.int(3) - 1],
        [rng.int(3) - 1, rng.int(3) - 1],
      ];
      const values = [rng.int(9), rng.int(9)];
      const s = keys.map((k) => dotOf(q, k));
      if (s[0] === s[1] || values[0] === values[1]) return undefined;
      const e = s.map((x) => Math.exp(x));
      const w = e.map((x) => x / (e[0]! + e[1]!));
      const a = w[0]! * values[0]! + w[1]! * values[1]!;
      const average = (values[0]! + values[1]!) / 2;
      const top = values[argmax(s)]!;
      const unweighted = s[0]! * values[0]! + s[1]! * values[1]!;
      if (!distinct(2, a, average, top) || !distinct(2, a, unweighted)) return undefined;
      const vec = (v: number[]) => `(${v.join(", ")})`;
      return {
        prompt: both((t) =>
          t.attentionValue.prompt(vec(q), vec(keys[0]!), vec(keys[1]!), values[0]!, values[1]!),
        ),
        answer: { kind: "number", value: a, decimals: 2 },
        explain: both((t) =>
          t.attentionValue.explain(
            s.join(", "),
            w.map((x) => fmt(x, 3)).join(", "),
            `${fmt(w[0]!, 3)}·${values[0]} + ${fmt(w[1]!, 3)}·${values[1]}`,
            fmt(a),
          ),
        ),
        wrong: [
          { input: fmt(average), mistake: both((t) => t.attentionValue.averaged) },
          { input: fmt(top), mistake: both((t) => t.attentionValue.top) },
          { input: fmt(unweighted), mistake: both((t) => t.attentionValue.unweighted) },
        ],
        data: { query: q, keys, values },
      };
    }),
};

/** Every generator, in course order. */
export const generators: Generator[] = [
  softmaxWeights,
  keyWins,
  attentionValue,
  queryAtStep,
  decoderInputSize,
];

/**
 * Review items made from a seed, so they cannot be memorised: each seed gives new numbers. Every
 * generator computes its expected answer with its own few lines of arithmetic (not the library:
 * tests/review/generators.test.ts compares the two over many seeds), checks a reader's answer
 * exactly, and explains the right one. Each also lists the typical wrong answers it must reject.
 */
import { createRng, type Rng } from "../lib/attention/rng.ts";
import { josa } from "../i18n/particles.ts";

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
  title: { ko: "온도가 있는 소프트맥스 함수", en: "Softmax with a temperature" },
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
        prompt: {
          ko: `스코어가 ${s}이고 온도 τ = ${tau}일 때, ${n}번째 키의 소프트맥스 가중치는 얼마입니까? 소수 둘째 자리까지 쓰세요.`,
          en: `The scores are ${s} and the temperature is τ = ${tau}. What is the softmax weight of key ${n}? Give two decimals.`,
        },
        answer: { kind: "number", value: w, decimals: 2 },
        explain: {
          ko: `스코어를 τ로 나누고 exp를 취하면 (${e.map((x) => fmt(x, 3)).join(", ")})이고, 합은 ${fmt(sum, 3)}입니다. ${n}번째 가중치는 ${fmt(e[j]!, 3)} / ${fmt(sum, 3)} ≈ ${fmt(w)}입니다.`,
          en: `Divide the scores by τ and take exp: (${e.map((x) => fmt(x, 3)).join(", ")}), which add up to ${fmt(sum, 3)}. Weight ${n} is ${fmt(e[j]!, 3)} / ${fmt(sum, 3)} ≈ ${fmt(w)}.`,
        },
        wrong: [
          ...(tau === 1
            ? []
            : [
                {
                  input: fmt(noTemp),
                  mistake: { ko: "온도로 나누는 것을 빠뜨렸습니다", en: "the temperature was left out" },
                },
              ]),
          ...(Number.isFinite(proportional)
            ? [
                {
                  input: fmt(proportional),
                  mistake: {
                    ko: "exp 없이 스코어를 스코어의 합으로 나눴습니다",
                    en: "the scores were divided by their sum, without exp",
                  },
                },
              ]
            : []),
          {
            input: fmt(unnormalised),
            mistake: { ko: "exp 값을 합으로 나누지 않았습니다", en: "the exp was not divided by the sum" },
          },
        ],
        data: { scores, temperature: tau, key: j },
      };
    }),
};

const queryAtStep: Generator = {
  name: "query-at-step",
  chapter: "06-query",
  title: { ko: "i시점의 쿼리", en: "The query at step i" },
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
    const first =
      i === 1
        ? {
            ko: " 1시점에서 s₀은 인코더의 마지막 상태 h_T입니다.",
            en: " At step 1, s₀ is the encoder's last state h_T.",
          }
        : { ko: "", en: "" };
    return {
      prompt: {
        ko: `바다나우 어텐션으로 ${i}번째 출력 글자를 쓰는 디코더 ${i}시점에서 쿼리는 어떤 상태입니까?`,
        en: `At decoder step ${i} of Bahdanau attention, writing output character ${i}, which state is the query?`,
      },
      answer: { kind: "choice", value: "s-prev", choices: order },
      explain: {
        ko: `쿼리는 바로 앞 시점의 디코더 상태 sᵢ₋₁, 여기서는 s${sub(i - 1)}입니다. ${josa(`s${sub(i)}`, "은/는")} 이 시점의 어텐션 값으로 만들어지므로 쿼리가 될 수 없습니다.${first.ko}`,
        en: `The query is the decoder state of the step before, sᵢ₋₁: here s${sub(i - 1)}. s${sub(i)} is made from this step's attention value, so it cannot be the query.${first.en}`,
      },
      wrong: [
        {
          input: "s-same",
          mistake: {
            ko: "이 시점의 상태는 어텐션 값을 받은 뒤에야 만들어집니다",
            en: "this step's state is made only after the attention value",
          },
        },
        {
          input: "h-same",
          mistake: {
            ko: "같은 위치의 인코더 상태는 쿼리가 아니라 키입니다",
            en: "the encoder state at the same position is a key, not the query",
          },
        },
      ],
      data: { step: i },
    };
  },
};

const decoderInputSize: Generator = {
  name: "decoder-input-size",
  chapter: "08-concatenation",
  title: { ko: "디코더 입력의 크기", en: "The size of the decoder's input" },
  make: (seed) =>
    firstGood(seed, (rng) => {
      const D = pick(rng, [8, 12, 16, 24, 32, 64]);
      const H = pick(rng, [16, 32, 48, 64, 128]);
      if (D === H || D * H === D + H || 2 * H === D + H) return undefined;
      return {
        prompt: {
          ko: `임베딩이 D = ${D}차원, 은닉 상태가 H = ${H}차원인 바다나우 어텐션 모델에서, 디코더가 시점마다 읽는 입력 [embed(yᵢ₋₁); aᵢ]은 몇 차원 벡터입니까?`,
          en: `In a Bahdanau attention model with embeddings of D = ${D} numbers and hidden states of H = ${H}, how many numbers does the decoder's input [embed(yᵢ₋₁); aᵢ] have at each step?`,
        },
        answer: { kind: "number", value: D + H, decimals: 0 },
        explain: {
          ko: `임베딩 ${D}차원과 어텐션 값 ${H}차원(은닉 상태와 같은 크기)을 이어 붙이므로 ${D} + ${H} = ${D + H}차원입니다.`,
          en: `The embedding (${D}) and the attention value (the size of a hidden state, ${H}) are laid end to end: ${D} + ${H} = ${D + H}.`,
        },
        wrong: [
          {
            input: String(D * H),
            mistake: {
              ko: "두 크기를 곱했습니다. 이어 붙이면 더합니다",
              en: "the sizes were multiplied; laying end to end adds them",
            },
          },
          {
            input: String(H),
            mistake: { ko: "어텐션 값만 셌습니다", en: "only the attention value was counted" },
          },
          { input: String(D), mistake: { ko: "임베딩만 셌습니다", en: "only the embedding was counted" } },
          {
            input: String(2 * H),
            mistake: {
              ko: "임베딩 대신 은닉 상태를 셌습니다",
              en: "a hidden state was counted instead of the embedding",
            },
          },
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
  title: { ko: "스코어 함수가 고르는 키", en: "Which key a score function picks" },
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
      const names = {
        dot: { ko: "내적", en: "dot product" },
        cosine: { ko: "코사인 유사도", en: "cosine similarity" },
      };
      const choices: Choice[] = keys.map((k, j) => ({
        value: `k${j + 1}`,
        text: { ko: `k${subscript(j + 1)} = ${vec(k)}`, en: `k${subscript(j + 1)} = ${vec(k)}` },
      }));
      const list = scores.map((s, j) => `k${j + 1}: ${fmt(s)}`).join(", ");
      return {
        prompt: {
          ko: `쿼리 q = ${josa(vec(q), "과/와")} 키 세 개가 있습니다. 스코어 함수가 ${names[score].ko}이면 어느 키의 스코어가 가장 높습니까?`,
          en: `A query q = ${vec(q)} and three keys. With the ${names[score].en} as score function, which key scores highest?`,
        },
        answer: { kind: "choice", value: `k${win + 1}`, choices },
        explain: {
          ko: `${names[score].ko} 스코어는 ${list}이므로 ${josa(`k${subscript(win + 1)}`, "이/가")} 가장 높습니다. ${score === "dot" ? `코사인 유사도였다면 방향만 보므로 ${josa(`k${subscript(other + 1)}`, "이/가")} 이겼을 것입니다. 내적은 길이도 셉니다.` : `내적이었다면 길이도 세므로 ${josa(`k${subscript(other + 1)}`, "이/가")} 이겼을 것입니다. 코사인 유사도는 방향만 봅니다.`}`,
          en: `The ${names[score].en} scores are ${list}, so k${subscript(win + 1)} is highest. ${score === "dot" ? `Cosine similarity, which looks only at direction, would have picked k${subscript(other + 1)}; the dot product counts length too.` : `The dot product, which counts length too, would have picked k${subscript(other + 1)}; cosine similarity looks only at direction.`}`,
        },
        wrong: [
          {
            input: `k${other + 1}`,
            mistake: {
              ko: "다른 스코어 함수가 고르는 키입니다",
              en: "that is the other score function's pick",
            },
          },
        ],
        data: { query: q, keys, score },
      };
    }),
};

const attentionValue: Generator = {
  name: "attention-value",
  chapter: "03-attention-value",
  title: { ko: "작은 벡터의 어텐션 값", en: "The attention value for small vectors" },
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
        prompt: {
          ko: `쿼리 q = ${vec(q)}, 키 k₁ = ${vec(keys[0]!)}, k₂ = ${vec(keys[1]!)}, 값 v₁ = ${values[0]}, v₂ = ${values[1]}입니다. 스코어는 내적, 온도는 1입니다. 어텐션 값은 얼마입니까? 소수 둘째 자리까지 쓰세요.`,
          en: `Query q = ${vec(q)}, keys k₁ = ${vec(keys[0]!)}, k₂ = ${vec(keys[1]!)}, values v₁ = ${values[0]}, v₂ = ${values[1]}. The score is the dot product, the temperature 1. What is the attention value? Give two decimals.`,
        },
        answer: { kind: "number", value: a, decimals: 2 },
        explain: {
          ko: `스코어는 (${s.join(", ")}), 소프트맥스 가중치는 (${w.map((x) => fmt(x, 3)).join(", ")})입니다. 어텐션 값은 ${fmt(w[0]!, 3)}·${values[0]} + ${fmt(w[1]!, 3)}·${values[1]} ≈ ${fmt(a)}입니다.`,
          en: `The scores are (${s.join(", ")}) and the softmax weights (${w.map((x) => fmt(x, 3)).join(", ")}). The attention value is ${fmt(w[0]!, 3)}·${values[0]} + ${fmt(w[1]!, 3)}·${values[1]} ≈ ${fmt(a)}.`,
        },
        wrong: [
          {
            input: fmt(average),
            mistake: {
              ko: "가중치 없이 값의 평균을 냈습니다",
              en: "the values were averaged without weights",
            },
          },
          {
            input: fmt(top),
            mistake: {
              ko: "스코어가 가장 높은 키의 값만 골랐습니다(온도 0일 때의 답)",
              en: "only the top key's value was taken (the answer at temperature 0)",
            },
          },
          {
            input: fmt(unweighted),
            mistake: {
              ko: "소프트맥스 함수 없이 스코어를 가중치로 썼습니다",
              en: "the scores were used as weights without softmax",
            },
          },
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

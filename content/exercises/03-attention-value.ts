import type { ExerciseDef, QuizDef } from "./types.ts";

export const exercises: ExerciseDef[] = [
  {
    id: "soft-softmax",
    chapter: "03-attention-value",
    title: { ko: "온도가 있는 소프트맥스", en: "Softmax with a temperature" },
    prompt: {
      ko: "`mySoftmax(scores, temperature)`를 구현하세요. 각 스코어를 온도로 나눈 뒤 $\\exp$를 취하고, 합이 1이 되도록 나눕니다. 큰 스코어에서도 `NaN`이나 `Infinity`가 나오지 않게 하세요.",
      en: "Implement `mySoftmax(scores, temperature)`: divide each score by the temperature, take $\\exp$, and divide so the results add up to 1. Large scores must not produce `NaN` or `Infinity`.",
    },
    starter: `function mySoftmax(scores: number[], temperature = 1): number[] {
  const exps = scores.map((s) => Math.exp(s));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

mySoftmax([2, 1, 0.1], 0.5)`,
    solution: `function mySoftmax(scores: number[], temperature = 1): number[] {
  const scaled = scores.map((s) => s / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

mySoftmax([2, 1, 0.1], 0.5)`,
    hint: {
      ko: "스코어를 먼저 `temperature`로 나누세요. 그다음 가장 큰 값을 빼고 `Math.exp`를 취하면 넘침이 없습니다. 모든 스코어에서 같은 수를 빼도 결과는 변하지 않습니다.",
      en: "Divide the scores by `temperature` first. Then subtract the largest before `Math.exp` so nothing overflows; subtracting the same number from every score does not change the result.",
    },
    checks: [
      {
        id: "sums-to-one",
        test: `Math.abs(mySoftmax([2, 1, 0.1]).reduce((a, b) => a + b, 0) - 1) < 1e-6`,
        label: { ko: "가중치의 합이 1", en: "the weights add up to 1" },
        fail: {
          ko: "exp마다 exp들의 합으로 나눠야 합이 1이 됩니다.",
          en: "Divide each exp by the sum of all the exps, so that the weights add up to 1.",
        },
      },
      {
        id: "uses-exp",
        test: `[[2, 1, 0.1], [-1, 0.5, 3]].every((scores) => { const ours = mySoftmax(scores); const ref = __lib.softmax(scores); return ours.every((w, j) => Math.abs(w - ref[j]) < 1e-5); })`,
        label: { ko: "온도 1에서 라이브러리와 같은 값", en: "matches the library at temperature 1" },
        fail: {
          ko: "스코어마다 `Math.exp`를 취한 뒤 나누세요. 스코어를 그대로 합으로 나누면 음수 스코어에서 음수 가중치가 나옵니다.",
          en: "Take `Math.exp` of each score before dividing: dividing the scores themselves by their sum gives negative weights for negative scores.",
        },
      },
      {
        id: "temperature",
        test: `(() => { const ours = mySoftmax([2, 1, 0.1], 0.5); const ref = __lib.softmax([2, 1, 0.1], 0.5); return ours.every((w, j) => Math.abs(w - ref[j]) < 1e-5); })()`,
        label: { ko: "온도 0.5에서 라이브러리와 같은 값", en: "matches the library at temperature 0.5" },
        fail: {
          ko: "온도를 쓰고 있나요? exp를 취하기 전에 스코어를 `temperature`로 나눠야 합니다. 온도를 곱하면 반대로 작동합니다.",
          en: "Is the temperature used? Divide the scores by `temperature` before taking exp; multiplying by it does the opposite.",
        },
      },
      {
        id: "stable",
        test: `mySoftmax([1000, 999]).every((w) => Number.isFinite(w)) && Math.abs(mySoftmax([1000, 999])[0] - 0.7310586) < 1e-5`,
        label: { ko: "큰 스코어 [1000, 999]에서도 안정", en: "stable for large scores [1000, 999]" },
        fail: {
          ko: "`Math.exp(1000)`은 `Infinity`입니다. exp를 취하기 전에 가장 큰 스코어를 빼세요.",
          en: "`Math.exp(1000)` is `Infinity`. Subtract the largest score before taking exp.",
        },
      },
    ],
    wrong: [
      {
        mistake: "forgets to normalise (returns the exps)",
        code: `function mySoftmax(scores: number[], temperature = 1): number[] {
  const scaled = scores.map((s) => s / temperature);
  const max = Math.max(...scaled);
  return scaled.map((s) => Math.exp(s - max));
}

mySoftmax([2, 1, 0.1], 0.5)`,
        caughtBy: "sums-to-one",
        named: { ko: "합으로 나눠야", en: "Divide each exp by the sum" },
      },
      {
        mistake: "normalises the scores without exp",
        code: `function mySoftmax(scores: number[], temperature = 1): number[] {
  const scaled = scores.map((s) => s / temperature);
  const sum = scaled.reduce((a, b) => a + b, 0);
  return scaled.map((s) => s / sum);
}

mySoftmax([2, 1, 0.1], 0.5)`,
        caughtBy: "uses-exp",
        named: { ko: "`Math.exp`를 취한 뒤", en: "Take `Math.exp`" },
      },
      {
        mistake: "ignores the temperature",
        code: `function mySoftmax(scores: number[], temperature = 1): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

mySoftmax([2, 1, 0.1], 0.5)`,
        caughtBy: "temperature",
        named: { ko: "`temperature`로 나눠야", en: "Divide the scores by `temperature`" },
      },
      {
        mistake: "multiplies by the temperature instead of dividing",
        code: `function mySoftmax(scores: number[], temperature = 1): number[] {
  const scaled = scores.map((s) => s * temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

mySoftmax([2, 1, 0.1], 0.5)`,
        caughtBy: "temperature",
        named: { ko: "곱하면", en: "multiplying" },
      },
      {
        mistake: "does not subtract the largest score (overflows)",
        code: `function mySoftmax(scores: number[], temperature = 1): number[] {
  const exps = scores.map((s) => Math.exp(s / temperature));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

mySoftmax([2, 1, 0.1], 0.5)`,
        caughtBy: "stable",
        named: { ko: "가장 큰 스코어를 빼세요", en: "Subtract the largest score" },
      },
    ],
  },
  {
    id: "soft-attention-value",
    chapter: "03-attention-value",
    title: { ko: "어텐션 값을 직접 계산하기", en: "The attention value by hand" },
    prompt: {
      ko: "`myAttend(query, keys, values)`를 완성하세요. 내적으로 스코어를 구하고, 라이브러리의 `softmax`로 가중치를 만든 뒤, 값들의 가중합을 돌려줍니다. 결과는 `{ weights, value }`입니다.",
      en: "Complete `myAttend(query, keys, values)`: dot-product scores, weights from the library's `softmax`, and the weighted sum of the values. Return `{ weights, value }`.",
    },
    starter: `import { softmax } from "attention";

function myAttend(query: number[], keys: number[][], values: number[][]) {
  const scores = keys.map((key) => key.reduce((s, k, d) => s + k * query[d], 0));
  const weights = Array.from(softmax(scores));
  const value = values[weights.indexOf(Math.max(...weights))];
  return { weights, value };
}

myAttend([1.5, 0.5], [[1, 0], [0, 1], [-1, 0]], [[10, 0], [0, 10], [-10, 0]])`,
    solution: `import { softmax } from "attention";

function myAttend(query: number[], keys: number[][], values: number[][]) {
  const scores = keys.map((key) => key.reduce((s, k, d) => s + k * query[d], 0));
  const weights = Array.from(softmax(scores));
  const value = new Array(values[0].length).fill(0);
  values.forEach((v, j) => v.forEach((x, d) => (value[d] += weights[j] * x)));
  return { weights, value };
}

myAttend([1.5, 0.5], [[1, 0], [0, 1], [-1, 0]], [[10, 0], [0, 10], [-10, 0]])`,
    hint: {
      ko: "시작 코드는 가중치가 가장 큰 값 하나만 고릅니다. 그것은 온도를 0으로 낮춘 어텐션, 곧 스코어가 가장 높은 키의 값이지 소프트 조회가 아닙니다. 모든 값에 각자의 가중치를 곱해 더하세요.",
      en: "The starter picks only the value with the largest weight: that is attention at temperature 0, the value of the top-scoring key, not a soft lookup. Add up all the values, each times its weight.",
    },
    checks: [
      {
        id: "weights",
        test: `(() => { const r = myAttend([1.5, 0.5], [[1, 0], [0, 1], [-1, 0]], [[10, 0], [0, 10], [-10, 0]]); const ref = __lib.attend([1.5, 0.5], [[1, 0], [0, 1], [-1, 0]], [[10, 0], [0, 10], [-10, 0]]); return r.weights.every((w, j) => Math.abs(w - ref.weights[j]) < 1e-5); })()`,
        label: { ko: "가중치가 `attend`와 같음", en: "the weights match `attend`" },
        fail: {
          ko: "스코어는 쿼리와 각 키의 내적입니다. 값이 아니라 키와 비교하세요.",
          en: "The scores are the dot products of the query with each key: compare with the keys, not the values.",
        },
      },
      {
        id: "value",
        test: `(() => { const r = myAttend([1.5, 0.5], [[1, 0], [0, 1], [-1, 0]], [[10, 0], [0, 10], [-10, 0]]); const ref = __lib.attend([1.5, 0.5], [[1, 0], [0, 1], [-1, 0]], [[10, 0], [0, 10], [-10, 0]]); return r.value.length === ref.value.length && Array.from(r.value).every((x, d) => Math.abs(x - ref.value[d]) < 1e-4); })()`,
        label: { ko: "어텐션 값이 `attend`와 같음", en: "the attention value matches `attend`" },
        fail: {
          ko: "어텐션 값은 모든 값에 가중치를 곱해 더한 가중합입니다. 가중치를 그대로 돌려주거나, 가중치가 가장 큰 값 하나만 고르거나, 소프트맥스 전의 스코어로 섞으면 안 됩니다.",
          en: "The attention value is the weighted sum of all the values: don't return the weights themselves, don't pick only the value with the largest weight, and don't mix with the scores from before the softmax.",
        },
      },
      {
        id: "tie",
        test: `(() => { const r = myAttend([0, 0], [[1, 0], [0, 1]], [[2, 0], [0, 2]]); return Math.abs(r.value[0] - 1) < 1e-5 && Math.abs(r.value[1] - 1) < 1e-5; })()`,
        label: { ko: "동점이면 값들의 평균", en: "a tie gives the average of the values" },
        fail: {
          ko: "쿼리가 두 키와 똑같이 비슷하면 가중치는 0.5씩이고 결과는 [1, 1]이어야 합니다.",
          en: "When the query is equally close to both keys, each weight is 0.5 and the result is [1, 1].",
        },
      },
    ],
    wrong: [
      {
        mistake: "scores the query against the values instead of the keys",
        code: `import { softmax } from "attention";

function myAttend(query: number[], keys: number[][], values: number[][]) {
  const scores = values.map((v) => v.reduce((s, x, d) => s + x * query[d], 0));
  const weights = Array.from(softmax(scores));
  const value = new Array(values[0].length).fill(0);
  values.forEach((v, j) => v.forEach((x, d) => (value[d] += weights[j] * x)));
  return { weights, value };
}

myAttend([1.5, 0.5], [[1, 0], [0, 1], [-1, 0]], [[10, 0], [0, 10], [-10, 0]])`,
        caughtBy: "weights",
        named: { ko: "값이 아니라 키와", en: "not the values" },
      },
      {
        mistake: "picks the value with the largest weight (attention at temperature 0, not a soft lookup)",
        code: `import { softmax } from "attention";

function myAttend(query: number[], keys: number[][], values: number[][]) {
  const scores = keys.map((key) => key.reduce((s, k, d) => s + k * query[d], 0));
  const weights = Array.from(softmax(scores));
  const value = values[weights.indexOf(Math.max(...weights))];
  return { weights, value };
}

myAttend([1.5, 0.5], [[1, 0], [0, 1], [-1, 0]], [[10, 0], [0, 10], [-10, 0]])`,
        caughtBy: "value",
        named: { ko: "하나만 고르거나", en: "don't pick only" },
      },
      {
        mistake: "mixes the values with the scores instead of the weights",
        code: `import { softmax } from "attention";

function myAttend(query: number[], keys: number[][], values: number[][]) {
  const scores = keys.map((key) => key.reduce((s, k, d) => s + k * query[d], 0));
  const weights = Array.from(softmax(scores));
  const value = new Array(values[0].length).fill(0);
  values.forEach((v, j) => v.forEach((x, d) => (value[d] += scores[j] * x)));
  return { weights, value };
}

myAttend([1.5, 0.5], [[1, 0], [0, 1], [-1, 0]], [[10, 0], [0, 10], [-10, 0]])`,
        caughtBy: "value",
        named: { ko: "스코어로 섞으면", en: "mix with the scores" },
      },
      {
        mistake: "returns the weights as the attention value",
        code: `import { softmax } from "attention";

function myAttend(query: number[], keys: number[][], values: number[][]) {
  const scores = keys.map((key) => key.reduce((s, k, d) => s + k * query[d], 0));
  const weights = Array.from(softmax(scores));
  const value = weights;
  return { weights, value };
}

myAttend([1.5, 0.5], [[1, 0], [0, 1], [-1, 0]], [[10, 0], [0, 10], [-10, 0]])`,
        caughtBy: "value",
        named: { ko: "가중치를 그대로 돌려주거나", en: "don't return the weights" },
      },
    ],
  },
];

export const quizzes: QuizDef[] = [
  {
    id: "soft-high-temperature",
    chapter: "03-attention-value",
    question: {
      ko: "온도 $\\tau$를 아주 크게 하면 어텐션 값은 어떻게 될까요?",
      en: "What happens to the attention value when the temperature $\\tau$ is made very large?",
    },
    options: [
      {
        text: { ko: "모든 값의 평균에 가까워진다", en: "it approaches the average of all values" },
        correct: true,
        explanation: {
          ko: "모든 스코어를 큰 수로 나누면 차이가 거의 사라져 가중치가 모두 $1/T$에 가까워지고, 가중합은 평균에 가까워집니다.",
          en: "Dividing every score by a huge number erases their differences, every weight tends to $1/T$, and the weighted sum tends to the mean.",
        },
      },
      {
        text: { ko: "스코어가 가장 높은 키의 값이 된다", en: "it becomes the value of the best-scoring key" },
        correct: false,
        explanation: {
          ko: "그것은 반대쪽 극한, 곧 $\\tau \\to 0$일 때입니다.",
          en: "That is the other limit, $\\tau \\to 0$.",
        },
      },
      {
        text: { ko: "0이 된다", en: "it becomes 0" },
        correct: false,
        explanation: {
          ko: "가중치는 온도와 상관없이 항상 합이 1이므로 값들이 사라지지 않습니다. 0은 02장에서 일치하는 키가 없을 때의 결과입니다.",
          en: "The weights always add up to 1 whatever the temperature, so the values never vanish. Zero is what chapter 02's lookup gives when no key matches.",
        },
      },
    ],
  },
];

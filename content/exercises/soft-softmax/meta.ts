import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "03-attention-value",
  title: {
    ko: "온도가 있는 소프트맥스",
    en: "Softmax with a temperature",
  },
  prompt: {
    ko: "`mySoftmax(scores, temperature)`를 구현하세요. 각 스코어를 온도로 나눈 뒤 $\\exp$를 취하고, 합이 1이 되도록 나눕니다. 큰 스코어에서도 `NaN`이나 `Infinity`가 나오지 않게 하세요. 온도가 0이면 가장 큰 스코어(같으면 앞의 것)의 가중치가 1이고 나머지는 0입니다.",
    en: "Implement `mySoftmax(scores, temperature)`: divide each score by the temperature, take $\\exp$, and divide so the results add up to 1. Large scores must not produce `NaN` or `Infinity`. At temperature 0 the largest score (the first of equal ones) gets weight 1 and the rest 0.",
  },
  hint: {
    ko: "스코어를 먼저 `temperature`로 나누세요. 그다음 가장 큰 값을 빼고 `Math.exp`를 취하면 넘침이 없습니다. 모든 스코어에서 같은 수를 빼도 결과는 변하지 않습니다.",
    en: "Divide the scores by `temperature` first. Then subtract the largest before `Math.exp` so nothing overflows; subtracting the same number from every score does not change the result.",
  },
  checks: [
    {
      id: "sums-to-one",
      label: {
        ko: "가중치의 합이 1",
        en: "the weights add up to 1",
      },
      fail: {
        ko: "exp마다 exp들의 합으로 나눠야 합이 1이 됩니다.",
        en: "Divide each exp by the sum of all the exps, so that the weights add up to 1.",
      },
    },
    {
      id: "uses-exp",
      label: {
        ko: "온도 1에서 라이브러리와 같은 값",
        en: "matches the library at temperature 1",
      },
      fail: {
        ko: "스코어마다 `Math.exp`를 취한 뒤 나누세요. 스코어를 그대로 합으로 나누면 음수 스코어에서 음수 가중치가 나옵니다.",
        en: "Take `Math.exp` of each score before dividing: dividing the scores themselves by their sum gives negative weights for negative scores.",
      },
    },
    {
      id: "temperature",
      label: {
        ko: "온도 0.5에서 라이브러리와 같은 값",
        en: "matches the library at temperature 0.5",
      },
      fail: {
        ko: "온도를 쓰고 있나요? exp를 취하기 전에 스코어를 `temperature`로 나눠야 합니다. 온도를 곱하면 반대로 작동합니다.",
        en: "Is the temperature used? Divide the scores by `temperature` before taking exp; multiplying by it does the opposite.",
      },
    },
    {
      id: "stable",
      label: {
        ko: "큰 스코어 [1000, 999]에서도 안정",
        en: "stable for large scores [1000, 999]",
      },
      fail: {
        ko: "`Math.exp(1000)`은 `Infinity`입니다. exp를 취하기 전에 가장 큰 스코어를 빼세요.",
        en: "`Math.exp(1000)` is `Infinity`. Subtract the largest score before taking exp.",
      },
    },
    {
      id: "any-temperature",
      label: {
        ko: "스코어가 몇 개든, 큰 스코어에서도, 온도가 0.05에서 20까지든 0이든",
        en: "any number of scores, large ones, any temperature from 0.05 to 20, and 0",
      },
      fail: {
        ko: "가장 큰 값은 온도로 나눈 뒤의 스코어에서 찾아 빼세요. 나누기 전 스코어의 최댓값을 빼면 온도가 1보다 작을 때 큰 스코어에서 `exp`가 넘칩니다. 온도가 0이면 가장 큰 스코어(같으면 앞의 것)에 가중치 1을, 나머지에 0을 주세요.",
        en: "Find the largest value among the scores after dividing by the temperature, and subtract that: subtracting the largest score from before the division lets `exp` overflow for large scores when the temperature is below 1. At temperature 0, give weight 1 to the largest score (the first of equal ones) and 0 to the rest.",
      },
    },
    {
      id: "unchanged",
      label: { ko: "스코어 배열은 그대로", en: "the scores array is left as it was" },
      fail: {
        ko: "받은 `scores` 배열을 고치지 말고, 나눈 값은 새 배열에 담으세요.",
        en: "Don't change the `scores` array you were given: put the divided values in a new array.",
      },
    },
  ],
  wrong: [
    {
      mistake: "forgets to normalise (returns the exps)",
      replace: [
        [
          `  const exps = scaled.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);`,
          "  return scaled.map((s) => Math.exp(s - max));",
        ],
      ],
      caughtBy: "sums-to-one",
      named: {
        ko: "합으로 나눠야",
        en: "Divide each exp by the sum",
      },
    },
    {
      mistake: "normalises the scores without exp",
      replace: [
        [
          `  const max = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);`,
          `  const sum = scaled.reduce((a, b) => a + b, 0);
  return scaled.map((s) => s / sum);`,
        ],
      ],
      caughtBy: "uses-exp",
      named: {
        ko: "`Math.exp`를 취한 뒤",
        en: "Take `Math.exp`",
      },
    },
    {
      mistake: "ignores the temperature",
      replace: [
        [
          `  const scaled = scores.map((s) => s / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - max));`,
          `  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));`,
        ],
      ],
      caughtBy: "temperature",
      named: {
        ko: "`temperature`로 나눠야",
        en: "Divide the scores by `temperature`",
      },
    },
    {
      mistake: "multiplies by the temperature instead of dividing",
      replace: [
        [
          "  const scaled = scores.map((s) => s / temperature);",
          "  const scaled = scores.map((s) => s * temperature);",
        ],
      ],
      caughtBy: "temperature",
      named: {
        ko: "곱하면",
        en: "multiplying",
      },
    },
    {
      mistake: "does not subtract the largest score (overflows)",
      replace: [
        [
          `  const scaled = scores.map((s) => s / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - max));`,
          "  const exps = scores.map((s) => Math.exp(s / temperature));",
        ],
      ],
      caughtBy: "stable",
      named: {
        ko: "가장 큰 스코어를 빼세요",
        en: "Subtract the largest score",
      },
    },
    {
      mistake: "subtracts the largest raw score after dividing by the temperature",
      replace: [
        [
          `  const scaled = scores.map((s) => s / temperature);
  const max = Math.max(...scaled);`,
          `  const max = Math.max(...scores);
  const scaled = scores.map((s) => s / temperature);`,
        ],
      ],
      caughtBy: "any-temperature",
      named: { ko: "나누기 전 스코어의 최댓값", en: "the largest score from before the division" },
    },
    {
      mistake: "forgets temperature 0 (divides by zero)",
      replace: [
        [
          `  if (temperature === 0) {
    const best = scores.indexOf(Math.max(...scores));
    return scores.map((_, j) => (j === best ? 1 : 0));
  }
`,
          "",
        ],
      ],
      caughtBy: "any-temperature",
      named: { ko: "온도가 0이면", en: "At temperature 0" },
    },
    {
      mistake: "divides the scores in place",
      replace: [
        [
          "  const scaled = scores.map((s) => s / temperature);",
          `  scores.forEach((s, j) => (scores[j] = s / temperature));
  const scaled = scores;`,
        ],
      ],
      caughtBy: "unchanged",
      named: { ko: "`scores` 배열을 고치지", en: "Don't change the `scores` array" },
    },
  ],
} satisfies ExerciseMeta;

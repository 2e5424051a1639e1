import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "02-querying",
  title: {
    ko: "출력은 가중합",
    en: "The output is a weighted sum",
  },
  prompt: {
    ko: "`weightedSum(weights, values)`를 완성하세요. 값은 같은 길이의 벡터들이고, 결과는 $\\sum_j w_j v_j$, 곧 각 값에 가중치를 곱해 성분별로 더한 벡터입니다.",
    en: "Complete `weightedSum(weights, values)`. The values are vectors of the same length; the result is $\\sum_j w_j v_j$: each value times its weight, added component by component.",
  },
  hint: {
    ko: "값마다(`j`), 그 값의 성분마다(`d`) `out[d] += weights[j] * values[j][d]`를 하세요.",
    en: "For every value (`j`) and every component of it (`d`), do `out[d] += weights[j] * values[j][d]`.",
  },
  checks: [
    {
      id: "picks-matched",
      label: {
        ko: "0/1 가중치는 일치한 값을 고름",
        en: "0/1 weights pick the matched value",
      },
      fail: {
        ko: "가중치 (0, 1, 0)이면 두 번째 값 [149, 2018]이 그대로 나와야 합니다. 값마다 자기 가중치 `weights[j]`를 곱한 뒤 더하세요.",
        en: "With weights (0, 1, 0) the result must be the second value, [149, 2018]: multiply each value by its own weight `weights[j]`, then add.",
      },
    },
    {
      id: "mixes",
      label: {
        ko: "0과 1이 아닌 가중치도 처리",
        en: "weights other than 0 and 1 work too",
      },
      fail: {
        ko: "가중치 (0.5, 0.5)면 두 값을 반씩 섞은 [1, 2]가 나와야 합니다. 가중치가 가장 큰 값 하나만 고르지 말고 모든 값을 섞으세요.",
        en: "Weights (0.5, 0.5) must give half of each value, [1, 2]: don't pick only the value with the largest weight, mix them all.",
      },
    },
    {
      id: "no-match-zero",
      label: {
        ko: "가중치가 모두 0이면 0 벡터",
        en: "all-zero weights give the zero vector",
      },
      fail: {
        ko: "일치한 키가 없으면 가중치가 모두 0이고 결과도 0 벡터입니다. 가중치의 합으로 다시 나누지 마세요. 합이 0이라 `NaN`이 됩니다.",
        en: "When nothing matched, every weight is 0 and so is the result. Don't divide by the sum of the weights: it is 0, and you get `NaN`.",
      },
    },
    {
      id: "any-dimension",
      label: { ko: "값의 개수와 차원이 무엇이든", en: "any number of values, of any dimension" },
      fail: {
        ko: "결과의 길이는 값 벡터의 길이와 같아야 합니다. 성분을 두 개로 정해 두지 말고 `values[0].length`만큼 만드세요.",
        en: "The result is as long as the value vectors: don't fix it at two components, make it `values[0].length` long.",
      },
    },
    {
      id: "unchanged",
      label: { ko: "가중치와 값은 그대로", en: "the weights and values are left as they were" },
      fail: {
        ko: "인자로 받은 배열을 고치지 마세요. 값에 가중치를 곱한 결과는 새 배열에 더하세요.",
        en: "Don't change the arrays you were given: add each weighted value into a new array.",
      },
    },
  ],
  wrong: [
    {
      mistake: "adds the values without their weights",
      replace: [
        [
          "  values.forEach((value, j) => value.forEach((x, d) => (out[d] += weights[j] * x)));",
          "  values.forEach((value) => value.forEach((x, d) => (out[d] += x)));",
        ],
      ],
      caughtBy: "picks-matched",
      named: {
        ko: "곱한 뒤 더하세요",
        en: "multiply each value",
      },
    },
    {
      mistake: "weights indexed by component instead of by value",
      replace: [
        [
          "  values.forEach((value, j) => value.forEach((x, d) => (out[d] += weights[j] * x)));",
          "  values.forEach((value) => value.forEach((x, d) => (out[d] += weights[d] * x)));",
        ],
      ],
      caughtBy: "picks-matched",
      named: {
        ko: "자기 가중치 `weights[j]`",
        en: "its own weight `weights[j]`",
      },
    },
    {
      mistake: "picks the value with the largest weight instead of mixing",
      replace: [
        [
          `  const out = new Array(values[0].length).fill(0);
  values.forEach((value, j) => value.forEach((x, d) => (out[d] += weights[j] * x)));
  return out;`,
          "  return values[weights.indexOf(Math.max(...weights))];",
        ],
      ],
      caughtBy: "mixes",
      named: {
        ko: "하나만 고르지",
        en: "don't pick only",
      },
    },
    {
      mistake: "normalises the weights again (dividing by their sum)",
      replace: [
        [
          "  values.forEach((value, j) => value.forEach((x, d) => (out[d] += weights[j] * x)));",
          `  const total = weights.reduce((a, b) => a + b, 0);
  values.forEach((value, j) => value.forEach((x, d) => (out[d] += (weights[j] / total) * x)));`,
        ],
      ],
      caughtBy: "no-match-zero",
      named: {
        ko: "합으로 다시 나누지",
        en: "divide by the sum",
      },
    },
    {
      mistake: "hard-codes two components",
      replace: [["const out = new Array(values[0].length).fill(0);", "const out = [0, 0];"]],
      caughtBy: "any-dimension",
      named: { ko: "두 개로 정해 두지", en: "don't fix it at two" },
    },
    {
      mistake: "scales the values in place before adding them",
      replace: [
        [
          "values.forEach((value, j) => value.forEach((x, d) => (out[d] += weights[j] * x)));",
          `values.forEach((value, j) =>
    value.forEach((x, d) => {
      value[d] = weights[j] * x;
      out[d] += value[d];
    }),
  );`,
        ],
      ],
      caughtBy: "unchanged",
      named: { ko: "고치지 마세요", en: "Don't change the arrays" },
    },
  ],
} satisfies ExerciseMeta;

import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "03-attention-value",
  title: {
    ko: "어텐션 값을 직접 계산하기",
    en: "The attention value by hand",
  },
  prompt: {
    ko: "`myAttend(query, keys, values)`를 완성하세요. 내적으로 스코어를 구하고, 라이브러리의 `softmax`로 가중치를 만든 뒤, 값들의 가중합을 돌려줍니다. 결과는 `{ weights, value }`입니다.",
    en: "Complete `myAttend(query, keys, values)`: dot-product scores, weights from the library's `softmax`, and the weighted sum of the values. Return `{ weights, value }`.",
  },
  hint: {
    ko: "시작 코드는 가중치가 가장 큰 값 하나만 고릅니다. 그것은 온도를 0으로 낮춘 어텐션, 곧 스코어가 가장 높은 키의 값이지 소프트 조회가 아닙니다. 모든 값에 각자의 가중치를 곱해 더하세요.",
    en: "The starter picks only the value with the largest weight: that is attention at temperature 0, the value of the top-scoring key, not a soft lookup. Add up all the values, each times its weight.",
  },
  checks: [
    {
      id: "weights",
      label: {
        ko: "가중치가 `attend`와 같음",
        en: "the weights match `attend`",
      },
      fail: {
        ko: "스코어는 쿼리와 각 키의 내적입니다. 값이 아니라 키와 비교하세요.",
        en: "The scores are the dot products of the query with each key: compare with the keys, not the values.",
      },
    },
    {
      id: "value",
      label: {
        ko: "어텐션 값이 `attend`와 같음",
        en: "the attention value matches `attend`",
      },
      fail: {
        ko: "어텐션 값은 모든 값에 가중치를 곱해 더한 가중합입니다. 가중치를 그대로 돌려주거나, 가중치가 가장 큰 값 하나만 고르거나, 소프트맥스 전의 스코어로 섞으면 안 됩니다.",
        en: "The attention value is the weighted sum of all the values: don't return the weights themselves, don't pick only the value with the largest weight, and don't mix with the scores from before the softmax.",
      },
    },
    {
      id: "tie",
      label: {
        ko: "동점이면 값들의 평균",
        en: "a tie gives the average of the values",
      },
      fail: {
        ko: "쿼리가 두 키와 똑같이 비슷하면 가중치는 0.5씩이고 결과는 [1, 1]이어야 합니다.",
        en: "When the query is equally close to both keys, each weight is 0.5 and the result is [1, 1].",
      },
    },
    {
      id: "any-size",
      label: {
        ko: "키가 몇 개든, 쿼리와 값의 차원이 달라도",
        en: "any number of keys, and values of another dimension than the query",
      },
      fail: {
        ko: "어텐션 값의 길이는 값 벡터의 길이입니다. 쿼리의 길이나 2로 정해 두지 말고 `values[0].length`만큼 만드세요.",
        en: "The attention value is as long as the value vectors: not the query's length, not a fixed 2 — make it `values[0].length` long.",
      },
    },
    {
      id: "unchanged",
      label: { ko: "쿼리, 키, 값은 그대로", en: "the query, keys and values are left as they were" },
      fail: {
        ko: "받은 배열을 고치지 말고, 결과는 새 배열에 담으세요.",
        en: "Don't change the arrays you were given: put the result in a new array.",
      },
    },
  ],
  wrong: [
    {
      mistake: "scores the query against the values instead of the keys",
      replace: [
        [
          "  const scores = keys.map((key) => key.reduce((s, k, d) => s + k * query[d], 0));",
          "  const scores = values.map((v) => v.reduce((s, x, d) => s + x * query[d], 0));",
        ],
      ],
      caughtBy: "weights",
      named: {
        ko: "값이 아니라 키와",
        en: "not the values",
      },
    },
    {
      mistake: "picks the value with the largest weight (attention at temperature 0, not a soft lookup)",
      replace: [
        [
          `  const value = new Array(values[0].length).fill(0);
  values.forEach((v, j) => v.forEach((x, d) => (value[d] += weights[j] * x)));`,
          "  const value = values[weights.indexOf(Math.max(...weights))];",
        ],
      ],
      caughtBy: "value",
      named: {
        ko: "하나만 고르거나",
        en: "don't pick only",
      },
    },
    {
      mistake: "mixes the values with the scores instead of the weights",
      replace: [
        [
          "  values.forEach((v, j) => v.forEach((x, d) => (value[d] += weights[j] * x)));",
          "  values.forEach((v, j) => v.forEach((x, d) => (value[d] += scores[j] * x)));",
        ],
      ],
      caughtBy: "value",
      named: {
        ko: "스코어로 섞으면",
        en: "mix with the scores",
      },
    },
    {
      mistake: "returns the weights as the attention value",
      replace: [
        [
          `  const value = new Array(values[0].length).fill(0);
  values.forEach((v, j) => v.forEach((x, d) => (value[d] += weights[j] * x)));`,
          "  const value = weights;",
        ],
      ],
      caughtBy: "value",
      named: {
        ko: "가중치를 그대로 돌려주거나",
        en: "don't return the weights",
      },
    },
    {
      mistake: "the attention value is sized like the query",
      replace: [
        [
          "const value = new Array(values[0].length).fill(0);",
          "const value = new Array(query.length).fill(0);",
        ],
      ],
      caughtBy: "any-size",
      named: { ko: "쿼리의 길이", en: "not the query's length" },
    },
    {
      mistake: "adds the weighted values into the first value (changes it)",
      replace: [
        [
          `  const value = new Array(values[0].length).fill(0);
  values.forEach((v, j) => v.forEach((x, d) => (value[d] += weights[j] * x)));`,
          `  const value = values[0];
  value.forEach((x, d) => (value[d] = weights[0] * x));
  values.slice(1).forEach((v, j) => v.forEach((x, d) => (value[d] += weights[j + 1] * x)));`,
        ],
      ],
      caughtBy: "unchanged",
      named: { ko: "고치지 말고", en: "Don't change" },
    },
  ],
} satisfies ExerciseMeta;

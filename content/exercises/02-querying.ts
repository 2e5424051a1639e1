import type { ExerciseDef, QuizDef } from "./types.ts";

export const exercises: ExerciseDef[] = [
  {
    id: "querying-compare",
    chapter: "02-querying",
    title: { ko: "비교 열 만들기", en: "Build the compare column" },
    prompt: {
      ko: "`compare(query, keys)`는 키마다 숫자 하나를 돌려줍니다. 키가 쿼리와 같으면 1, 다르면 0입니다.",
      en: "`compare(query, keys)` returns one number per key: 1 where the key equals the query, 0 where it does not.",
    },
    starter: `function compare(query: string, keys: string[]): number[] {
  return keys.map((key) => 0);
}

compare("2018", ["2019", "2018", "2012"])`,
    solution: `function compare(query: string, keys: string[]): number[] {
  return keys.map((key) => (key === query ? 1 : 0));
}

compare("2018", ["2019", "2018", "2012"])`,
    hint: {
      ko: "`map` 안에서 `key === query ? 1 : 0`을 돌려주면 됩니다. 함수의 반환 타입이 `number[]`이므로, 비교 결과(`boolean`)를 그대로 돌려주면 편집기가 타입 오류로 밑줄을 긋습니다.",
      en: "Inside `map`, return `key === query ? 1 : 0`. The function's return type is `number[]`, so returning the comparison itself (a `boolean`) gets a type-error underline in the editor.",
    },
    checks: [
      {
        test: `JSON.stringify(compare("2018", ["2019", "2018", "2012"])) === "[0,1,0]"`,
        label: { ko: `"2018" → 0, 1, 0`, en: `"2018" → 0, 1, 0` },
        fail: {
          ko: "강의의 표처럼 두 번째 키에서만 1이 나와야 합니다.",
          en: "As in the lecture's table, only the second key should give 1.",
        },
      },
      {
        test: `JSON.stringify(compare("2000", ["2019", "2018", "2012"])) === "[0,0,0]"`,
        label: { ko: "일치하는 키가 없으면 모두 0", en: "no matching key gives all zeros" },
        fail: {
          ko: "어느 키와도 같지 않으면 모두 0이어야 합니다.",
          en: "When no key is equal, every entry must be 0.",
        },
      },
      {
        test: `compare("a", []).length === 0 && compare("x", ["x", "y", "z", "w"]).length === 4`,
        label: { ko: "키 하나에 숫자 하나", en: "one number per key" },
        fail: {
          ko: "결과의 길이는 키의 개수와 같아야 합니다.",
          en: "The result must have as many entries as there are keys.",
        },
      },
    ],
  },
  {
    id: "querying-weighted-sum",
    chapter: "02-querying",
    title: { ko: "출력은 가중합", en: "The output is a weighted sum" },
    prompt: {
      ko: "`weightedSum(weights, values)`를 완성하세요. 값은 같은 길이의 벡터들이고, 결과는 $\\sum_j w_j v_j$, 곧 각 값에 가중치를 곱해 성분별로 더한 벡터입니다.",
      en: "Complete `weightedSum(weights, values)`. The values are vectors of the same length; the result is $\\sum_j w_j v_j$: each value times its weight, added component by component.",
    },
    starter: `function weightedSum(weights: number[], values: number[][]): number[] {
  const out = new Array(values[0].length).fill(0);
  // add weights[j] * values[j] into out
  return out;
}

weightedSum([0, 1, 0], [[181, 2019], [149, 2018], [143, 2012]])`,
    solution: `function weightedSum(weights: number[], values: number[][]): number[] {
  const out = new Array(values[0].length).fill(0);
  values.forEach((value, j) => value.forEach((x, d) => (out[d] += weights[j] * x)));
  return out;
}

weightedSum([0, 1, 0], [[181, 2019], [149, 2018], [143, 2012]])`,
    hint: {
      ko: "값마다(`j`), 그 값의 성분마다(`d`) `out[d] += weights[j] * values[j][d]`를 하세요.",
      en: "For every value (`j`) and every component of it (`d`), do `out[d] += weights[j] * values[j][d]`.",
    },
    checks: [
      {
        test: `JSON.stringify(weightedSum([0, 1, 0], [[181, 2019], [149, 2018], [143, 2012]])) === "[149,2018]"`,
        label: { ko: "0/1 가중치는 일치한 값을 고름", en: "0/1 weights pick the matched value" },
        fail: {
          ko: "가중치 (0, 1, 0)이면 두 번째 값 [149, 2018]이 그대로 나와야 합니다.",
          en: "With weights (0, 1, 0) the result must be the second value, [149, 2018].",
        },
      },
      {
        test: `JSON.stringify(weightedSum([0.5, 0.5], [[2, 0], [0, 4]])) === "[1,2]"`,
        label: { ko: "0과 1이 아닌 가중치도 처리", en: "weights other than 0 and 1 work too" },
        fail: {
          ko: "가중치 (0.5, 0.5)면 두 값의 평균 [1, 2]가 나와야 합니다. 곱하고 더했는지 확인하세요.",
          en: "Weights (0.5, 0.5) must give the average of the two values, [1, 2]. Did you multiply and add?",
        },
      },
      {
        test: `JSON.stringify(weightedSum([0, 0], [[5, 5], [7, 7]])) === "[0,0]"`,
        label: { ko: "가중치가 모두 0이면 0 벡터", en: "all-zero weights give the zero vector" },
        fail: {
          ko: "일치한 키가 없으면 결과는 0이어야 합니다.",
          en: "When nothing matched, the result is zero.",
        },
      },
    ],
  },
];

export const quizzes: QuizDef[] = [
  {
    id: "querying-no-match",
    chapter: "02-querying",
    question: {
      ko: `쿼리 "2000"으로 영화 딕셔너리를 조회하면 비교 열은 어떻게 될까요?`,
      en: `You query the films dictionary with "2000". What does the compare column look like?`,
    },
    options: [
      {
        text: { ko: "0, 0, 0", en: "0, 0, 0" },
        correct: true,
        explanation: {
          ko: "맞습니다. 어떤 키와도 같지 않으므로 모두 0이고, 가중합도 0이 되어 출력이 없습니다.",
          en: "Right: no key is equal, so every entry is 0, the weighted sum is 0 and there is no output.",
        },
      },
      {
        text: { ko: "0, 0, 1 (가장 가까운 2012)", en: "0, 0, 1 (the closest year, 2012)" },
        correct: false,
        explanation: {
          ko: "하드 조회는 같은지만 봅니다. '가장 가까운 키'를 고르는 것은 03장의 소프트 조회에서나 가능합니다.",
          en: "A hard lookup only checks for equality. Preferring the closest key is what the soft lookup of chapter 03 adds.",
        },
      },
      {
        text: { ko: "1/3, 1/3, 1/3", en: "1/3, 1/3, 1/3" },
        correct: false,
        explanation: {
          ko: "비교 열은 0 또는 1만 담습니다. 고르게 나눈 가중치는 온도가 아주 높은 소프트맥스에서 나옵니다.",
          en: "The compare column holds only 0s and 1s. Evenly split weights come from a softmax at a very high temperature.",
        },
      },
    ],
  },
];

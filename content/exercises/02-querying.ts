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
        id: "one-per-key",
        test: `compare("a", []).length === 0 && compare("x", ["x", "y", "z", "w"]).length === 4`,
        label: { ko: "키 하나에 숫자 하나", en: "one number per key" },
        fail: {
          ko: "결과에는 키마다 숫자가 하나씩, 곧 키의 개수만큼 들어가야 합니다. 일치한 키만 모으면 안 됩니다.",
          en: "The result needs one number per key, as many as there are keys: don't collect only the matching keys.",
        },
      },
      {
        id: "zeros-and-ones",
        test: `JSON.stringify(compare("2018", ["2019", "2018", "2012"])) === "[0,1,0]"`,
        label: { ko: `"2018" → 0, 1, 0`, en: `"2018" → 0, 1, 0` },
        fail: {
          ko: "키가 쿼리와 같은 자리에는 1, 다른 자리에는 0을 넣으세요. `true`와 `false`가 아니라 숫자여야 가중치로 쓸 수 있습니다.",
          en: "Put 1 where the key equals the query and 0 everywhere else: numbers, not `true` and `false`, so that they can serve as weights.",
        },
      },
      {
        id: "no-match",
        test: `JSON.stringify(compare("2000", ["2019", "2018", "2012"])) === "[0,0,0]"`,
        label: { ko: "일치하는 키가 없으면 모두 0", en: "no matching key gives all zeros" },
        fail: {
          ko: "어느 키와도 같지 않아도 비교 열은 키마다 한 칸씩 있고, 모두 0입니다. 빈 배열을 돌려주면 안 됩니다.",
          en: "Even when no key is equal, the compare column has one entry per key, all 0: don't return an empty array.",
        },
      },
    ],
    wrong: [
      {
        mistake: "returns the comparisons as booleans, not numbers",
        code: `function compare(query: string, keys: string[]): number[] {
  return keys.map((key) => key === query);
}

compare("2018", ["2019", "2018", "2012"])`,
        caughtBy: "zeros-and-ones",
        named: { ko: "`true`와 `false`가 아니라", en: "not `true` and `false`" },
      },
      {
        mistake: "lists only the keys that match, not one entry per key",
        code: `function compare(query: string, keys: string[]): number[] {
  return keys.filter((key) => key === query).map(() => 1);
}

compare("2018", ["2019", "2018", "2012"])`,
        caughtBy: "one-per-key",
        named: { ko: "일치한 키만", en: "only the matching keys" },
      },
      {
        mistake: "no match gives an empty column instead of zeros",
        code: `function compare(query: string, keys: string[]): number[] {
  if (!keys.includes(query)) return [];
  return keys.map((key) => (key === query ? 1 : 0));
}

compare("2018", ["2019", "2018", "2012"])`,
        caughtBy: "no-match",
        named: { ko: "빈 배열", en: "empty array" },
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
        id: "picks-matched",
        test: `JSON.stringify(weightedSum([0, 1, 0], [[181, 2019], [149, 2018], [143, 2012]])) === "[149,2018]"`,
        label: { ko: "0/1 가중치는 일치한 값을 고름", en: "0/1 weights pick the matched value" },
        fail: {
          ko: "가중치 (0, 1, 0)이면 두 번째 값 [149, 2018]이 그대로 나와야 합니다. 값마다 자기 가중치 `weights[j]`를 곱한 뒤 더하세요.",
          en: "With weights (0, 1, 0) the result must be the second value, [149, 2018]: multiply each value by its own weight `weights[j]`, then add.",
        },
      },
      {
        id: "mixes",
        test: `JSON.stringify(weightedSum([0.5, 0.5], [[2, 0], [0, 4]])) === "[1,2]"`,
        label: { ko: "0과 1이 아닌 가중치도 처리", en: "weights other than 0 and 1 work too" },
        fail: {
          ko: "가중치 (0.5, 0.5)면 두 값을 반씩 섞은 [1, 2]가 나와야 합니다. 가중치가 가장 큰 값 하나만 고르지 말고 모든 값을 섞으세요.",
          en: "Weights (0.5, 0.5) must give half of each value, [1, 2]: don't pick only the value with the largest weight, mix them all.",
        },
      },
      {
        id: "no-match-zero",
        test: `JSON.stringify(weightedSum([0, 0], [[5, 5], [7, 7]])) === "[0,0]"`,
        label: { ko: "가중치가 모두 0이면 0 벡터", en: "all-zero weights give the zero vector" },
        fail: {
          ko: "일치한 키가 없으면 가중치가 모두 0이고 결과도 0 벡터입니다. 가중치의 합으로 다시 나누지 마세요. 합이 0이라 `NaN`이 됩니다.",
          en: "When nothing matched, every weight is 0 and so is the result. Don't divide by the sum of the weights: it is 0, and you get `NaN`.",
        },
      },
    ],
    wrong: [
      {
        mistake: "adds the values without their weights",
        code: `function weightedSum(weights: number[], values: number[][]): number[] {
  const out = new Array(values[0].length).fill(0);
  values.forEach((value) => value.forEach((x, d) => (out[d] += x)));
  return out;
}

weightedSum([0, 1, 0], [[181, 2019], [149, 2018], [143, 2012]])`,
        caughtBy: "picks-matched",
        named: { ko: "곱한 뒤 더하세요", en: "multiply each value" },
      },
      {
        mistake: "weights indexed by component instead of by value",
        code: `function weightedSum(weights: number[], values: number[][]): number[] {
  const out = new Array(values[0].length).fill(0);
  values.forEach((value) => value.forEach((x, d) => (out[d] += weights[d] * x)));
  return out;
}

weightedSum([0, 1, 0], [[181, 2019], [149, 2018], [143, 2012]])`,
        caughtBy: "picks-matched",
        named: { ko: "자기 가중치 `weights[j]`", en: "its own weight `weights[j]`" },
      },
      {
        mistake: "picks the value with the largest weight instead of mixing",
        code: `function weightedSum(weights: number[], values: number[][]): number[] {
  return values[weights.indexOf(Math.max(...weights))];
}

weightedSum([0, 1, 0], [[181, 2019], [149, 2018], [143, 2012]])`,
        caughtBy: "mixes",
        named: { ko: "하나만 고르지", en: "don't pick only" },
      },
      {
        mistake: "normalises the weights again (dividing by their sum)",
        code: `function weightedSum(weights: number[], values: number[][]): number[] {
  const out = new Array(values[0].length).fill(0);
  const total = weights.reduce((a, b) => a + b, 0);
  values.forEach((value, j) => value.forEach((x, d) => (out[d] += (weights[j] / total) * x)));
  return out;
}

weightedSum([0, 1, 0], [[181, 2019], [149, 2018], [143, 2012]])`,
        caughtBy: "no-match-zero",
        named: { ko: "합으로 다시 나누지", en: "divide by the sum" },
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
          ko: "어떤 키와도 같지 않으므로 모두 0이고, 가중합도 0이 되어 출력이 없습니다.",
          en: "No key is equal, so every entry is 0, the weighted sum is 0 and there is no output.",
        },
      },
      {
        text: { ko: "0, 0, 1 (가장 가까운 2012)", en: "0, 0, 1 (the closest year, 2012)" },
        correct: false,
        explanation: {
          ko: "이 장의 조회는 키가 쿼리와 같은지만 봅니다. 2012가 2000에 가장 가깝다는 사실은 비교에 들어가지 않습니다. 가까운 키를 더 쳐 주는 조회는 03장에서 만듭니다.",
          en: "This chapter's lookup only asks whether a key equals the query; that 2012 is the closest year plays no part. A lookup that favours close keys is what chapter 03 builds.",
        },
      },
      {
        text: { ko: "1/3, 1/3, 1/3", en: "1/3, 1/3, 1/3" },
        correct: false,
        explanation: {
          ko: "비교 열에는 0과 1만 들어갑니다. 같지 않은 키는 0이므로, 일치하는 키가 없으면 모두 0입니다. 가중치를 키마다 고르게 나누는 조회는 03장에서 나옵니다.",
          en: "The compare column holds only 0s and 1s: a key that is not equal gets 0, so with no match every entry is 0. Weights split evenly over the keys come up in chapter 03.",
        },
      },
    ],
  },
];

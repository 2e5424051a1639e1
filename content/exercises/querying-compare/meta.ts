import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "02-querying",
  title: {
    ko: "비교 열 만들기",
    en: "Build the compare column",
  },
  prompt: {
    ko: "`compare(query, keys)`는 키마다 숫자 하나를 돌려줍니다. 키가 쿼리와 같으면 1, 다르면 0입니다.",
    en: "`compare(query, keys)` returns one number per key: 1 where the key equals the query, 0 where it does not.",
  },
  hint: {
    ko: "`map` 안에서 `key === query ? 1 : 0`을 돌려주면 됩니다. 함수의 반환 타입이 `number[]`이므로, 비교 결과(`boolean`)를 그대로 돌려주면 편집기가 타입 오류로 밑줄을 긋습니다.",
    en: "Inside `map`, return `key === query ? 1 : 0`. The function's return type is `number[]`, so returning the comparison itself (a `boolean`) gets a type-error underline in the editor.",
  },
  checks: [
    {
      id: "one-per-key",
      label: {
        ko: "키 하나에 숫자 하나",
        en: "one number per key",
      },
      fail: {
        ko: "결과에는 키마다 숫자가 하나씩, 곧 키의 개수만큼 들어가야 합니다. 일치한 키만 모으면 안 됩니다.",
        en: "The result needs one number per key, as many as there are keys: don't collect only the matching keys.",
      },
    },
    {
      id: "zeros-and-ones",
      label: {
        ko: '"2018" → 0, 1, 0',
        en: '"2018" → 0, 1, 0',
      },
      fail: {
        ko: "키가 쿼리와 같은 자리에는 1, 다른 자리에는 0을 넣으세요. `true`와 `false`가 아니라 숫자여야 가중치로 쓸 수 있습니다.",
        en: "Put 1 where the key equals the query and 0 everywhere else: numbers, not `true` and `false`, so that they can serve as weights.",
      },
    },
    {
      id: "no-match",
      label: {
        ko: "일치하는 키가 없으면 모두 0",
        en: "no matching key gives all zeros",
      },
      fail: {
        ko: "어느 키와도 같지 않아도 비교 열은 키마다 한 칸씩 있고, 모두 0입니다. 빈 배열을 돌려주면 안 됩니다.",
        en: "Even when no key is equal, the compare column has one entry per key, all 0: don't return an empty array.",
      },
    },
    {
      id: "exact-match",
      label: { ko: "거의 같은 키는 0", en: "a key that almost matches gives 0" },
      fail: {
        ko: "쿼리와 글자 하나까지 같은 키만 1입니다. 쿼리를 포함하거나(`includes`) 쿼리로 시작하는(`startsWith`) 키는 0이어야 합니다. `===`로 비교하세요.",
        en: "Only a key equal to the query, character for character, gets 1: a key that contains it (`includes`) or starts with it (`startsWith`) gets 0. Compare with `===`.",
      },
    },
  ],
  wrong: [
    {
      mistake: "returns the comparisons as booleans, not numbers",
      replace: [
        [
          "  return keys.map((key) => (key === query ? 1 : 0));",
          "  return keys.map((key) => key === query);",
        ],
      ],
      caughtBy: "zeros-and-ones",
      named: {
        ko: "`true`와 `false`가 아니라",
        en: "not `true` and `false`",
      },
    },
    {
      mistake: "lists only the keys that match, not one entry per key",
      replace: [
        [
          "  return keys.map((key) => (key === query ? 1 : 0));",
          "  return keys.filter((key) => key === query).map(() => 1);",
        ],
      ],
      caughtBy: "one-per-key",
      named: {
        ko: "일치한 키만",
        en: "only the matching keys",
      },
    },
    {
      mistake: "no match gives an empty column instead of zeros",
      replace: [
        [
          `function compare(query: string, keys: string[]): number[] {
  return keys.map((key) => (key === query ? 1 : 0));`,
          `function compare(query: string, keys: string[]): number[] {
  if (!keys.includes(query)) return [];
  return keys.map((key) => (key === query ? 1 : 0));`,
        ],
      ],
      caughtBy: "no-match",
      named: {
        ko: "빈 배열",
        en: "empty array",
      },
    },
    {
      mistake: "a key that contains the query counts as a match",
      replace: [["key === query", "key.includes(query)"]],
      caughtBy: "exact-match",
      named: { ko: "`includes`", en: "`includes`" },
    },
  ],
} satisfies ExerciseMeta;

import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "01-dictionary",
  title: {
    ko: "반복문으로 조회하기",
    en: "A lookup, written as a loop",
  },
  prompt: {
    ko: "`lookup(pairs, query)`를 완성하세요. 쿼리를 모든 키와 차례로 비교해서, 키가 쿼리와 같은 쌍의 값을 돌려주고, 그런 쌍이 없으면 `undefined`를 돌려줍니다.",
    en: "Complete `lookup(pairs, query)`. Compare the query with every key in turn, return the value of the pair whose key equals the query, and return `undefined` when there is none.",
  },
  hint: {
    ko: "반복문 안에서 `key === query`인지 확인하고, 같으면 바로 `value`를 돌려주세요.",
    en: "Inside the loop, check whether `key === query`, and if so return `value` right away.",
  },
  checks: [
    {
      id: "returns-value",
      label: {
        ko: '"2019"로 찾으면 "EndGame"',
        en: '"2019" finds "EndGame"',
      },
      fail: {
        ko: "키가 쿼리와 같은 쌍을 찾으면, 키가 아니라 그 쌍의 값을 돌려줘야 합니다.",
        en: "When a key equals the query, return that pair's value, not the key.",
      },
    },
    {
      id: "every-key",
      label: {
        ko: '뒤쪽 쌍도 찾음 ("2018", "2012")',
        en: 'finds later pairs too ("2018", "2012")',
      },
      fail: {
        ko: "첫 번째 쌍만 보고 멈추면 안 됩니다. 키가 다르면 다음 키와 비교를 이어 가고, `undefined`는 모든 키와 비교한 뒤에만 돌려주세요.",
        en: "Don't stop after the first pair: when a key differs, go on to the next one, and return `undefined` only after comparing with every key.",
      },
    },
    {
      id: "no-match",
      label: {
        ko: "없는 키는 undefined",
        en: "a missing key gives undefined",
      },
      fail: {
        ko: "일치하는 키가 없으면 어떤 값도 나오지 않습니다. 마지막으로 본 값이 아니라 `undefined`를 돌려주세요.",
        en: "When no key matches, no value comes out: return `undefined`, not the last value you looked at.",
      },
    },
    {
      id: "exact-match",
      label: { ko: "거의 같은 키와 겹치는 키도 구별", en: "near-miss keys and repeated keys" },
      fail: {
        ko: "키는 쿼리와 글자 하나까지 같을 때만 일치합니다. 쿼리로 시작하거나(`startsWith`) 쿼리를 포함하는(`includes`) 키는 다른 키입니다. `===`로 비교하고, 같은 키가 여러 번 있으면 처음 것의 값을 돌려주세요.",
        en: "A key matches only when it equals the query character for character: a key that starts with it (`startsWith`) or contains it (`includes`) is another key. Compare with `===`, and when a key appears twice, return the first one's value.",
      },
    },
  ],
  wrong: [
    {
      mistake: "returns the key instead of the value",
      replace: [["    if (key === query) return value;", "    if (key === query) return key;"]],
      caughtBy: "returns-value",
      named: {
        ko: "키가 아니라",
        en: "not the key",
      },
    },
    {
      mistake: "gives up after comparing the first key",
      replace: [
        [
          `    if (key === query) return value;
  }`,
          `    if (key === query) return value;
    else return undefined;
  }`,
        ],
      ],
      caughtBy: "every-key",
      named: {
        ko: "첫 번째 쌍만",
        en: "first pair",
      },
    },
    {
      mistake: "a query that matches no key still returns a value (the last one seen)",
      replace: [
        [
          `  for (const [key, value] of pairs) {
    if (key === query) return value;
  }
  return undefined;`,
          `  let found: string | undefined;
  for (const [key, value] of pairs) {
    found = value;
    if (key === query) break;
  }
  return found;`,
        ],
      ],
      caughtBy: "no-match",
      named: {
        ko: "마지막으로 본 값",
        en: "last value",
      },
    },
    {
      mistake: "matches a key that starts with the query",
      replace: [["if (key === query)", "if (key.startsWith(query))"]],
      caughtBy: "exact-match",
      named: { ko: "`startsWith`", en: "`startsWith`" },
    },
  ],
} satisfies ExerciseMeta;

import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "01-dictionary",
  title: {
    ko: "키는 하나뿐",
    en: "One pair per key",
  },
  prompt: {
    ko: "`addPair(pairs, key, value)`는 쌍을 하나 더한 새 배열을 돌려줍니다. 딕셔너리의 키는 서로 달라야 하므로, 같은 키가 이미 있으면 새 쌍을 덧붙이지 말고 그 쌍의 값을 바꿔야 합니다. 원래 배열은 바꾸지 마세요.",
    en: "`addPair(pairs, key, value)` returns a new list with one more pair. A dictionary's keys are distinct, so when the key is already there, replace that pair's value instead of appending. Leave the original list unchanged.",
  },
  hint: {
    ko: "먼저 `pairs.some(([k]) => k === key)`로 키가 이미 있는지 확인하세요. 있으면 `map`으로 그 쌍만 바꾼 새 배열을 만듭니다.",
    en: "First check with `pairs.some(([k]) => k === key)` whether the key is there. If it is, build a new list with `map` that changes only that pair.",
  },
  checks: [
    {
      id: "new-key",
      label: {
        ko: "새 키는 끝에 덧붙임",
        en: "a new key is appended",
      },
      fail: {
        ko: "새 키라면 배열 끝에 쌍을 덧붙이세요.",
        en: "For a new key, append the pair at the end.",
      },
    },
    {
      id: "existing-key",
      label: {
        ko: "있는 키는 값만 바뀜",
        en: "an existing key gets the new value",
      },
      fail: {
        ko: '키 "2018"은 한 번만 나와야 하고, 그 값은 새 값 "Black Panther"로 바뀌어야 합니다. 같은 키로 쌍을 하나 더 덧붙이지도, 옛 값을 그대로 두지도 마세요.',
        en: 'Key "2018" must appear once, with the new value "Black Panther": neither append a second pair with the same key nor keep the old value.',
      },
    },
    {
      id: "original-unchanged",
      label: {
        ko: "원래 배열은 그대로",
        en: "the original list is unchanged",
      },
      fail: {
        ko: "원래 배열이나 그 안의 쌍을 고치지 말고 새 배열을 만드세요.",
        en: "Don't modify the original list or its pairs: build a new list.",
      },
    },
    {
      id: "keeps-order",
      label: { ko: "키가 어디에 있든 순서는 그대로", en: "the order stays, wherever the key is" },
      fail: {
        ko: "있는 키의 값을 바꿀 때 쌍의 순서는 그대로여야 합니다. 옛 쌍을 빼고 새 쌍을 끝에 붙이면 그 키가 맨 뒤로 옮겨 갑니다. 그 자리에서 값만 바꾸세요.",
        en: "Changing an existing key's value must keep the pairs in their order: removing the old pair and appending a new one moves that key to the end. Change the value where it is.",
      },
    },
  ],
  wrong: [
    {
      mistake: "appends a second pair with the same key",
      replace: [
        [
          `function addPair(pairs: Array<[string, string]>, key: string, value: string): Array<[string, string]> {
  if (pairs.some(([k]) => k === key)) {
    return pairs.map(([k, v]): [string, string] => (k === key ? [k, value] : [k, v]));
  }
  return [...pairs, [key, value]];`,
          `function addPair(pairs: Array<[string, string]>, key: string, value: string): Array<[string, string]> {
  return [...pairs, [key, value]];`,
        ],
      ],
      caughtBy: "existing-key",
      named: {
        ko: "하나 더 덧붙이지도",
        en: "append a second pair",
      },
    },
    {
      mistake: "an existing key keeps its old value (the new pair is dropped)",
      replace: [
        [
          `  if (pairs.some(([k]) => k === key)) {
    return pairs.map(([k, v]): [string, string] => (k === key ? [k, value] : [k, v]));
  }`,
          "  if (pairs.some(([k]) => k === key)) return pairs;",
        ],
      ],
      caughtBy: "existing-key",
      named: {
        ko: "옛 값을 그대로",
        en: "keep the old value",
      },
    },
    {
      mistake: "overwrites the stored pair in place",
      replace: [
        [
          `  if (pairs.some(([k]) => k === key)) {
    return pairs.map(([k, v]): [string, string] => (k === key ? [k, value] : [k, v]));`,
          `  const existing = pairs.find(([k]) => k === key);
  if (existing) {
    existing[1] = value;
    return pairs;`,
        ],
      ],
      caughtBy: "original-unchanged",
      named: {
        ko: "고치지 말고",
        en: "Don't modify",
      },
    },
    {
      mistake: "removes the old pair and appends the new one (reorders the pairs)",
      replace: [
        [
          "    return pairs.map(([k, v]): [string, string] => (k === key ? [k, value] : [k, v]));",
          "    return [...pairs.filter(([k]) => k !== key), [key, value]];",
        ],
      ],
      caughtBy: "keeps-order",
      named: { ko: "끝에 붙이면", en: "appending a new one" },
    },
    {
      mistake: "pushes a new key onto the original list (mutates on the other path)",
      replace: [
        [
          "  return [...pairs, [key, value]];",
          `  pairs.push([key, value]);
  return pairs;`,
        ],
      ],
      caughtBy: "original-unchanged",
      named: { ko: "원래 배열", en: "the original list" },
    },
  ],
} satisfies ExerciseMeta;

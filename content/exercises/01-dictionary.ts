import type { ExerciseDef, QuizDef } from "./types.ts";

export const exercises: ExerciseDef[] = [
  {
    id: "dictionary-lookup",
    chapter: "01-dictionary",
    title: { ko: "반복문으로 조회하기", en: "A lookup, written as a loop" },
    prompt: {
      ko: "`lookup(pairs, query)`를 완성하세요. 쿼리를 모든 키와 차례로 비교해서, 키가 쿼리와 같은 쌍의 값을 돌려주고, 그런 쌍이 없으면 `undefined`를 돌려줍니다.",
      en: "Complete `lookup(pairs, query)`. Compare the query with every key in turn, return the value of the pair whose key equals the query, and return `undefined` when there is none.",
    },
    starter: `function lookup(pairs: Array<[string, string]>, query: string): string | undefined {
  for (const [key, value] of pairs) {
    // compare the query with this key
  }
  return undefined;
}

lookup([["2019", "EndGame"], ["2018", "InfinityWar"], ["2012", "Avengers"]], "2018")`,
    solution: `function lookup(pairs: Array<[string, string]>, query: string): string | undefined {
  for (const [key, value] of pairs) {
    if (key === query) return value;
  }
  return undefined;
}

lookup([["2019", "EndGame"], ["2018", "InfinityWar"], ["2012", "Avengers"]], "2018")`,
    hint: {
      ko: "반복문 안에서 `key === query`인지 확인하고, 같으면 바로 `value`를 돌려주세요.",
      en: "Inside the loop, check whether `key === query`, and if so return `value` right away.",
    },
    checks: [
      {
        id: "returns-value",
        test: `lookup([["2019", "EndGame"], ["2018", "InfinityWar"], ["2012", "Avengers"]], "2019") === "EndGame"`,
        label: { ko: `"2019"로 찾으면 "EndGame"`, en: `"2019" finds "EndGame"` },
        fail: {
          ko: "키가 쿼리와 같은 쌍을 찾으면, 키가 아니라 그 쌍의 값을 돌려줘야 합니다.",
          en: "When a key equals the query, return that pair's value, not the key.",
        },
      },
      {
        id: "every-key",
        test: `lookup([["2019", "EndGame"], ["2018", "InfinityWar"], ["2012", "Avengers"]], "2018") === "InfinityWar" && lookup([["2019", "EndGame"], ["2018", "InfinityWar"], ["2012", "Avengers"]], "2012") === "Avengers"`,
        label: { ko: `뒤쪽 쌍도 찾음 ("2018", "2012")`, en: `finds later pairs too ("2018", "2012")` },
        fail: {
          ko: "첫 번째 쌍만 보고 멈추면 안 됩니다. 키가 다르면 다음 키와 비교를 이어 가고, `undefined`는 모든 키와 비교한 뒤에만 돌려주세요.",
          en: "Don't stop after the first pair: when a key differs, go on to the next one, and return `undefined` only after comparing with every key.",
        },
      },
      {
        id: "no-match",
        test: `lookup([["2019", "EndGame"], ["2018", "InfinityWar"]], "2000") === undefined`,
        label: { ko: "없는 키는 undefined", en: "a missing key gives undefined" },
        fail: {
          ko: "일치하는 키가 없으면 어떤 값도 나오지 않습니다. 마지막으로 본 값이 아니라 `undefined`를 돌려주세요.",
          en: "When no key matches, no value comes out: return `undefined`, not the last value you looked at.",
        },
      },
    ],
    wrong: [
      {
        mistake: "returns the key instead of the value",
        code: `function lookup(pairs: Array<[string, string]>, query: string): string | undefined {
  for (const [key, value] of pairs) {
    if (key === query) return key;
  }
  return undefined;
}

lookup([["2019", "EndGame"], ["2018", "InfinityWar"], ["2012", "Avengers"]], "2018")`,
        caughtBy: "returns-value",
        named: { ko: "키가 아니라", en: "not the key" },
      },
      {
        mistake: "gives up after comparing the first key",
        code: `function lookup(pairs: Array<[string, string]>, query: string): string | undefined {
  for (const [key, value] of pairs) {
    if (key === query) return value;
    else return undefined;
  }
  return undefined;
}

lookup([["2019", "EndGame"], ["2018", "InfinityWar"], ["2012", "Avengers"]], "2018")`,
        caughtBy: "every-key",
        named: { ko: "첫 번째 쌍만", en: "first pair" },
      },
      {
        mistake: "a query that matches no key still returns a value (the last one seen)",
        code: `function lookup(pairs: Array<[string, string]>, query: string): string | undefined {
  let found: string | undefined;
  for (const [key, value] of pairs) {
    found = value;
    if (key === query) break;
  }
  return found;
}

lookup([["2019", "EndGame"], ["2018", "InfinityWar"], ["2012", "Avengers"]], "2018")`,
        caughtBy: "no-match",
        named: { ko: "마지막으로 본 값", en: "last value" },
      },
    ],
  },
  {
    id: "dictionary-add",
    chapter: "01-dictionary",
    title: { ko: "키는 하나뿐", en: "One pair per key" },
    prompt: {
      ko: "`addPair(pairs, key, value)`는 쌍을 하나 더한 새 배열을 돌려줍니다. 딕셔너리의 키는 서로 달라야 하므로, 같은 키가 이미 있으면 새 쌍을 덧붙이지 말고 그 쌍의 값을 바꿔야 합니다. 원래 배열은 바꾸지 마세요.",
      en: "`addPair(pairs, key, value)` returns a new list with one more pair. A dictionary's keys are distinct, so when the key is already there, replace that pair's value instead of appending. Leave the original list unchanged.",
    },
    starter: `function addPair(pairs: Array<[string, string]>, key: string, value: string): Array<[string, string]> {
  return [...pairs, [key, value]];
}

addPair([["2019", "EndGame"], ["2018", "InfinityWar"]], "2018", "Black Panther")`,
    solution: `function addPair(pairs: Array<[string, string]>, key: string, value: string): Array<[string, string]> {
  if (pairs.some(([k]) => k === key)) {
    return pairs.map(([k, v]): [string, string] => (k === key ? [k, value] : [k, v]));
  }
  return [...pairs, [key, value]];
}

addPair([["2019", "EndGame"], ["2018", "InfinityWar"]], "2018", "Black Panther")`,
    hint: {
      ko: "먼저 `pairs.some(([k]) => k === key)`로 키가 이미 있는지 확인하세요. 있으면 `map`으로 그 쌍만 바꾼 새 배열을 만듭니다.",
      en: "First check with `pairs.some(([k]) => k === key)` whether the key is there. If it is, build a new list with `map` that changes only that pair.",
    },
    checks: [
      {
        id: "new-key",
        test: `JSON.stringify(addPair([["2019", "EndGame"]], "2012", "Avengers")) === JSON.stringify([["2019", "EndGame"], ["2012", "Avengers"]])`,
        label: { ko: "새 키는 끝에 덧붙임", en: "a new key is appended" },
        fail: {
          ko: "새 키라면 배열 끝에 쌍을 덧붙이세요.",
          en: "For a new key, append the pair at the end.",
        },
      },
      {
        id: "existing-key",
        test: `JSON.stringify(addPair([["2019", "EndGame"], ["2018", "InfinityWar"]], "2018", "Black Panther")) === JSON.stringify([["2019", "EndGame"], ["2018", "Black Panther"]])`,
        label: { ko: "있는 키는 값만 바뀜", en: "an existing key gets the new value" },
        fail: {
          ko: `키 "2018"은 한 번만 나와야 하고, 그 값은 새 값 "Black Panther"로 바뀌어야 합니다. 같은 키로 쌍을 하나 더 덧붙이지도, 옛 값을 그대로 두지도 마세요.`,
          en: `Key "2018" must appear once, with the new value "Black Panther": neither append a second pair with the same key nor keep the old value.`,
        },
      },
      {
        id: "original-unchanged",
        test: `(() => { const original: Array<[string, string]> = [["2018", "InfinityWar"]]; addPair(original, "2018", "X"); return original.length === 1 && original[0][1] === "InfinityWar"; })()`,
        label: { ko: "원래 배열은 그대로", en: "the original list is unchanged" },
        fail: {
          ko: "원래 배열이나 그 안의 쌍을 고치지 말고 새 배열을 만드세요.",
          en: "Don't modify the original list or its pairs: build a new list.",
        },
      },
    ],
    wrong: [
      {
        mistake: "appends a second pair with the same key",
        code: `function addPair(pairs: Array<[string, string]>, key: string, value: string): Array<[string, string]> {
  return [...pairs, [key, value]];
}

addPair([["2019", "EndGame"], ["2018", "InfinityWar"]], "2018", "Black Panther")`,
        caughtBy: "existing-key",
        named: { ko: "하나 더 덧붙이지도", en: "append a second pair" },
      },
      {
        mistake: "an existing key keeps its old value (the new pair is dropped)",
        code: `function addPair(pairs: Array<[string, string]>, key: string, value: string): Array<[string, string]> {
  if (pairs.some(([k]) => k === key)) return pairs;
  return [...pairs, [key, value]];
}

addPair([["2019", "EndGame"], ["2018", "InfinityWar"]], "2018", "Black Panther")`,
        caughtBy: "existing-key",
        named: { ko: "옛 값을 그대로", en: "keep the old value" },
      },
      {
        mistake: "overwrites the stored pair in place",
        code: `function addPair(pairs: Array<[string, string]>, key: string, value: string): Array<[string, string]> {
  const existing = pairs.find(([k]) => k === key);
  if (existing) {
    existing[1] = value;
    return pairs;
  }
  return [...pairs, [key, value]];
}

addPair([["2019", "EndGame"], ["2018", "InfinityWar"]], "2018", "Black Panther")`,
        caughtBy: "original-unchanged",
        named: { ko: "고치지 말고", en: "Don't modify" },
      },
    ],
  },
];

export const quizzes: QuizDef[] = [
  {
    id: "dictionary-roles",
    chapter: "01-dictionary",
    question: {
      ko: `영화 딕셔너리에서 "2012년에 나온 영화가 뭐였지?"라고 물을 때, "2012"는 어떤 역할일까요?`,
      en: `You ask the films dictionary "which film came out in 2012?". What role does "2012" play?`,
    },
    options: [
      {
        text: { ko: "쿼리", en: "the query" },
        correct: true,
        explanation: {
          ko: '지금 찾고 있는 대상이므로 쿼리입니다. 딕셔너리 안의 키 "2012"와 비교됩니다.',
          en: 'It is what you are looking for, so it is the query. It gets compared with the key "2012" stored in the dictionary.',
        },
      },
      {
        text: { ko: "키", en: "the key" },
        correct: false,
        explanation: {
          ko: '키는 딕셔너리 안에 저장된 이름표입니다. 여러분이 내민 "2012"는 저장된 키와 글자가 똑같을 뿐, 하는 일은 찾는 쪽, 곧 쿼리입니다.',
          en: 'The key is the label stored in the dictionary. Your "2012" is spelled the same as that key, but its job is the looking: it is the query.',
        },
      },
      {
        text: { ko: "값", en: "the value" },
        correct: false,
        explanation: {
          ko: '값은 돌려받는 것, 곧 영화 제목 "Avengers"입니다.',
          en: 'The value is what you get back: the title "Avengers".',
        },
      },
      {
        text: { ko: "딕셔너리", en: "the dictionary" },
        correct: false,
        explanation: {
          ko: '딕셔너리는 키-값 쌍 전체의 집합입니다. "2012"는 그 안의 키들과 하나씩 비교됩니다.',
          en: 'The dictionary is the whole set of key-value pairs; "2012" is compared with each of its keys.',
        },
      },
    ],
  },
];

import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "05-keys-and-values",
  title: {
    ko: "인코더 상태에 어텐션 적용하기",
    en: "Attend over the encoder states",
  },
  prompt: {
    ko: '`attendOverInput(query, encoderStates)`는 인코더 은닉 상태를 키와 값으로 모두 써서 `attend`를 호출하고(스코어는 `"dot"`), 어텐션 값을 돌려줘야 합니다.',
    en: '`attendOverInput(query, encoderStates)` must call `attend` with the encoder states as both keys and values (score `"dot"`) and return the attention value.',
  },
  hint: {
    ko: "seq2seq에서는 값이 키와 같은 벡터입니다. `attend`의 세 번째 인자에도 `encoderStates`를 넘기세요.",
    en: "In seq2seq the values are the same vectors as the keys: pass `encoderStates` as the third argument of `attend` too.",
  },
  checks: [
    {
      id: "state-size",
      label: {
        ko: "결과는 은닉 상태 하나의 크기(48)",
        en: "the result has the size of one state (48)",
      },
      fail: {
        ko: "어텐션 값은 은닉 상태들의 가중합이므로 상태 하나와 크기가 같습니다(48). 입력 글자마다 하나씩 있는 가중치를 돌려주면 안 됩니다.",
        en: "The attention value is a weighted sum of the states, so it has the size of one state (48): don't return the weights, which are one per input character.",
      },
    },
    {
      id: "hand-example",
      label: {
        ko: "작은 예제에서 손으로 계산한 값과 같음",
        en: "matches a hand-computed small example",
      },
      fail: {
        ko: "상태 [2, 0], [0, 1]과 쿼리 [1, 0]이면 스코어는 2와 0, 가중치는 약 (0.881, 0.119)입니다. 값도 같은 두 상태이므로 결과는 0.881·[2, 0] + 0.119·[0, 1] = [1.762, 0.119]입니다. 값은 키와 같은 상태들 전부입니다. 1로 채운 벡터 같은 다른 값을 쓰거나, 마지막 상태 $h_T$ 하나만 쓰면 안 됩니다.",
        en: "With states [2, 0], [0, 1] and query [1, 0] the scores are 2 and 0 and the weights about (0.881, 0.119). The values are the same two states, so the result is 0.881·[2, 0] + 0.119·[0, 1] = [1.762, 0.119]. The values are all the states the keys are: don't use other vectors such as ones, and don't use only the last state $h_T$.",
      },
    },
    {
      id: "real-states",
      label: {
        ko: "실제 인코더 상태에서도 맞음",
        en: "right on real encoder states",
      },
      fail: {
        ko: '실제 인코더 상태에서도, `encoderStates`를 키와 값으로 모두 넘기고 `"dot"` 스코어를 쓴 `attend`의 결과와 같아야 합니다.',
        en: 'On real encoder states too, the result must equal `attend` with `encoderStates` as both keys and values and the `"dot"` score.',
      },
    },
    {
      id: "any-states",
      label: {
        ko: "상태가 몇 개든, 차원이 무엇이든, 큰 값에서도",
        en: "any number of states, any dimension, large values",
      },
      fail: {
        ko: "상태가 몇 개든 모든 상태가 키이자 값입니다. 앞의 몇 개만 쓰거나 상태 개수를 정해 두지 마세요.",
        en: "However many states there are, every one is both a key and a value: don't use only the first few, and don't fix how many there are.",
      },
    },
    {
      id: "unchanged",
      label: { ko: "쿼리와 상태들은 그대로", en: "the query and the states are left as they were" },
      fail: {
        ko: "받은 쿼리와 상태를 고치지 마세요. 정규화나 크기 조정이 필요하면 새 배열에 하세요.",
        en: "Don't change the query or the states you were given: normalise or scale into a new array if you must.",
      },
    },
  ],
  wrong: [
    {
      mistake: "values other than the states (ones)",
      replace: [
        [
          '  return attend(query, encoderStates, encoderStates, { score: "dot" }).value;',
          `  const keys = encoderStates;
  const values = encoderStates.map((h) => h.map(() => 1));
  return attend(query, keys, values, { score: "dot" }).value;`,
        ],
      ],
      caughtBy: "hand-example",
      named: {
        ko: "1로 채운 벡터",
        en: "such as ones",
      },
    },
    {
      mistake: "returns the weights instead of the attention value",
      replace: [
        [
          '  return attend(query, encoderStates, encoderStates, { score: "dot" }).value;',
          '  return attend(query, encoderStates, encoderStates, { score: "dot" }).weights;',
        ],
      ],
      caughtBy: "state-size",
      named: {
        ko: "가중치를 돌려주면",
        en: "don't return the weights",
      },
    },
    {
      mistake: "keeps only the last state h_T as key and value (the chapter 04 habit)",
      replace: [
        [
          '  return attend(query, encoderStates, encoderStates, { score: "dot" }).value;',
          `  const last = encoderStates[encoderStates.length - 1];
  return attend(query, [last], [last], { score: "dot" }).value;`,
        ],
      ],
      caughtBy: "hand-example",
      named: {
        ko: "마지막 상태 $h_T$ 하나만",
        en: "only the last state $h_T$",
      },
    },
    {
      mistake: "attends over the first three states only",
      replace: [
        [
          '  return attend(query, encoderStates, encoderStates, { score: "dot" }).value;',
          `  const states = encoderStates.slice(0, 3);
  return attend(query, states, states, { score: "dot" }).value;`,
        ],
      ],
      caughtBy: "real-states",
      named: { ko: "`encoderStates`", en: "`encoderStates`" },
    },
    {
      mistake: "scales the query in place to keep the scores small",
      replace: [
        [
          '  return attend(query, encoderStates, encoderStates, { score: "dot" }).value;',
          `  const top = Math.max(1, ...query.map(Math.abs));
  query.forEach((x, d) => (query[d] = x / top));
  return attend(query, encoderStates, encoderStates, { score: "dot", temperature: 1 / top }).value;`,
        ],
      ],
      caughtBy: "unchanged",
      named: { ko: "고치지 마세요", en: "Don't change the query" },
    },
  ],
} satisfies ExerciseMeta;

import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "04-seq2seq",
  title: {
    ko: "$h_j$가 읽은 것",
    en: "What $h_j$ has read",
  },
  prompt: {
    ko: "인코더는 입력을 왼쪽부터 한 글자씩 읽으므로, $h_j$는 처음 $j$글자를 읽은 뒤의 상태입니다. `prefixState(model, input, j)`는 입력 전체를 인코딩하지 않고 $h_j$를 돌려줘야 합니다. $h_j$가 읽은 만큼의 입력에만 `encode`를 실행하고, 그 결과의 마지막 상태를 쓰세요.",
    en: "The encoder reads its input left to right, one character at a time, so $h_j$ is its state after the first $j$ characters. `prefixState(model, input, j)` must return $h_j$ without encoding the whole input: run `encode` on just the part of the input that $h_j$ has read, and take the last state.",
  },
  hint: {
    ko: "지금 코드는 $j$번째 글자 하나만 인코딩합니다. $h_j$는 첫 글자부터 $j$번째 글자까지를 차례로 읽은 상태입니다. `input.slice(0, j)`가 그 부분입니다.",
    en: "The code encodes the $j$-th character on its own. $h_j$ is the state after reading the first character through the $j$-th, in order: `input.slice(0, j)` is that part.",
  },
  checks: [
    {
      id: "first-character",
      label: {
        ko: "$h_1$: 첫 글자까지 읽은 상태",
        en: "$h_1$: the state after the first character",
      },
      fail: {
        ko: "$h_1$은 첫 글자까지 읽은 상태입니다. 첫 글자를 빼서도, 입력의 뒷부분까지 읽어서도 안 됩니다.",
        en: "$h_1$ is the state after the first character: neither leave that character out nor read the rest of the input.",
      },
    },
    {
      id: "every-position",
      label: {
        ko: "모든 $j$에서 전체 입력의 $h_j$와 같음",
        en: "equals the whole input's $h_j$ for every $j$",
      },
      fail: {
        ko: "$h_j$는 $j$번째 글자 하나만 읽은 상태가 아니라, 첫 글자부터 $j$번째 글자까지 차례로 읽은 상태입니다. 그래서 같은 글자라도 앞에 무엇이 있었느냐에 따라 상태가 달라집니다.",
        en: "$h_j$ is not the state after reading the $j$-th character alone, but after reading the first $j$ characters in order: the same character gets a different state depending on what came before it.",
      },
    },
    {
      id: "whole-input",
      label: {
        ko: "$j = T$일 때는 디코더가 받는 고정 벡터 $h_T$",
        en: "$j = T$ gives the fixed vector $h_T$ the decoder gets",
      },
      fail: {
        ko: "$j$가 입력 길이 $T$와 같을 때는 입력 전체를 읽은 상태, 곧 어텐션이 없는 디코더가 받는 $h_T$가 나와야 합니다.",
        en: "When $j$ is the input length $T$, the result is the state after the whole input: the $h_T$ an attention-less decoder gets.",
      },
    },
    {
      id: "any-input",
      label: { ko: "어떤 입력, 모델, $j$에서도", en: "any input, model and $j$" },
      fail: {
        ko: "받은 입력을 다듬지(`trim`) 말고 그대로, 첫 글자부터 $j$번째 글자까지 읽은 상태를 돌려주세요. 공백도 글자입니다.",
        en: "Read the input as given (no `trim`), from its first character to its $j$-th, and return that state: a space is a character too.",
      },
    },
  ],
  wrong: [
    {
      mistake: "thinks h_j encodes the j-th character on its own",
      replace: [
        [
          "  const { encoderStates } = encode(model, input.slice(0, j));",
          "  const { encoderStates } = encode(model, input[j - 1]);",
        ],
      ],
      caughtBy: "every-position",
      named: {
        ko: "$j$번째 글자 하나만",
        en: "the $j$-th character alone",
      },
    },
    {
      mistake: "thinks h_j reads from x_j to the end of the input",
      replace: [
        [
          "  const { encoderStates } = encode(model, input.slice(0, j));",
          "  const { encoderStates } = encode(model, input.slice(j - 1));",
        ],
      ],
      caughtBy: "first-character",
      named: {
        ko: "뒷부분까지",
        en: "read the rest",
      },
    },
    {
      mistake: "off by one: h_j taken as the state before x_j is read",
      replace: [
        [
          "  const { encoderStates } = encode(model, input.slice(0, j));",
          "  const { encoderStates } = encode(model, input.slice(0, j - 1));",
        ],
      ],
      caughtBy: "first-character",
      named: {
        ko: "첫 글자를 빼서도",
        en: "leave that character out",
      },
    },
    {
      mistake: "takes the whole input's state at index j (one too far)",
      replace: [
        [
          `  const { encoderStates } = encode(model, input.slice(0, j));
  return encoderStates[encoderStates.length - 1];`,
          `  const { encoderStates } = encode(model, input);
  return encoderStates[j];`,
        ],
      ],
      caughtBy: "first-character",
      named: { ko: "뒷부분까지", en: "read the rest" },
    },
    {
      mistake: "trims the input first",
      replace: [["input.slice(0, j)", "input.trim().slice(0, j)"]],
      caughtBy: "any-input",
      named: { ko: "`trim`", en: "`trim`" },
    },
  ],
} satisfies ExerciseMeta;

import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "05-keys-and-values",
  title: {
    ko: "디코더가 조회하는 딕셔너리",
    en: "The dictionary the decoder looks up",
  },
  prompt: {
    ko: "`inputDictionary(model, input)`은 디코더가 조회하는 딕셔너리를 입력 글자마다 항목 하나씩, `{ char, key, value }`로 돌려줍니다. 검사는 실제 바다나우 모델이 디코딩하면서 계산한 스코어를 여러분의 키로, 어텐션 값을 여러분의 값으로 다시 계산해 봅니다.",
    en: "`inputDictionary(model, input)` returns the dictionary the decoder looks up, one entry `{ char, key, value }` per input character. The checks take a real Bahdanau model while it decodes and recompute its scores from your keys and its attention values from your values.",
  },
  hint: {
    ko: "$(k_j, v_j) = (h_j, h_j)$입니다. 지금 코드는 모든 값을 04장의 고정 벡터 $h_T$로 둡니다. 항목 $j$의 값도 키와 같은 `encoderStates[j]`입니다.",
    en: "$(k_j, v_j) = (h_j, h_j)$. The code sets every value to chapter 04's fixed vector $h_T$; entry $j$'s value is the same `encoderStates[j]` as its key.",
  },
  checks: [
    {
      id: "one-entry-per-character",
      label: {
        ko: "입력 글자마다 항목 하나",
        en: "one entry per input character",
      },
      fail: {
        ko: "딕셔너리에는 입력 글자마다 항목이 하나씩 있어야 합니다. 마지막 상태로 된 항목 하나로는 디코더가 고를 것이 없습니다.",
        en: "The dictionary has one entry per input character: a single entry holding the last state leaves the decoder nothing to choose from.",
      },
    },
    {
      id: "keys",
      label: {
        ko: "키로 모델의 스코어를 다시 계산함",
        en: "your keys reproduce the model's scores",
      },
      fail: {
        ko: "키는 은닉 상태 $h_j$ 그 자체, 곧 첫 글자부터 $j$번째 글자까지 읽은 상태입니다. 글자 하나만 따로 인코딩한 상태는 키가 아닙니다.",
        en: "The key is the hidden state $h_j$ itself, the state after reading the first $j$ characters: a character encoded on its own is not the key.",
      },
    },
    {
      id: "values",
      label: {
        ko: "값으로 모델의 어텐션 값을 다시 계산함",
        en: "your values reproduce the model's attention values",
      },
      fail: {
        ko: "값도 키와 같은 $h_j$입니다. 모든 항목의 값을 $h_T$로 두면 가중치가 어떻든 어텐션 값이 $h_T$가 되어, 04장의 병목으로 돌아갑니다.",
        en: "The value is the same $h_j$ as the key. Set every value to $h_T$ and the attention value is $h_T$ whatever the weights: the bottleneck of chapter 04 again.",
      },
    },
    {
      id: "any-input",
      label: { ko: "어떤 입력과 모델에서도", en: "any input and model" },
      fail: {
        ko: "받은 입력을 다듬지(`trim`) 말고 그대로 인코딩해, 공백을 포함한 글자마다 항목을 하나씩 만드세요.",
        en: "Encode the input as given (no `trim`) and make one entry per character, spaces included.",
      },
    },
  ],
  wrong: [
    {
      mistake: "every value is the fixed vector h_T",
      replace: [
        [
          "  return tokens.map((char, j) => ({ char, key: encoderStates[j], value: encoderStates[j] }));",
          `  const last = encoderStates[encoderStates.length - 1];
  return tokens.map((char, j) => ({ char, key: encoderStates[j], value: last }));`,
        ],
      ],
      caughtBy: "values",
      named: {
        ko: "$h_T$로 두면",
        en: "Set every value to $h_T$",
      },
    },
    {
      mistake: "the key is the character encoded on its own",
      replace: [
        [
          "  return tokens.map((char, j) => ({ char, key: encoderStates[j], value: encoderStates[j] }));",
          "  return tokens.map((char, j) => ({ char, key: encode(model, char).encoderStates[0], value: encoderStates[j] }));",
        ],
      ],
      caughtBy: "keys",
      named: {
        ko: "따로 인코딩한",
        en: "encoded on its own",
      },
    },
    {
      mistake: "a single entry for the whole input (its last state)",
      replace: [
        [
          "  return tokens.map((char, j) => ({ char, key: encoderStates[j], value: encoderStates[j] }));",
          `  const last = encoderStates[encoderStates.length - 1];
  return [{ char: input, key: last, value: last }];`,
        ],
      ],
      caughtBy: "one-entry-per-character",
      named: {
        ko: "항목 하나로는",
        en: "a single entry",
      },
    },
    {
      mistake: "trims the input before encoding it",
      replace: [["encode(model, input)", "encode(model, input.trim())"]],
      caughtBy: "any-input",
      named: { ko: "`trim`", en: "`trim`" },
    },
  ],
} satisfies ExerciseMeta;

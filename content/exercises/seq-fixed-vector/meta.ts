import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "04-seq2seq",
  title: {
    ko: "병목 벡터 꺼내기",
    en: "Find the bottleneck vector",
  },
  prompt: {
    ko: "`fixedVector(model, input)`은 어텐션이 없는 디코더가 입력에 대해 받는 유일한 벡터, 곧 인코더의 마지막 은닉 상태 $h_T$를 돌려줘야 합니다. `encode`를 쓰세요.",
    en: "`fixedVector(model, input)` must return the only vector an attention-less decoder gets about its input: the encoder's last hidden state $h_T$. Use `encode`.",
  },
  hint: {
    ko: "`encoderStates`는 $h_1$부터 $h_T$까지 순서대로 들어 있습니다. 첫 번째가 아니라 마지막 원소가 필요합니다. `encoderStates`에 마우스를 올리면 편집기가 그 타입을 보여 줍니다. 벡터의 배열이니 마지막 원소의 번호는 `length - 1`입니다.",
    en: "`encoderStates` holds $h_1$ to $h_T$ in order. You need the last element, not the first. Hover over `encoderStates` and the editor shows its type: an array of vectors, so the last index is `length - 1`.",
  },
  checks: [
    {
      id: "decoder-reads",
      label: {
        ko: "디코더가 실제로 읽는 벡터와 같음",
        en: "equals the vector the decoder actually reads",
      },
      fail: {
        ko: "어텐션이 없는 디코더가 받는 것은 인코더가 입력을 끝까지 읽은 뒤의 상태 $h_T$ 하나, $H$차원 벡터 그대로입니다. 첫 상태 $h_1$도, 상태들의 평균도 아니고, 모든 상태를 연결한 것도 아닙니다.",
        en: "An attention-less decoder gets exactly one vector, the state after the encoder has read the whole input, $h_T$: 48 numbers. Not the first state $h_1$, not an average of the states, and not all the states concatenated.",
      },
    },
    {
      id: "whole-input",
      label: {
        ko: "어떤 입력과 모델에서도 $h_T$ (마지막 글자만 다른 입력도 구별)",
        en: "$h_T$ for any input and model (inputs differing only in the last character too)",
      },
      fail: {
        ko: "마지막 글자만 다른 두 입력에서 앞쪽 상태는 똑같습니다. 예를 들어 첫 상태 $h_1$은 그 글자를 읽기 전에 만들어지므로 두 입력에서 똑같습니다. 받은 입력을 다듬지(`trim`) 말고 그대로 인코딩해, 끝까지 읽은 상태 $h_T$를 돌려주세요.",
        en: "Two inputs that differ only in their last character have the same earlier states: the first state $h_1$ is computed before that character is read, so it is the same for both: encode the input as given (no `trim`) and return $h_T$, the state after the whole input.",
      },
    },
  ],
  wrong: [
    {
      mistake: "takes the first state h_1 instead of h_T",
      replace: [["  return encoderStates[encoderStates.length - 1];", "  return encoderStates[0];"]],
      caughtBy: "decoder-reads",
      named: {
        ko: "첫 상태 $h_1$",
        en: "first state $h_1$",
      },
    },
    {
      mistake: "averages the encoder states",
      replace: [
        [
          "  return encoderStates[encoderStates.length - 1];",
          `  const mean = new Float32Array(encoderStates[0].length);
  for (const h of encoderStates) h.forEach((x, d) => (mean[d] += x / encoderStates.length));
  return mean;`,
        ],
      ],
      caughtBy: "decoder-reads",
      named: {
        ko: "평균도 아니고",
        en: "not an average",
      },
    },
    {
      mistake: "thinks the attention-less decoder gets every state",
      replace: [
        [
          "  return encoderStates[encoderStates.length - 1];",
          "  return Float32Array.from(encoderStates.flatMap((h) => Array.from(h)));",
        ],
      ],
      caughtBy: "decoder-reads",
      named: {
        ko: "모든 상태를 연결한 것도",
        en: "not all the states concatenated",
      },
    },
    {
      mistake: "trims the input before encoding it",
      replace: [["encode(model, input)", "encode(model, input.trim())"]],
      caughtBy: "whole-input",
      named: { ko: "`trim`", en: "`trim`" },
    },
  ],
} satisfies ExerciseMeta;

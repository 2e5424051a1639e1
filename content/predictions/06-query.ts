import type { PredictionDef } from "./types.ts";

export const predictions: PredictionDef[] = [
  {
    id: "predict-first-query",
    chapter: "06-query",
    question: {
      ko: "디코더의 1시점, 아직 아무 글자도 쓰지 않았을 때 바다나우 어텐션의 쿼리는 어떤 벡터일까요?",
      en: "At decoder step 1, before any output character is written, which vector is the query of Bahdanau attention?",
    },
    options: [
      {
        text: { ko: "$s_1$: 1시점의 디코더 상태", en: "$s_1$, the decoder state of step 1" },
        correct: false,
        misconception: "query-is-current-state",
        explanation: {
          ko: "$s_1$은 1시점의 어텐션 값으로 계산합니다. 그러니 1시점의 쿼리가 될 수 없습니다. 쿼리가 필요할 때 $s_1$은 아직 없습니다.",
          en: "$s_1$ is computed from step 1's attention value, so it cannot be step 1's query: when the query is needed, $s_1$ does not exist yet.",
        },
      },
      {
        text: {
          ko: "$h_1$: 첫 입력 글자의 인코더 상태",
          en: "$h_1$, the encoder state of the first input character",
        },
        correct: false,
        misconception: "query-is-first-input",
        explanation: {
          ko: "$h_1$은 다른 인코더 상태와 마찬가지로 키이자 값입니다. 쿼리는 디코더 쪽에서 옵니다.",
          en: "$h_1$ is a key and a value, like every encoder state; the query comes from the decoder's side.",
        },
      },
      {
        text: { ko: "$s_0 = h_T$: 인코더의 마지막 상태", en: "$s_0 = h_T$, the encoder's last state" },
        correct: true,
        explanation: {
          ko: "$i$시점의 쿼리는 $s_{i-1}$입니다. 1시점에서는 $s_0$이고, 이 모델은 디코더를 인코더의 마지막 상태에서 시작하므로 $s_0 = h_T$입니다.",
          en: "The query at step $i$ is $s_{i-1}$. At step 1 that is $s_0$, and this model starts the decoder from the encoder's last state: $s_0 = h_T$.",
        },
      },
      {
        text: { ko: "시작 토큰 `<s>`의 임베딩", en: "The embedding of the start token `<s>`" },
        correct: false,
        misconception: "query-is-start-token",
        explanation: {
          ko: "시작 토큰의 임베딩은 1시점에 디코더가 어텐션 값과 함께 읽는 입력입니다. 쿼리가 아닙니다.",
          en: "The start token's embedding is what the decoder reads at step 1, beside the attention value; it is not the query.",
        },
      },
    ],
    outcome: {
      ko: "1시점의 쿼리는 $s_0$, 곧 인코더의 마지막 상태 $h_T$입니다. 2시점부터는 디코더가 바로 앞 시점에 만든 상태가 쿼리입니다.",
      en: "The query at step 1 is $s_0$, which is $h_T$, the encoder's last state. From step 2 on, it is the state the decoder made one step before.",
    },
  },
];

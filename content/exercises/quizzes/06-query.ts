import type { QuizDef } from "../types.ts";

export const quizzes: QuizDef[] = [
  {
    id: "query-why-previous",
    chapter: "06-query",
    question: {
      ko: "바다나우 어텐션에서 $i$번째 출력의 쿼리가 $s_i$가 아니라 $s_{i-1}$인 이유는 무엇일까요?",
      en: "In Bahdanau attention, why is the query for output $i$ the state $s_{i-1}$ rather than $s_i$?",
    },
    options: [
      {
        text: {
          ko: "$s_i$는 어텐션 값 $a_i$를 입력받아 계산되므로, 쿼리가 필요할 때에는 아직 없다",
          en: "$s_i$ is computed from the attention value $a_i$, so it does not exist yet when the question is asked",
        },
        correct: true,
        explanation: {
          ko: "어텐션 값이 RNN의 입력에 연결되므로, 쿼리는 RNN을 돌리기 전의 상태일 수밖에 없습니다.",
          en: "The attention value is part of the RNN's input, so the query has to be the state from before the RNN runs.",
        },
      },
      {
        text: {
          ko: "$s_{i-1}$이 $s_i$보다 정보가 많기 때문",
          en: "$s_{i-1}$ holds more information than $s_i$",
        },
        correct: false,
        explanation: {
          ko: "오히려 $s_i$가 한 시점 더 많은 정보를 담습니다. 문제는 정보의 양이 아니라 계산 순서입니다.",
          en: "If anything $s_i$ has seen one more step. The reason is the order of computation, not the amount of information.",
        },
      },
      {
        text: {
          ko: "인코더도 한 시점 앞선 $h_{j-1}$을 키로 쓰기 때문",
          en: "the encoder also uses the earlier $h_{j-1}$ as the key",
        },
        correct: false,
        explanation: {
          ko: "인코더 쪽에서는 같은 위치의 $h_j$가 키입니다. 한 시점 밀리는 것은 쿼리뿐입니다.",
          en: "On the encoder side the key is $h_j$ of the same position. Only the query is shifted by a step.",
        },
      },
    ],
  },
];

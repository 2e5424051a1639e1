import type { QuizDef } from "../types.ts";

export const quizzes: QuizDef[] = [
  {
    id: "kv-same-vectors",
    chapter: "05-keys-and-values",
    question: {
      ko: "바다나우 어텐션에서 입력이 12글자이고 인코더 은닉 상태의 크기가 48이면, 어텐션 값 $a_i$의 크기는 얼마일까요?",
      en: "In Bahdanau attention, with a 12-character input and encoder states of size 48, what is the size of the attention value $a_i$?",
    },
    options: [
      {
        text: {
          ko: "48",
          en: "48",
        },
        correct: true,
        explanation: {
          ko: "$a_i$는 크기 48인 값(곧 $h_j$)들의 가중합이므로 크기도 48입니다.",
          en: "$a_i$ is a weighted sum of values of size 48 (the $h_j$), so it has size 48.",
        },
      },
      {
        text: {
          ko: "12",
          en: "12",
        },
        correct: false,
        explanation: {
          ko: "12개인 것은 가중치 $\\alpha_{ij}$입니다. 입력 위치마다 하나씩 있습니다.",
          en: "There are 12 weights $\\alpha_{ij}$, one per input position; the attention value is something else.",
        },
      },
      {
        text: {
          ko: "12 × 48",
          en: "12 × 48",
        },
        correct: false,
        explanation: {
          ko: "그것은 모든 인코더 상태를 쌓은 크기입니다. 어텐션 값은 그것을 가중치로 하나로 합친 것입니다.",
          en: "That is the size of all encoder states stacked; the attention value combines them into one vector.",
        },
      },
    ],
  },
];

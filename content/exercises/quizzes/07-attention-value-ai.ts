import type { QuizDef } from "../types.ts";

export const quizzes: QuizDef[] = [
  {
    id: "av-alignment-row",
    chapter: "07-attention-value-ai",
    question: {
      ko: "정렬 행렬 $A = [\\alpha_{ij}]$의 한 행은 무엇을 나타낼까요?",
      en: "What does one row of the alignment matrix $A = [\\alpha_{ij}]$ show?",
    },
    options: [
      {
        text: {
          ko: "출력 글자 하나를 쓸 때 각 입력 글자에 준 가중치(합이 1)",
          en: "the weights one output character gave to each input character (summing to 1)",
        },
        correct: true,
        explanation: {
          ko: "행 $i$는 출력 시점 $i$의 어텐션 분포이고, 소프트맥스에서 나왔으므로 합이 1입니다.",
          en: "Row $i$ is the attention distribution of output step $i$; it comes from a softmax, so it sums to 1.",
        },
      },
      {
        text: {
          ko: "입력 글자 하나가 모든 출력 글자에서 받은 가중치(합이 1)",
          en: "the weights one input character received from every output character (summing to 1)",
        },
        correct: false,
        explanation: {
          ko: "그것은 열입니다. 소프트맥스는 입력 위치 $j$에 대해 계산되므로, 열의 합은 1이 아닐 수 있습니다.",
          en: "That is a column. The softmax runs over the input positions $j$, so a column need not sum to 1.",
        },
      },
      {
        text: {
          ko: "디코더 은닉 상태 $s_i$의 숫자들",
          en: "the numbers of the decoder state $s_i$",
        },
        correct: false,
        explanation: {
          ko: "정렬 행렬에는 가중치만 들어 있습니다. $s_i$는 크기 $H$의 벡터로, 입력 길이와 관계가 없습니다.",
          en: "The alignment matrix holds only weights. $s_i$ is a vector of size $H$, unrelated to the input length.",
        },
      },
    ],
  },
];

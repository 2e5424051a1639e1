import type { QuizDef } from "../types.ts";

export const quizzes: QuizDef[] = [
  {
    id: "cat-order",
    chapter: "08-concatenation",
    question: {
      ko: "바다나우 어텐션의 디코더 시점 하나에서 일이 일어나는 순서로 맞는 것은?",
      en: "In one decoder step of Bahdanau attention, which order is right?",
    },
    options: [
      {
        text: {
          ko: "$s_{i-1}$로 $a_i$ 계산 → $[\\mathrm{embed}(y_{i-1}); a_i]$ 연결 → $s_i$ 계산 → $y_i$ 출력",
          en: "compute $a_i$ from $s_{i-1}$ → concatenate $[\\mathrm{embed}(y_{i-1}); a_i]$ → compute $s_i$ → output $y_i$",
        },
        correct: true,
        explanation: {
          ko: "어텐션이 RNN보다 먼저이고, 출력은 새 상태 $s_i$에서 나옵니다.",
          en: "Attention comes before the RNN, and the output comes from the new state $s_i$.",
        },
      },
      {
        text: {
          ko: "$s_i$ 계산 → $s_i$로 $a_i$ 계산 → $[a_i; s_i]$로 $y_i$ 출력",
          en: "compute $s_i$ → compute $a_i$ from $s_i$ → output $y_i$ from $[a_i; s_i]$",
        },
        correct: false,
        explanation: {
          ko: "이것은 09장에서 변형으로 다루는 루옹(Luong) 어텐션의 순서이고, 강의가 따르는 바다나우 방식이 아닙니다.",
          en: "That is Luong attention's order, covered as a variant in chapter 09; it is not the Bahdanau scheme the lecture follows.",
        },
      },
      {
        text: {
          ko: "$a_i$와 $\\mathrm{embed}(y_{i-1})$을 더해 RNN에 입력 → $s_i$ → $y_i$",
          en: "add $a_i$ and $\\mathrm{embed}(y_{i-1})$ and feed the sum to the RNN → $s_i$ → $y_i$",
        },
        correct: false,
        explanation: {
          ko: "더하지 않고 연결합니다. 두 벡터는 크기도 다를 수 있습니다($D$와 $H$).",
          en: "They are concatenated, not added; the two vectors need not even have the same size ($D$ and $H$).",
        },
      },
    ],
  },
];

import type { QuizDef } from "../types.ts";

export const quizzes: QuizDef[] = [
  {
    id: "soft-high-temperature",
    chapter: "03-attention-value",
    question: {
      ko: "온도 $\\tau$를 아주 크게 하면 어텐션 값은 어떻게 될까요?",
      en: "What happens to the attention value when the temperature $\\tau$ is made very large?",
    },
    options: [
      {
        text: {
          ko: "모든 값의 평균에 가까워진다",
          en: "it approaches the average of all values",
        },
        correct: true,
        explanation: {
          ko: "모든 스코어를 큰 수로 나누면 차이가 거의 사라져 가중치가 모두 $1/T$에 가까워지고, 가중합은 평균에 가까워집니다.",
          en: "Dividing every score by a huge number erases their differences, every weight tends to $1/T$, and the weighted sum tends to the mean.",
        },
      },
      {
        text: {
          ko: "스코어가 가장 높은 키의 값이 된다",
          en: "it becomes the value of the best-scoring key",
        },
        correct: false,
        explanation: {
          ko: "그것은 반대쪽 극한, 곧 $\\tau \\to 0$일 때입니다.",
          en: "That is the other limit, $\\tau \\to 0$.",
        },
      },
      {
        text: {
          ko: "0이 된다",
          en: "it becomes 0",
        },
        correct: false,
        explanation: {
          ko: "가중치는 온도와 상관없이 항상 합이 1이므로 값들이 사라지지 않습니다. 0은 02장에서 일치하는 키가 없을 때의 결과입니다.",
          en: "The weights always add up to 1 whatever the temperature, so the values never vanish. Zero is what chapter 02's lookup gives when no key matches.",
        },
      },
    ],
  },
];

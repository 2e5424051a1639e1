import type { QuizDef } from "../types.ts";

export const quizzes: QuizDef[] = [
  {
    id: "close-luong-query",
    chapter: "09-closing",
    question: {
      ko: "루옹 어텐션이 현재 상태 $s_i$를 쿼리로 쓸 수 있는 이유는 무엇일까요?",
      en: "Why can Luong attention use the current state $s_i$ as its query?",
    },
    options: [
      {
        text: {
          ko: "RNN이 어텐션 값을 입력으로 받지 않고, 어텐션 값은 RNN 뒤에서 $s_i$와 연결되기 때문",
          en: "its RNN does not take the attention value as input; the attention value is concatenated with $s_i$ after the RNN",
        },
        correct: true,
        explanation: {
          ko: "$s_i$를 먼저 계산해 쿼리로 쓰고, 그 결과인 어텐션 값을 $s_i$와 연결해 $\\tilde h_i = \\tanh(W_c[a_i; s_i])$를 만듭니다.",
          en: "$s_i$ is computed first and used as the query, and the resulting attention value is concatenated with it to make $\\tilde h_i = \\tanh(W_c[a_i; s_i])$.",
        },
      },
      {
        text: {
          ko: "가산 스코어를 쓰기 때문",
          en: "because it uses the additive score",
        },
        correct: false,
        explanation: {
          ko: "스코어 함수의 종류는 쿼리가 어느 시점의 상태인지와 무관합니다. 루옹은 주로 dot이나 general 스코어를 씁니다.",
          en: "The kind of score has nothing to do with which state is the query; Luong mostly uses the dot or general score.",
        },
      },
      {
        text: {
          ko: "인코더가 양방향이기 때문",
          en: "because its encoder is bidirectional",
        },
        correct: false,
        explanation: {
          ko: "양방향 인코더는 오히려 바다나우 등의 논문이 쓴 것이고(08장), 루옹 등은 한 방향으로 읽는 LSTM을 여러 층 쌓아 썼습니다. 게다가 인코더의 방향은 키와 값을 바꿀 뿐, 디코더가 한 시점 안에서 무엇을 먼저 계산하는지와는 관계가 없습니다.",
          en: "If anything, the bidirectional encoder is Bahdanau et al.'s (chapter 08); Luong et al. stack one-directional LSTMs. And the encoder's direction changes the keys and values, not the order in which the decoder computes within a step.",
        },
      },
    ],
  },
  {
    id: "close-why-scale",
    chapter: "09-closing",
    question: {
      ko: "트랜스포머는 왜 내적 $q^\\top k$를 $\\sqrt{d}$로 나눌까요?",
      en: "Why does the Transformer divide the dot product $q^\\top k$ by $\\sqrt{d}$?",
    },
    options: [
      {
        text: {
          ko: "$d$차원 벡터의 내적은 크기가 $\\sqrt{d}$에 비례해 커지고, 그대로 두면 소프트맥스가 거의 원-핫이 되기 때문에",
          en: "the dot product of $d$-dimensional vectors grows like $\\sqrt{d}$, and left alone it makes the softmax nearly one-hot",
        },
        correct: true,
        explanation: {
          ko: "성분이 평균 0, 분산 1이면 내적의 분산은 $d$입니다. $\\sqrt{d}$로 나누면 스코어가 차원과 상관없이 1 안팎에 머물러, 가중치가 한 키에 몰리지 않고 기울기도 사라지지 않습니다.",
          en: "With entries of mean 0 and variance 1 the dot product has variance $d$. Dividing by $\\sqrt{d}$ keeps the scores around size 1 in any dimension, so the weights do not pile onto one key and the gradients do not vanish.",
        },
      },
      {
        text: {
          ko: "가중치의 합을 1로 만들기 위해",
          en: "to make the weights add up to 1",
        },
        correct: false,
        explanation: {
          ko: "가중치의 합이 1이 되는 것은 소프트맥스 덕분이고, 스코어를 어떤 수로 나누어도 마찬가지입니다. $\\sqrt{d}$로 나누는 것은 가중치가 얼마나 뾰족한지를 바꿉니다.",
          en: "The softmax makes the weights add up to 1 whatever the scores are divided by. Dividing by $\\sqrt{d}$ changes how sharp the weights are.",
        },
      },
      {
        text: {
          ko: "쿼리와 키의 길이를 1로 맞추기 위해",
          en: "to make the query and key vectors length 1",
        },
        correct: false,
        explanation: {
          ko: "$\\sqrt{d}$는 벡터마다 다른 길이가 아니라 차원만으로 정해지는 상수입니다. 벡터의 길이로 나누는 것은 코사인 유사도입니다.",
          en: "$\\sqrt{d}$ is one constant set by the dimension, not each vector's own length. Dividing by the vectors' lengths would be cosine similarity.",
        },
      },
    ],
  },
];

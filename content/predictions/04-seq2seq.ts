import type { PredictionDef } from "./types.ts";

export const predictions: PredictionDef[] = [
  {
    id: "predict-encoder-states",
    chapter: "04-seq2seq",
    question: {
      ko: "인코더가 `24 November 2026`을 읽습니다. 은닉 상태는 몇 개 나올까요?",
      en: "The encoder reads `24 November 2026`. How many hidden states does it produce?",
    },
    options: [
      {
        text: { ko: "1개: 입력 전체를 벡터 하나로 압축한다", en: "1: it squeezes the input into one vector" },
        correct: false,
        misconception: "encoder-makes-one-vector",
        explanation: {
          ko: "어텐션이 없는 디코더가 받는 것은 벡터 하나, $h_T$뿐입니다. 하지만 인코더는 글자마다 상태를 만들고, $h_T$는 그중 마지막일 뿐입니다.",
          en: "One vector, $h_T$, is all a decoder without attention gets, but the encoder makes a state at every character; $h_T$ is just the last one.",
        },
      },
      {
        text: { ko: "3개: 단어마다 하나", en: "3: one per word" },
        correct: false,
        misconception: "one-state-per-word",
        explanation: {
          ko: "이 모델은 단어가 아니라 글자를 읽습니다. `November`는 한 시점이 아니라 여덟 시점입니다.",
          en: "This model reads characters, not words: `November` is eight steps, not one.",
        },
      },
      {
        text: { ko: "16개: 공백을 포함해 글자마다 하나", en: "16: one per character, spaces included" },
        correct: true,
        explanation: {
          ko: "2, 4, 공백, N, o, v, e, m, b, e, r, 공백, 2, 0, 2, 6으로 16글자이니, 16시점에 은닉 상태도 16개입니다. 각 상태는 48차원 벡터입니다.",
          en: "2, 4, space, N, o, v, e, m, b, e, r, space, 2, 0, 2, 6: sixteen characters, sixteen steps, sixteen states of 48 numbers each.",
        },
      },
      {
        text: { ko: "48개", en: "48" },
        correct: false,
        misconception: "size-read-as-count",
        explanation: {
          ko: "48은 상태 하나의 크기(`hiddenDim`)이지 상태의 개수가 아닙니다.",
          en: "48 is the size of each state (`hiddenDim`), not how many states there are.",
        },
      },
    ],
    outcome: {
      ko: "16개입니다. 공백을 포함한 16글자마다 은닉 상태가 하나씩 나오고, 각 상태는 48차원 벡터입니다.",
      en: "Sixteen: one hidden state for each of the 16 characters, spaces included, each a vector of 48 numbers.",
    },
  },
];

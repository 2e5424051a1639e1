import type { PredictionDef } from "./types.ts";

export const predictions: PredictionDef[] = [
  {
    id: "predict-month-row",
    chapter: "07-attention-value-ai",
    question: {
      ko: "학습된 모델이 `2026년 11월 24일`을 `2026-11-24`로 바꿉니다. 월 `11`을 쓸 때 어텐션 가중치는 대부분 어디로 갈까요?",
      en: "The trained model turns `2026년 11월 24일` into `2026-11-24`. When it writes the month `11`, where does most of its attention weight go?",
    },
    options: [
      {
        text: { ko: "입력의 숫자 `11`", en: "The input's digits `11`" },
        correct: false,
        misconception: "attention-copies-digits",
        explanation: {
          ko: "자연스러운 짐작이지만, 두 `1`이 받는 가중치는 합쳐도 0.2에 못 미칩니다. 모델은 그 바로 뒤를 봅니다.",
          en: "A natural guess, but the two `1`s get less than 0.2 of the weight together. The model looks just after them.",
        },
      },
      {
        text: { ko: "그 뒤의 글자 `월`", en: "`월`, the character after them" },
        correct: true,
        explanation: {
          ko: "가중치의 약 0.8이 `월`로 갑니다. 인코더는 왼쪽에서 오른쪽으로 읽으므로 `월`의 상태는 `…11월`을 이미 읽었고, 월 전체를 담고 있습니다. 한 곳만 봐도 충분합니다.",
          en: "About 0.8 of the weight goes to `월`. The encoder reads left to right, so the state at `월` has already read `…11월` and holds the whole month: one place to look is enough.",
        },
      },
      {
        text: { ko: "입력 전체에 고르게", en: "Evenly over the whole input" },
        correct: false,
        misconception: "trained-rows-are-flat",
        explanation: {
          ko: "고르게 퍼지는 것은 학습 전 모델입니다. 학습을 마친 모델의 행은 뾰족해서 한두 글자가 가중치를 거의 다 가져갑니다.",
          en: "Even rows belong to an untrained model. After training the rows are sharp: one or two characters take almost all the weight.",
        },
      },
      {
        text: { ko: "`11월` 세 글자에 약 ⅓씩", en: "About ⅓ each on the three characters of `11월`" },
        correct: false,
        misconception: "whole-word-shared",
        explanation: {
          ko: "세 글자가 고르게 나누지 않습니다. `월`이 약 0.8을, 바로 앞의 `1`이 나머지 대부분을 가져가고, 첫 번째 `1`은 거의 받지 못합니다.",
          en: "The three do not share evenly: `월` takes about 0.8, the `1` just before it most of the rest, and the first `1` almost nothing.",
        },
      },
    ],
    outcome: {
      ko: "월을 쓰는 두 행 모두 가중치의 약 0.8을 `월`에 두고, 나머지는 대부분 바로 앞의 `1`에 둡니다.",
      en: "Both rows of the month put about 0.8 of their weight on `월`, and most of the rest on the `1` just before it.",
    },
  },
  {
    id: "predict-untrained-row",
    chapter: "07-attention-value-ai",
    question: {
      ko: '학습하기 전의 모델(`createSeq2Seq({ attention: "bahdanau", seed: 1 })`)에서 `2026년 11월 24일`에 대한 어텐션 가중치의 첫 행은 어떤 모양일까요?',
      en: 'Before any training (`createSeq2Seq({ attention: "bahdanau", seed: 1 })`), what does the first row of attention weights over `2026년 11월 24일` look like?',
    },
    options: [
      {
        text: {
          ko: "거의 고르게: 모든 글자가 1/13 가까이",
          en: "Almost even: every character close to 1/13",
        },
        correct: true,
        explanation: {
          ko: "무작위로 정한 작은 매개변수에서는 스코어가 서로 비슷해서 소프트맥스 함수가 가중치를 거의 고르게 나눕니다. seed 1에서 13개 가중치는 모두 0.073에서 0.083 사이로, 1/13 ≈ 0.077 근처입니다. 행을 뾰족하게 만드는 것은 학습입니다.",
          en: "With small random parameters the scores are all close together, so the softmax spreads the weight almost evenly: for seed 1 all 13 weights lie between 0.073 and 0.083, around 1/13 ≈ 0.077. Training is what makes the rows sharp.",
        },
      },
      {
        text: { ko: "무작위로 한 글자에 가중치가 모두", en: "All the weight on one random character" },
        correct: false,
        misconception: "random-means-sharp",
        explanation: {
          ko: "무작위 매개변수는 무작위 스코어를 내지만 그 차이가 작습니다. 소프트맥스 함수는 작은 차이를 거의 같은 가중치로 바꿉니다.",
          en: "Random parameters give random scores, but close together; softmax turns small differences into nearly equal weights.",
        },
      },
      {
        text: {
          ko: "이미 맞는 글자 쪽으로, 조금 흐리게",
          en: "Already on the right characters, a little blurred",
        },
        correct: false,
        misconception: "alignment-is-built-in",
        explanation: {
          ko: "학습 전 모델에는 연도가 어디 있는지 아는 부분이 없습니다. 그것은 학습으로 얻습니다.",
          en: "Nothing in an untrained model knows where the year is; that is learned.",
        },
      },
      {
        text: {
          ko: "모두 0: 학습 전에는 어텐션이 꺼져 있다",
          en: "All zeros: attention is off until trained",
        },
        correct: false,
        misconception: "attention-off-untrained",
        explanation: {
          ko: "소프트맥스 가중치의 합은 학습 여부와 상관없이 언제나 1입니다.",
          en: "Softmax weights always add up to 1, trained or not.",
        },
      },
    ],
    outcome: {
      ko: "거의 고릅니다. seed 1에서 13개 가중치가 모두 0.073에서 0.083 사이에 있습니다.",
      en: "Almost even: for seed 1 all 13 weights lie between 0.073 and 0.083.",
    },
  },
];

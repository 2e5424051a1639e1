import type { PredictionDef } from "./types.ts";

export const predictions: PredictionDef[] = [
  {
    id: "predict-self-match",
    chapter: "05-keys-and-values",
    question: {
      ko: "쿼리로 네 번째 글자 `6`의 상태 자신을 쓰고, 스코어는 내적입니다. 학습 전 모델에서 `6`은 13개 가중치 가운데 얼마를 받을까요?",
      en: "The query is the 4th character's own state (the `6`), and the score is the dot product. In this untrained model, how much of the weight does the `6` get, out of 13 weights?",
    },
    options: [
      {
        text: {
          ko: "거의 전부: 자기 자신과 가장 잘 맞으니까",
          en: "Nearly all of it: a vector matches itself best",
        },
        correct: false,
        misconception: "self-match-dominates",
        explanation: {
          ko: "자기 자신과의 내적이 가장 크기는 하지만, 학습 전의 상태는 노름이 작아서 모든 내적이 작고 서로 비슷합니다. 소프트맥스 함수는 작은 차이를 작은 차이로 남깁니다.",
          en: "Its dot product with itself is the largest, but untrained states have small norms, so every dot product is small and close to the others; softmax keeps small differences small.",
        },
      },
      {
        text: { ko: "가장 크지만 근소하게: 약 0.09", en: "The largest, but only just: about 0.09" },
        correct: true,
        explanation: {
          ko: "`6`이 약 0.087로 가장 크고, 두 번째인 공백이 약 0.082입니다. 고르게 나눈 1/13 ≈ 0.077과 별 차이가 없습니다. 온도를 낮추면 이 작은 차이가 커집니다.",
          en: "The `6` gets about 0.087, the most, and the runner-up (a space) about 0.082: hardly more than an even 1/13 ≈ 0.077. Lowering the temperature blows the small gap up.",
        },
      },
      {
        text: { ko: "정확히 1/13: 다른 글자와 똑같이", en: "Exactly 1/13, like every other character" },
        correct: false,
        misconception: "untrained-means-equal",
        explanation: {
          ko: "거의 고르지만 정확히 같지는 않습니다. 스코어가 조금씩 다르니 가중치도 조금씩 다릅니다.",
          en: "Nearly even, but not exactly: the scores differ a little, so the weights do too.",
        },
      },
      {
        text: { ko: "0: 쿼리와 키가 같으면 건너뛴다", en: "0: a key equal to the query is skipped" },
        correct: false,
        misconception: "self-is-excluded",
        explanation: {
          ko: "어텐션은 어떤 키도 건너뛰지 않습니다. 키마다 스코어를 매기고, 모든 키가 양수 가중치를 받습니다.",
          en: "Attention skips no key: every key is scored, and every key gets a positive weight.",
        },
      },
    ],
    outcome: {
      ko: "`6`이 약 0.087로 가장 큰 가중치를 받지만, 두 번째(약 0.082)와 거의 차이가 없습니다.",
      en: "The `6` gets the largest weight, about 0.087, but barely more than the runner-up (about 0.082).",
    },
  },
  {
    id: "predict-value-size",
    chapter: "05-keys-and-values",
    question: {
      ko: "입력 `2026년 11월 24일`은 13글자이고, 상태는 각각 48차원 벡터입니다. 어텐션 값은 몇 차원 벡터일까요?",
      en: "The input `2026년 11월 24일` has 13 characters, and each state has 48 numbers. How many numbers does the attention value have?",
    },
    options: [
      {
        text: { ko: "13: 글자마다 하나", en: "13: one per character" },
        correct: false,
        misconception: "value-has-weight-count",
        explanation: {
          ko: "13은 가중치의 개수입니다. 키마다 가중치가 하나씩 있습니다. 어텐션 값은 상태들을 섞은 것이므로 상태 하나의 크기를 가집니다.",
          en: "13 is the number of weights, one per key. The attention value mixes the states, so it has the size of one state.",
        },
      },
      {
        text: { ko: "48: 상태 하나의 크기", en: "48: the size of one state" },
        correct: true,
        explanation: {
          ko: "어텐션 값은 48차원 상태들의 가중합이므로 입력이 얼마나 길든 48차원 벡터입니다.",
          en: "The attention value is a weighted sum of 48-number states, so it has 48 numbers however long the input is.",
        },
      },
      {
        text: { ko: "13 × 48 = 624: 모든 상태를 나란히", en: "13 × 48 = 624: all the states side by side" },
        correct: false,
        misconception: "value-keeps-every-state",
        explanation: {
          ko: "어텐션은 상태들을 나란히 보관하지 않고, 각각에 가중치를 곱해 하나로 더합니다.",
          en: "Attention does not keep the states side by side; it multiplies each by its weight and adds them into one.",
        },
      },
      {
        text: { ko: "1: 스코어 하나", en: "1: a single score" },
        correct: false,
        misconception: "value-is-a-score",
        explanation: {
          ko: "스코어는 키마다 숫자 하나입니다. 어텐션 값은 벡터입니다.",
          en: "A score is one number per key; the attention value is a vector.",
        },
      },
    ],
    outcome: {
      ko: "상태 하나의 크기인 48입니다. 셀은 `inputLength: 13` 옆에 `attentionValueSize: 48`을 보여 줍니다.",
      en: "48, the size of one state: the cell shows `attentionValueSize: 48` beside `inputLength: 13`.",
    },
  },
];

import type { PredictionDef } from "./types.ts";

export const predictions: PredictionDef[] = [
  {
    id: "predict-no-attention-long",
    chapter: "08-concatenation",
    question: {
      ko: "어텐션이 없는 모델은 입력 전체를 $h_T$ 하나(48차원 벡터)에 담습니다. 40글자가 넘는 가장 긴 날짜에서 이 모델은 얼마나 정확히 맞힐까요?",
      en: "The model without attention squeezes the whole input into $h_T$, 48 numbers. On the longest dates, over 40 characters, how many does it get exactly right?",
    },
    options: [
      {
        text: {
          ko: "거의 못 맞힌다: 긴 입력은 고정 길이 벡터에 다 들어가지 않는다",
          en: "Almost none: a long input overflows the fixed vector",
        },
        correct: false,
        misconception: "length-alone-breaks-bottleneck",
        explanation: {
          ko: "날짜에서는 그렇지 않습니다. 아무리 길게 써도 날짜가 담은 것은 연, 월, 일 세 숫자이고, 그 정도는 48차원에 넉넉히 들어갑니다. 무너지는 것은 길수록 담을 것이 많아지는 무작위 문자열 뒤집기입니다.",
          en: "Not on dates: however long the text, a date holds three numbers, a year, a month and a day, and they fit easily in 48. What collapses is reversing random strings, where a longer input does carry more.",
        },
      },
      {
        text: { ko: "짧은 날짜와 비슷하게, 약 98%", en: "About as many as on short dates, roughly 98%" },
        correct: true,
        explanation: {
          ko: "40글자가 넘는 입력에서 98%, 10글자 이하에서 99%로, 길이에 따라 떨어지지 않습니다. 긴 날짜라고 짧은 날짜보다 더 많은 것을 말하지는 않습니다.",
          en: "98% on inputs over 40 characters, 99% on those up to 10: no drop with length. A long date says no more than a short one.",
        },
      },
      {
        text: { ko: "어텐션 모델처럼 100%", en: "100%, like the attention model" },
        correct: false,
        misconception: "bottleneck-costs-nothing",
        explanation: {
          ko: "거의 맞지만 완전히는 아닙니다. 어텐션이 없으면 길이와 상관없이 틀리는 날짜가 조금씩 있고, 어텐션 모델은 모두 맞힙니다.",
          en: "Close, but not quite: without attention a few dates come out wrong at every length, while the attention model gets them all.",
        },
      },
      {
        text: { ko: "절반쯤", en: "About half" },
        correct: false,
        misconception: "long-means-coin-flip",
        explanation: {
          ko: "날짜에서는 훨씬 잘합니다. 절반 아래로 떨어지는 것은 11글자가 넘는 무작위 문자열 뒤집기입니다.",
          en: "On dates it does far better. It falls below half on reversing random strings longer than 10 characters.",
        },
      },
    ],
    outcome: {
      ko: "어텐션이 없는 모델은 40글자가 넘는 날짜의 98%를 맞힙니다. 10글자 이하의 99%와 거의 같고, 어텐션 모델은 100%입니다. 무작위 문자열 뒤집기에서는 20글자를 넘으면 0%로 떨어집니다.",
      en: "The model without attention gets 98% of dates over 40 characters right, about as on the shortest (99% up to 10 characters); the attention model gets 100%. On reversing random strings, though, it falls to 0% beyond 20 characters.",
    },
  },
  {
    id: "predict-decoder-input",
    chapter: "08-concatenation",
    question: {
      ko: "임베딩은 $D = 24$차원, 상태는 $H = 48$차원입니다. 디코더는 시점마다 몇 차원 벡터를 읽을까요?",
      en: "The embedding has $D = 24$ numbers and the states have $H = 48$. How many numbers does the decoder read at each step?",
    },
    options: [
      {
        text: { ko: "24", en: "24" },
        correct: false,
        misconception: "decoder-reads-embedding-only",
        explanation: {
          ko: "그것은 앞 글자의 임베딩뿐입니다. 어텐션이 있으면 디코더는 어텐션 값도 함께 읽습니다.",
          en: "That is only the previous character's embedding; with attention the decoder reads the attention value too.",
        },
      },
      {
        text: { ko: "48", en: "48" },
        correct: false,
        misconception: "decoder-reads-value-only",
        explanation: {
          ko: "그것은 어텐션 값뿐입니다. 디코더는 앞 글자의 임베딩도 함께 읽습니다.",
          en: "That is only the attention value; the decoder reads the previous character's embedding too.",
        },
      },
      {
        text: { ko: "72 = 24 + 48", en: "72 = 24 + 48" },
        correct: true,
        explanation: {
          ko: "디코더의 입력은 두 벡터를 이어 붙인 $[\\mathrm{embed}(y_{i-1}); a_i]$이므로 24 + 48 = 72차원입니다.",
          en: "The input is the two vectors laid end to end, $[\\mathrm{embed}(y_{i-1}); a_i]$: 24 + 48 = 72 numbers.",
        },
      },
      {
        text: { ko: "1152 = 24 × 48", en: "1152 = 24 × 48" },
        correct: false,
        misconception: "concatenation-multiplies",
        explanation: {
          ko: "연결(concatenate)은 벡터를 이어 붙일 뿐, 크기를 곱하지 않습니다.",
          en: "Concatenation lays vectors end to end; it does not multiply their sizes.",
        },
      },
    ],
    outcome: {
      ko: "72차원입니다. 셀은 `embedDim: 24`, `hiddenDim: 48`, `decoderInput: 72`를 보여 줍니다.",
      en: "72: the cell shows `embedDim: 24`, `hiddenDim: 48`, `decoderInput: 72`.",
    },
  },
];

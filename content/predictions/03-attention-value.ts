import type { PredictionDef } from "./types.ts";

export const predictions: PredictionDef[] = [
  {
    id: "predict-softmax-shift",
    chapter: "03-attention-value",
    question: {
      ko: "`softmax([2, 1, 0.1])`은 약 (0.659, 0.242, 0.099)입니다. 모든 스코어에 100을 더한 `softmax([102, 101, 100.1])`은 어떻게 될까요?",
      en: "`softmax([2, 1, 0.1])` is about (0.659, 0.242, 0.099). Add 100 to every score: what is `softmax([102, 101, 100.1])`?",
    },
    options: [
      {
        text: { ko: "똑같이 약 (0.659, 0.242, 0.099)", en: "The same, about (0.659, 0.242, 0.099)" },
        correct: true,
        explanation: {
          ko: "소프트맥스 함수는 스코어 사이의 차이만 봅니다. 모든 스코어에 같은 수를 더하면 모든 exp(e)에 같은 배수가 곱해지고, 합으로 나눌 때 그 배수가 지워집니다. 라이브러리의 `softmax`도 같은 이유로 가장 큰 스코어를 먼저 뺍니다.",
          en: "Softmax only looks at the differences between scores: adding the same number to all of them multiplies every exp(e) by the same factor, and dividing by the sum cancels it. The library's `softmax` subtracts the largest score first for the same reason.",
        },
      },
      {
        text: { ko: "거의 모두 첫 번째 키로 몰린다", en: "Nearly all on the first key" },
        correct: false,
        misconception: "bigger-scores-are-sharper",
        explanation: {
          ko: "스코어는 커졌지만 차이는 여전히 1과 0.9입니다. 가중치가 얼마나 뾰족한지는 차이와 온도만 정합니다.",
          en: "The scores are bigger, but the gaps are still 1 and 0.9. Only the gaps (and the temperature) decide how sharp the weights are.",
        },
      },
      {
        text: { ko: "거의 고르게, 약 ⅓씩", en: "Almost even, about ⅓ each" },
        correct: false,
        misconception: "gaps-relative-to-size",
        explanation: {
          ko: "100 옆에서는 1의 차이가 작아 보이지만, 소프트맥스 함수는 차이를 스코어의 크기와 견주지 않습니다. 1의 차이는 어디서나 1의 차이입니다.",
          en: "Next to 100 a gap of 1 looks small, but softmax does not compare gaps with the size of the scores: a gap of 1 is a gap of 1.",
        },
      },
      {
        text: {
          ko: "스코어에 비례: 102/303.1, 101/303.1, 100.1/303.1",
          en: "In proportion: 102/303.1, 101/303.1, 100.1/303.1",
        },
        correct: false,
        misconception: "softmax-is-proportional",
        explanation: {
          ko: "그것은 각 스코어를 합으로 나눈 것입니다. 소프트맥스 함수는 먼저 각 스코어에 exp를 취하므로 비율이 아니라 차이에 따라 정해집니다.",
          en: "That is each score divided by the sum. Softmax takes exp of each score first, so what counts is the differences, not the ratios.",
        },
      },
    ],
    outcome: {
      ko: "가중치는 그대로 약 (0.659, 0.242, 0.099)입니다. 모든 스코어에 같은 수를 더해도 아무것도 바뀌지 않습니다.",
      en: "The weights stay about (0.659, 0.242, 0.099): adding the same number to every score changes nothing.",
    },
  },
  {
    id: "predict-temperature-zero-miss",
    chapter: "03-attention-value",
    question: {
      ko: "2017은 키가 아닙니다. 햇수의 가까운 정도를 스코어로 쓰면, 온도 0의 어텐션은 키 2019, 2018, 2012에 어떤 가중치를 줄까요?",
      en: "2017 is not a key. With closeness in years as the score, what weights does attention at temperature 0 give the keys 2019, 2018 and 2012?",
    },
    options: [
      {
        text: { ko: "(0, 0, 0): 하드 조회와 같다", en: "(0, 0, 0), like the hard lookup" },
        correct: false,
        misconception: "temperature-zero-is-equality",
        explanation: {
          ko: "온도 0은 '같은가?'를 묻는 검사가 아닙니다. 소프트맥스 함수는 여전히 가장 높은 스코어에 가중치를 모두 줍니다. 가중치의 합이 1이어야 하므로 모두 0이 될 수는 없습니다.",
          en: 'Temperature 0 is not an "equal?" test. The softmax still gives all the weight to the top score; since the weights must add up to 1, they can never all be 0.',
        },
      },
      {
        text: { ko: "(0, 1, 0): 가장 가까운 키 2018에 모두", en: "(0, 1, 0): all on 2018, the nearest key" },
        correct: true,
        explanation: {
          ko: "2018은 1년 떨어져 있어 스코어(−1)가 가장 높으므로, 온도 0에서는 가중치를 모두 가져갑니다. 하드 조회는 여기서 아무것도 찾지 못하지만, 온도 0의 어텐션은 가장 가까운 키를 찾습니다.",
          en: "2018 is one year away, the highest score (−1), so at temperature 0 it takes all the weight. The hard lookup finds nothing here; attention at temperature 0 finds the nearest key instead.",
        },
      },
      {
        text: {
          ko: "(½, ½, 0): 이웃한 2019와 2018이 나눈다",
          en: "(½, ½, 0): shared by the neighbours 2019 and 2018",
        },
        correct: false,
        misconception: "neighbours-share",
        explanation: {
          ko: "2017은 둘의 한가운데가 아닙니다. 2018은 1년, 2019는 2년 떨어져 있습니다. 가중치가 나뉘는 것은 스코어가 정확히 같을 때뿐입니다.",
          en: "2017 is not halfway between them: 2018 is one year away and 2019 two. Only an exact tie in score would split the weight.",
        },
      },
      {
        text: { ko: "(⅓, ⅓, ⅓): 고르게", en: "(⅓, ⅓, ⅓): evenly" },
        correct: false,
        misconception: "temperature-zero-is-flat",
        explanation: {
          ko: "그것은 반대쪽 끝입니다. 온도가 아주 높으면 가중치가 고르게 퍼지고, 온도 0은 그 반대로 한 키에 모입니다.",
          en: "That is the other end: a very high temperature spreads the weights evenly, and temperature 0 does the opposite.",
        },
      },
    ],
    outcome: {
      ko: "2017에 대해 하드 조회의 비교 열은 (0, 0, 0)이지만, 온도 0의 어텐션은 (0, 1, 0)입니다. 가장 가까운 키 2018이 가중치를 모두 가져갑니다.",
      en: "For 2017 the hard lookup's column is (0, 0, 0), but attention at temperature 0 gives (0, 1, 0): all the weight on 2018, the nearest key.",
    },
  },
];

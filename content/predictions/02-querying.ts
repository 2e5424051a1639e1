import type { PredictionDef } from "./types.ts";

export const predictions: PredictionDef[] = [
  {
    id: "predict-duplicate-keys",
    chapter: "02-querying",
    question: {
      ko: '목록이 딕셔너리의 규칙을 어겨서, 키가 `"2018"`인 쌍이 두 개 있다고 해 봅시다. 상영 시간은 149분과 119분입니다(2019년과 2012년은 전처럼 181분과 143분). 그러면 `"2018"`의 비교 열은 (0, 1, 1, 0)입니다. 상영 시간의 가중합은 얼마일까요?',
      en: 'Suppose the list broke the dictionary rule and had two pairs with the key `"2018"`, running 149 and 119 minutes (2019 and 2012 still run 181 and 143). The compare column for `"2018"` is then (0, 1, 1, 0). What is the weighted sum of the running times?',
    },
    options: [
      {
        text: { ko: "149: 첫 번째로 일치한 영화", en: "149: the first match" },
        correct: false,
        misconception: "weighted-sum-picks-one",
        explanation: {
          ko: "`hardLookup`이 `value`로 첫 번째 일치를 알려 주는 것은 맞습니다. 하지만 가중합은 고르지 않습니다. 비교 열의 1마다 그 값이 더해집니다.",
          en: "`hardLookup` does report the first match as its `value`, but a weighted sum does not choose: every 1 in the column lets its value in.",
        },
      },
      {
        text: { ko: "134: 두 영화의 평균", en: "134: the average of the two" },
        correct: false,
        misconception: "weighted-sum-averages",
        explanation: {
          ko: "평균이 되려면 가중치가 각각 ½이어야 합니다. 가중치가 1과 1이면 아무것도 나누지 않고 두 상영 시간을 그대로 더합니다.",
          en: "An average would need weights of ½ each. With 1 and 1 nothing is divided: the two running times are simply added.",
        },
      },
      {
        text: { ko: "268: 두 상영 시간의 합", en: "268: both running times added" },
        correct: true,
        explanation: {
          ko: "1·149 + 1·119 = 268이고, 이런 상영 시간을 가진 영화는 없습니다. 가중치의 합이 1보다 크면 출력이 부풀어 오릅니다. 딕셔너리의 키가 서로 달라야 하는 까닭이고, 어텐션이 가중치의 합을 1로 맞추는 까닭이기도 합니다.",
          en: "1·149 + 1·119 = 268, a running time no film has. Weights that add up to more than 1 inflate the output: that is why a dictionary needs distinct keys, and why attention makes its weights add up to 1.",
        },
      },
      {
        text: { ko: "0: 두 일치가 서로 상쇄된다", en: "0: two matches cancel out" },
        correct: false,
        misconception: "ambiguous-match-cancels",
        explanation: {
          ko: "상쇄되는 것은 없습니다. 두 일치가 모두 온전히 셉니다. 가중합이 0이 되는 것은 비교 열이 모두 0일 때뿐입니다.",
          en: "Nothing cancels: both matches count fully. The weighted sum is 0 only when the column is all zeros.",
        },
      },
    ],
    outcome: {
      ko: "비교 열은 (0, 1, 1, 0)이고 가중합은 0·181 + 1·149 + 1·119 + 0·143 = 268입니다. 두 상영 시간이 더해진 값입니다.",
      en: "The compare column is (0, 1, 1, 0) and the weighted sum is 0·181 + 1·149 + 1·119 + 0·143 = 268: the two running times added together.",
    },
  },
];

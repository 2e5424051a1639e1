import type { QuizDef } from "../types.ts";

export const quizzes: QuizDef[] = [
  {
    id: "querying-no-match",
    chapter: "02-querying",
    question: {
      ko: '쿼리 "2000"으로 영화 딕셔너리를 조회하면 비교 열은 어떻게 될까요?',
      en: 'You query the films dictionary with "2000". What does the compare column look like?',
    },
    options: [
      {
        text: {
          ko: "0, 0, 0",
          en: "0, 0, 0",
        },
        correct: true,
        explanation: {
          ko: "어떤 키와도 같지 않으므로 모두 0이고, 가중합도 0이 되어 출력이 없습니다.",
          en: "No key is equal, so every entry is 0, the weighted sum is 0 and there is no output.",
        },
      },
      {
        text: {
          ko: "0, 0, 1 (가장 가까운 2012)",
          en: "0, 0, 1 (the closest year, 2012)",
        },
        correct: false,
        explanation: {
          ko: "이 장의 조회는 키가 쿼리와 같은지만 봅니다. 2012가 2000에 가장 가깝다는 사실은 비교에 들어가지 않습니다. 가까운 키를 더 쳐 주는 조회는 03장에서 만듭니다.",
          en: "This chapter's lookup only asks whether a key equals the query; that 2012 is the closest year plays no part. A lookup that favours close keys is what chapter 03 builds.",
        },
      },
      {
        text: {
          ko: "1/3, 1/3, 1/3",
          en: "1/3, 1/3, 1/3",
        },
        correct: false,
        explanation: {
          ko: "비교 열에는 0과 1만 들어갑니다. 같지 않은 키는 0이므로, 일치하는 키가 없으면 모두 0입니다. 가중치를 키마다 고르게 나누는 조회는 03장에서 나옵니다.",
          en: "The compare column holds only 0s and 1s: a key that is not equal gets 0, so with no match every entry is 0. Weights split evenly over the keys come up in chapter 03.",
        },
      },
    ],
  },
];

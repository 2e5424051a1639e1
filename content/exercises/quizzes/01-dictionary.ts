import type { QuizDef } from "../types.ts";

export const quizzes: QuizDef[] = [
  {
    id: "dictionary-roles",
    chapter: "01-dictionary",
    question: {
      ko: '영화 딕셔너리에서 "2012년에 나온 영화가 뭐였지?"라고 물을 때, "2012"는 어떤 역할일까요?',
      en: 'You ask the films dictionary "which film came out in 2012?". What role does "2012" play?',
    },
    options: [
      {
        text: {
          ko: "쿼리",
          en: "the query",
        },
        correct: true,
        explanation: {
          ko: '지금 찾고 있는 대상이므로 쿼리입니다. 딕셔너리 안의 키 "2012"와 비교됩니다.',
          en: 'It is what you are looking for, so it is the query. It gets compared with the key "2012" stored in the dictionary.',
        },
      },
      {
        text: {
          ko: "키",
          en: "the key",
        },
        correct: false,
        explanation: {
          ko: '키는 딕셔너리 안에 저장된 이름표입니다. 여러분이 내민 "2012"는 저장된 키와 글자가 똑같을 뿐, 하는 일은 찾는 쪽, 곧 쿼리입니다.',
          en: 'The key is the label stored in the dictionary. Your "2012" is spelled the same as that key, but its job is the looking: it is the query.',
        },
      },
      {
        text: {
          ko: "값",
          en: "the value",
        },
        correct: false,
        explanation: {
          ko: '값은 돌려받는 것, 곧 영화 제목 "Avengers"입니다.',
          en: 'The value is what you get back: the title "Avengers".',
        },
      },
      {
        text: {
          ko: "딕셔너리",
          en: "the dictionary",
        },
        correct: false,
        explanation: {
          ko: '딕셔너리는 키-값 쌍 전체의 집합입니다. "2012"는 그 안의 키들과 하나씩 비교됩니다.',
          en: 'The dictionary is the whole set of key-value pairs; "2012" is compared with each of its keys.',
        },
      },
    ],
  },
];

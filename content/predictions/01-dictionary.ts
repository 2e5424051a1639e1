import type { PredictionDef } from "./types.ts";

export const predictions: PredictionDef[] = [
  {
    id: "predict-dictionary-missing",
    chapter: "01-dictionary",
    question: {
      ko: '목록에는 2019, 2018, 2012년 영화가 있습니다. 아래 셀에서 쿼리 `"2000"`으로 찾으면 무엇이 나올까요?',
      en: 'The list holds films from 2019, 2018 and 2012. What does the cell below give for the query `"2000"`?',
    },
    options: [
      {
        text: { ko: "`undefined`: 찾은 것이 없다", en: "`undefined`: nothing is found" },
        correct: true,
        explanation: {
          ko: '`"2000"`과 같은 키가 없으므로 `find`는 쌍을 찾지 못하고, `?.[1]`은 `undefined`를 돌려줍니다. 딕셔너리 조회는 가진 키에 대해서만 답합니다.',
          en: 'No key equals `"2000"`, so `find` finds no pair and `?.[1]` gives `undefined`. A dictionary lookup only answers for keys it has.',
        },
      },
      {
        text: {
          ko: '가장 가까운 해의 영화인 `"Avengers"`',
          en: '`"Avengers"`, the film of the nearest year',
        },
        correct: false,
        misconception: "lookup-finds-nearest",
        explanation: {
          ko: "그것은 가까운 정도로 찾는 조회입니다. 이 조회는 '같은가?'만 묻고, 2012는 2000과 같지 않습니다. 가까운 키를 더 쳐 주는 조회는 03장에서 만듭니다.",
          en: 'That would be a lookup by closeness. This one only asks "equal?", and 2012 is not equal to 2000. Chapter 03 builds the lookup that favours near keys.',
        },
      },
      {
        text: { ko: "오류: 없는 키라서 실패한다", en: "An error: the key is missing" },
        correct: false,
        misconception: "missing-key-throws",
        explanation: {
          ko: "없는 키를 찾는 것은 코드의 잘못이 아닙니다. `find`는 `undefined`를 돌려주고, `?.`는 그 값을 오류 없이 넘깁니다.",
          en: "Asking for a key that is not there is not a mistake in the code: `find` returns `undefined`, and `?.` passes it on without an error.",
        },
      },
      {
        text: { ko: '첫 번째 값인 `"EndGame"`', en: '`"EndGame"`, the first value' },
        correct: false,
        misconception: "first-value-by-default",
        explanation: {
          ko: "첫 번째 쌍의 값은 그 키가 쿼리와 같을 때만 나옵니다. 여기서는 같은 키가 하나도 없으니 아무 값도 나오지 않습니다.",
          en: "The first pair's value comes out only when its key equals the query. Here no key does, so no value comes out.",
        },
      },
    ],
    outcome: {
      ko: '셀의 결과는 `undefined`입니다. `"2000"`과 같은 키가 없으니 돌려줄 값도 없습니다.',
      en: 'The cell gives `undefined`: no key equals `"2000"`, so there is no value to return.',
    },
  },
];

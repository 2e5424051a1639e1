import type { QuizDef } from "../types.ts";

export const quizzes: QuizDef[] = [
  {
    id: "intro-problem",
    chapter: "00-intro",
    question: {
      ko: "어텐션이 없던 초기 신경망 번역기는 긴 문장에서 왜 번역 품질이 떨어졌을까요?",
      en: "Why did early neural translators, without attention, do worse on long sentences?",
    },
    options: [
      {
        text: {
          ko: "입력 전체를 고정 길이 벡터 하나에 담아야 했기 때문에",
          en: "the whole input had to fit into one fixed-length vector",
        },
        correct: true,
        explanation: {
          ko: "벡터의 크기는 입력이 길어져도 그대로라서, 긴 입력은 다 담기지 않습니다. 어텐션은 출력을 쓸 때마다 입력의 모든 위치를 다시 보게 해서 이 문제를 피합니다.",
          en: "The vector stays the same size however long the input is, so a long input does not fit entirely. Attention avoids this by letting the model look at every input position again for each piece of output.",
        },
      },
      {
        text: {
          ko: "긴 문장은 학습 데이터에 한 번도 나오지 않았기 때문에",
          en: "long sentences never appeared in the training data",
        },
        correct: false,
        explanation: {
          ko: "긴 문장도 학습 데이터에 있었습니다. 문제는 모델의 구조, 곧 입력 전체가 지나가야 하는 고정 길이 벡터였습니다.",
          en: "Long sentences were in the training data too. The problem was the model's shape: the fixed-length vector the whole input had to pass through.",
        },
      },
      {
        text: {
          ko: "출력이 입력과 길이가 같아야 했기 때문에",
          en: "the output had to be as long as the input",
        },
        correct: false,
        explanation: {
          ko: "디코더는 끝 토큰을 쓸 때 멈추므로 출력의 길이는 입력과 달라도 됩니다. 날짜 변환에서도 입력과 출력의 길이가 다릅니다.",
          en: "The decoder stops when it writes an end token, so the output may be longer or shorter than the input; in the date task the two lengths differ too.",
        },
      },
    ],
  },
  {
    id: "intro-year-place",
    chapter: "00-intro",
    question: {
      ko: "모델은 `24 November 2026`과 `2026년 11월 24일`을 모두 `2026-11-24`로 바꿉니다. 이 날짜 변환에 어텐션이 잘 맞는 이유는 무엇일까요?",
      en: "The model turns both `24 November 2026` and `2026년 11월 24일` into `2026-11-24`. Why does this date task suit attention?",
    },
    options: [
      {
        text: {
          ko: "연도의 위치가 입력마다 달라서, 같은 출력 글자를 쓸 때도 입력마다 다른 곳을 봐야 하므로",
          en: "the year sits in different places in different inputs, so writing the same output character means looking in different places",
        },
        correct: true,
        explanation: {
          ko: "영어 입력에서는 연도가 맨 끝에, 한국어 입력에서는 맨 앞에 있습니다. 출력의 첫 네 글자를 쓸 때 어디를 볼지 입력마다 정해야 하고, 어텐션이 바로 그 일을 합니다.",
          en: "In the English input the year comes last, in the Korean one first. For the output's first four characters the model must decide, input by input, where to look, and that is what attention does.",
        },
      },
      {
        text: {
          ko: "출력이 입력보다 길어서",
          en: "the output is longer than the input",
        },
        correct: false,
        explanation: {
          ko: "두 입력 모두 출력 `2026-11-24`(10글자)보다 깁니다. 길이가 아니라, 필요한 정보가 입력의 어디에 있는지가 입력마다 다르다는 점이 핵심입니다.",
          en: "Both inputs are longer than the output `2026-11-24` (10 characters). The point is not length but that the information needed sits in different places in different inputs.",
        },
      },
      {
        text: {
          ko: "한국어와 영어는 숫자를 다르게 쓰기 때문에",
          en: "Korean and English write digits differently",
        },
        correct: false,
        explanation: {
          ko: "두 입력 모두 같은 숫자 `2026`, `24`를 씁니다. 다른 것은 숫자의 모양이 아니라 순서입니다.",
          en: "Both inputs use the same digits, `2026` and `24`. What differs is not how the digits look but their order.",
        },
      },
    ],
  },
  {
    id: "intro-where-kept",
    chapter: "00-intro",
    question: {
      ko: "셀의 코드를 고치고 페이지를 새로고침했습니다. 고친 코드는 어디에 있을까요?",
      en: "You edit a cell's code and reload the page. Where is your edited code?",
    },
    options: [
      {
        text: {
          ko: "지금 쓰는 브라우저 안에. 다른 브라우저나 다른 컴퓨터에서는 보이지 않습니다",
          en: "in the browser you are using; another browser or computer does not see it",
        },
        correct: true,
        explanation: {
          ko: "고친 내용과 진행 상황은 이 브라우저 안에만 저장되고 어디로도 보내지 않습니다. 다른 곳으로 옮기려면 진행 상황 페이지에서 파일로 내보낸 뒤 가져오면 됩니다.",
          en: "Edits and progress are kept in this browser only and sent nowhere. To move them elsewhere, export them to a file on the progress page and import it there.",
        },
      },
      {
        text: {
          ko: "강좌 사이트의 서버에",
          en: "on the course's server",
        },
        correct: false,
        explanation: {
          ko: "이 사이트에는 여러분의 코드를 받는 서버가 없습니다. 코드는 브라우저 안에서 실행되고 브라우저 안에 저장됩니다.",
          en: "The site has no server that receives your code: it runs in your browser and is kept there.",
        },
      },
      {
        text: {
          ko: "어디에도 없습니다. 새로고침하면 셀은 원래 코드로 돌아갑니다",
          en: "nowhere: a reload puts every cell back the way the course wrote it",
        },
        correct: false,
        explanation: {
          ko: '고친 내용은 새로고침해도 남아 있습니다. 원래 코드로 돌아가는 것은 "되돌리기"를 눌렀을 때뿐입니다.',
          en: 'Your edit survives a reload. A cell goes back to the course\'s code only when you press "Reset".',
        },
      },
    ],
  },
];

import type { QuizDef } from "../types.ts";

export const quizzes: QuizDef[] = [
  {
    id: "cat-order",
    chapter: "08-concatenation",
    question: {
      ko: "바다나우 어텐션의 디코더 시점 하나에서 일이 일어나는 순서로 맞는 것은?",
      en: "In one decoder step of Bahdanau attention, which order is right?",
    },
    options: [
      {
        text: {
          ko: "$s_{i-1}$로 $a_i$ 계산 → $[\\mathrm{embed}(y_{i-1}); a_i]$ 연결 → $s_i$ 계산 → $y_i$ 출력",
          en: "compute $a_i$ from $s_{i-1}$ → concatenate $[\\mathrm{embed}(y_{i-1}); a_i]$ → compute $s_i$ → output $y_i$",
        },
        correct: true,
        explanation: {
          ko: "어텐션이 RNN보다 먼저이고, 출력은 새 상태 $s_i$에서 나옵니다.",
          en: "Attention comes before the RNN, and the output comes from the new state $s_i$.",
        },
      },
      {
        text: {
          ko: "$s_i$ 계산 → $s_i$로 $a_i$ 계산 → $[a_i; s_i]$로 $y_i$ 출력",
          en: "compute $s_i$ → compute $a_i$ from $s_i$ → output $y_i$ from $[a_i; s_i]$",
        },
        correct: false,
        explanation: {
          ko: "이것은 09장에서 변형으로 다루는 루옹(Luong) 어텐션의 순서이고, 강의가 따르는 바다나우 방식이 아닙니다.",
          en: "That is Luong attention's order, covered as a variant in chapter 09; it is not the Bahdanau scheme the lecture follows.",
        },
      },
      {
        text: {
          ko: "$a_i$와 $\\mathrm{embed}(y_{i-1})$을 더해 RNN에 입력 → $s_i$ → $y_i$",
          en: "add $a_i$ and $\\mathrm{embed}(y_{i-1})$ and feed the sum to the RNN → $s_i$ → $y_i$",
        },
        correct: false,
        explanation: {
          ko: "더하지 않고 연결합니다. 두 벡터는 크기도 다를 수 있습니다($D$와 $H$).",
          en: "They are concatenated, not added; the two vectors need not even have the same size ($D$ and $H$).",
        },
      },
    ],
  },
  {
    id: "cat-departure",
    chapter: "08-concatenation",
    question: {
      ko: "이 강좌의 모델이 바다나우 등(2014)의 모델과 다른 점은 무엇일까요?",
      en: "Where does this course's model depart from Bahdanau et al. (2014)?",
    },
    options: [
      {
        text: {
          ko: "인코더가 앞에서부터만 읽어서, $h_j$는 $j$번째 글자까지만 압니다",
          en: "its encoder reads forwards only, so $h_j$ knows only the characters up to $j$",
        },
        correct: true,
        explanation: {
          ko: "논문의 인코더는 양방향이라 $h_j$가 앞뒤를 모두 압니다. 날짜에서는 그래도 잃는 것이 없습니다. 뒤의 구분 기호가 정하는 정보도 그 기호 위치의 상태에 담기고, 디코더는 그곳을 보면 됩니다.",
          en: "The paper's encoder is bidirectional, so its $h_j$ knows both sides. On dates nothing is lost: what a later separator decides is in the state at that separator, and the decoder can look there.",
        },
      },
      {
        text: {
          ko: "쿼리로 $s_{i-1}$ 대신 $s_i$를 씁니다",
          en: "its query is $s_i$ instead of $s_{i-1}$",
        },
        correct: false,
        explanation: {
          ko: "쿼리는 논문과 같은 $s_{i-1}$입니다. $s_i$를 쿼리로 쓰는 것은 09장의 루옹 어텐션입니다.",
          en: "The query is $s_{i-1}$, as in the paper. Using $s_i$ as the query is Luong attention, in chapter 09.",
        },
      },
      {
        text: {
          ko: "어텐션 값을 디코더 입력에 연결하지 않고 더합니다",
          en: "it adds the attention value to the decoder's input instead of concatenating it",
        },
        correct: false,
        explanation: {
          ko: "이 강좌의 모델도 $[\\mathrm{embed}(y_{i-1}); a_i]$로 연결합니다. 논문처럼 두 벡터에 각각 행렬을 곱해 더하는 것은 연결한 뒤 행렬 하나를 곱하는 것과 같은 계산입니다.",
          en: "Our model concatenates too, $[\\mathrm{embed}(y_{i-1}); a_i]$. Multiplying each vector by its own matrix and adding, as the paper writes it, is the same computation as concatenating and multiplying by one matrix.",
        },
      },
    ],
  },
];

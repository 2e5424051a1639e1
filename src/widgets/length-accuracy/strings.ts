import { defineStrings } from "../../i18n/lang.ts";

/** What the length-accuracy widget says, in both languages. */
export const strings = defineStrings({
  ko: {
    title: "입력 길이에 따른 정확도: 어텐션이 있을 때와 없을 때",
    finding:
      "바다나우 등(2014)은 어텐션 없이 고정 길이 벡터 하나로 문장을 전달하는 인코더-디코더는 문장이 길어질수록 성능이 크게 떨어지고, 어텐션을 쓰는 모델은 긴 문장에서도 성능을 유지한다고 보고했습니다. 아래 막대는 이 강좌의 두 과제에서 같은 코드로 학습한 모델들을 잰 결과입니다. 과제마다 학습에 쓰지 않은 테스트 데이터가 따로 있고, 한 과제의 모델들은 모두 그 과제의 같은 테스트 데이터로 쟀습니다.",
    models: { bahdanau: "바다나우 어텐션", luong: "루옹 변형", none: "어텐션 없음" },
    axis: "완전 일치 정확도(EM, %)",
    bucket: "입력 길이 (글자 수)",
    show: "보이기",
    examples: "예시 수",
    missing: "정확도 보고서(report.json)를 불러오지 못했습니다.",
    numbers: "숫자로 보기",
    tableCaption: "날짜: 입력 길이 구간별 완전 일치 정확도 (%)",
    summary: "입력 길이 구간마다 모델들의 완전 일치 정확도를 비교한 막대그래프",
    datesTitle: "과제 1 · 날짜 변환.",
    datesNote:
      "입력이 길어도 담긴 정보는 연, 월, 일 세 개뿐입니다. 그래서 어텐션이 있는 모델과 없는 모델의 차이가 길이와 상관없이 거의 일정합니다.",
    reversalTitle: "과제 2 · 무작위 문자열 뒤집기.",
    reversalNote:
      "모든 글자를 빠짐없이 옮겨야 하므로 입력이 길수록 담긴 정보도 많아집니다. 어텐션이 없으면 길이가 늘수록 정확도가 무너지고, 어텐션이 있으면 거의 그대로입니다.",
    reversalCaption: "문자열 뒤집기: 입력 길이 구간별 완전 일치 정확도 (%)",
  },
  en: {
    title: "Accuracy by input length: with and without attention",
    finding:
      "Bahdanau et al. (2014) found that an encoder-decoder that passes the sentence through one fixed-length vector gets much worse as sentences get longer, while the model with attention keeps its quality on long sentences. The bars below measure models trained with the same code on this course's two tasks. Each task has its own held-out test data, and all the models of a task are measured on that same data.",
    models: { bahdanau: "Bahdanau attention", luong: "Luong variant", none: "no attention" },
    axis: "exact match accuracy (EM, %)",
    bucket: "input length (characters)",
    show: "show",
    examples: "examples",
    missing: "The accuracy report (report.json) could not be loaded.",
    numbers: "numbers",
    tableCaption: "Dates: exact match accuracy (%) by input length",
    summary: "Bar chart comparing the models' exact match accuracy for each input-length bucket",
    datesTitle: "Task 1 · normalising dates.",
    datesNote:
      "However long the input, it holds just three facts: a year, a month and a day. So the gap between the models with and without attention stays about the same at every length.",
    reversalTitle: "Task 2 · reversing a random string.",
    reversalNote:
      "Every character has to come through, so a longer input carries more information. Without attention, accuracy collapses as the strings grow; with attention, it nearly holds.",
    reversalCaption: "Reversal: exact match accuracy (%) by input length",
  },
});

export type Strings = (typeof strings)["ko"];

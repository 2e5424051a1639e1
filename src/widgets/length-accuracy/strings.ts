/** What the length-accuracy widget says, in both languages. */
export const strings = {
  ko: {
    title: "입력 길이에 따른 정확도: 어텐션이 있을 때와 없을 때",
    finding:
      "바다나우 등(2014)은 어텐션 없이 고정 길이 벡터 하나로 문장을 전달하는 인코더-디코더는 문장이 길어질수록 성능이 크게 떨어지고, 어텐션을 쓰는 모델은 긴 문장에서도 성능을 유지한다고 보고했습니다. 아래 막대는 이 강좌의 날짜 모델 세 개를 같은 테스트 데이터로 잰 결과입니다.",
    models: { bahdanau: "바다나우 어텐션", luong: "루옹 변형", none: "어텐션 없음" },
    short: { bahdanau: "B", luong: "L", none: "N" },
    axis: "완전 일치 정확도(EM, %)",
    bucket: "입력 길이 (문자 수)",
    show: "보이기",
    examples: "예시 수",
    missing: "정확도 보고서(report.json)를 불러오지 못했습니다.",
    numbers: "숫자로 보기",
    tableCaption: "입력 길이 구간별 완전 일치 정확도 (%)",
    summary: "입력 길이 구간마다 세 모델의 완전 일치 정확도를 비교한 막대그래프",
  },
  en: {
    title: "Accuracy by input length: with and without attention",
    finding:
      "Bahdanau et al. (2014) found that an encoder-decoder that passes the sentence through one fixed-length vector gets much worse as sentences get longer, while the model with attention keeps its quality on long sentences. The bars below measure this course's three date models on the same test data.",
    models: { bahdanau: "Bahdanau attention", luong: "Luong variant", none: "no attention" },
    short: { bahdanau: "B", luong: "L", none: "N" },
    axis: "exact match accuracy (EM, %)",
    bucket: "input length (characters)",
    show: "show",
    examples: "examples",
    missing: "The accuracy report (report.json) could not be loaded.",
    numbers: "numbers",
    tableCaption: "Exact match accuracy (%) by input length",
    summary: "Bar chart comparing the exact match accuracy of three models for each input-length bucket",
  },
};

export type Strings = (typeof strings)["ko"];

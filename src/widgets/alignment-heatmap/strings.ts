import { josa } from "../../i18n/particles.ts";

/** What the alignment-heatmap widget says, in both languages. */
export const strings = {
  ko: {
    title: "정렬(alignment) 히트맵: 출력 글자마다 어디를 보았나",
    input: "입력",
    model: "모델",
    models: {
      bahdanau: "바다나우 (사전 학습)",
      luong: "루옹 변형 (사전 학습)",
      mine: "내가 학습한 모델",
    },
    examples: "예시",
    output: "출력",
    inputAxis: "입력 글자 j",
    outputAxis: "출력 글자 i",
    grid: "정렬 행렬: 화살표 키로 칸을 옮기면 어텐션 가중치를 읽어 줍니다",
    readout: (i: number, out: string, j: number, inp: string, w: string) =>
      `α(${i},${j}) = ${w}: 출력 ${i}번째 ${josa(`“${out}”`, "이/가")} 입력 ${j}번째 “${inp}”에 준 어텐션 가중치`,
    hint: "칸에 마우스를 올리거나, 히트맵을 선택한 뒤 화살표 키로 움직이세요.",
    noMine: "아직 학습한 모델이 없습니다. ‘직접 학습하기’ 위젯에서 모델을 학습하세요.",
    noRows: "이 모델은 어텐션을 쓰지 않아서 정렬 행렬이 없습니다.",
    numbers: "숫자로 보기",
    tableCaption: "어텐션 가중치 α: 행은 출력 글자, 열은 입력 글자",
    summary: (inp: string, out: string) =>
      `입력 ${josa(`“${inp}”`, "을/를")} ${josa(`“${out}”`, "으로/로")} 바꿀 때의 정렬 행렬`,
  },
  en: {
    title: "Alignment heatmap: where each output character looked",
    input: "input",
    model: "model",
    models: {
      bahdanau: "Bahdanau (pretrained)",
      luong: "Luong variant (pretrained)",
      mine: "my trained model",
    },
    examples: "examples",
    output: "output",
    inputAxis: "input character j",
    outputAxis: "output character i",
    grid: "Alignment matrix: the arrow keys move between cells and read out the attention weight",
    readout: (i: number, out: string, j: number, inp: string, w: string) =>
      `α(${i},${j}) = ${w}: the attention weight output ${i} “${out}” gave input ${j} “${inp}”`,
    hint: "Hover over a cell, or select the heatmap and move with the arrow keys.",
    noMine: "There is no trained model yet. Train one in the “Train it yourself” widget.",
    noRows: "This model uses no attention, so there is no alignment matrix.",
    numbers: "numbers",
    tableCaption: "Attention weights α: rows are output characters, columns input characters",
    summary: (inp: string, out: string) => `Alignment matrix for turning “${inp}” into “${out}”`,
  },
};

export type Strings = (typeof strings)["ko"];

import { defineStrings } from "../../i18n/lang.ts";
import { josa } from "../../i18n/particles.ts";

/** Where a row's weight went, as the row summary names it. */
interface Peak {
  at: number;
  char: string;
  weight: string;
}
/** One output span of the takeaway and the input span it gave the most weight to. */
interface Look {
  output: { at: string; text: string };
  input: { at: string; text: string };
  percent: number;
}

/** A list read as a sentence: "a, b and c" / "a, b, c". */
const listEn = (items: string[]) =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** What the alignment-heatmap widget says, in both languages. */
export const strings = defineStrings({
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
    grid: "정렬 행렬",
    space: "공백",
    inputAt: (j: number, char: string) => `입력 ${j}번째 ${char}`,
    cell: (w: string, j: number, char: string) => `${w}, 입력 ${j}번째 ${char}`,
    rowName: (i: number, char: string) => `출력 ${i}번째 ${char}`,
    rowSummary: (first: Peak, second: Peak | null, spread: number | null) =>
      `가장 큰 가중치는 입력 ${first.at}번째 ${first.char}(${first.weight})` +
      (second ? `, 그다음은 ${second.at}번째 ${second.char}(${second.weight})` : "") +
      (spread ? `. ${spread}글자에 나뉨.` : ". 한 글자에 집중."),
    takeaway: (looks: Look[]) =>
      `요약: ${looks
        .map(
          (l, k) =>
            `출력 ${l.output.at}번째 ${josa(l.output.text, "은/는")} 입력 ${l.input.at}번째 ${l.input.text}에 ${k === 0 ? "가중치의 " : ""}${l.percent}%를`,
        )
        .join(", ")} 두었습니다.`,
    readout: (i: number, out: string, j: number, inp: string, w: string) =>
      `α(${i},${j}) = ${w}: 출력 ${i}번째 ${josa(out, "이/가")} 입력 ${j}번째 ${inp}에 준 어텐션 가중치`,
    hint: "칸에 마우스를 올리거나, 히트맵을 선택한 뒤 방향키로 칸을 옮기세요. PageUp·PageDown은 한 행씩 옮기며 그 행의 요약을 읽고, P는 그 행에서 가중치가 가장 큰 칸으로 갑니다.",
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
    grid: "Alignment matrix",
    space: "space",
    inputAt: (j: number, char: string) => `input ${j} ${char}`,
    cell: (w: string, j: number, char: string) => `${w}, input ${j} ${char}`,
    rowName: (i: number, char: string) => `output ${i} ${char}`,
    rowSummary: (first: Peak, second: Peak | null, spread: number | null) =>
      `most weight on input ${first.at} ${first.char} (${first.weight})` +
      (second ? `, then input ${second.at} ${second.char} (${second.weight})` : "") +
      (spread ? `; spread over ${spread} characters.` : "; focused on one character."),
    takeaway: (looks: Look[]) =>
      `In short: ${listEn(
        looks.map(
          (l, k) =>
            `output ${l.output.at} ${l.output.text} put ${l.percent}%${k === 0 ? " of its weight" : ""} on input ${l.input.at} ${l.input.text}`,
        ),
      )}.`,
    readout: (i: number, out: string, j: number, inp: string, w: string) =>
      `α(${i},${j}) = ${w}: the attention weight output ${i} ${out} gave input ${j} ${inp}`,
    hint: "Hover over a cell, or select the heatmap and move with the arrow keys. PageUp and PageDown move a row at a time and read that row's summary; P jumps to the row's largest weight.",
    noMine: "There is no trained model yet. Train one in the “Train it yourself” widget.",
    noRows: "This model uses no attention, so there is no alignment matrix.",
    numbers: "numbers",
    tableCaption: "Attention weights α: rows are output characters, columns input characters",
    summary: (inp: string, out: string) => `Alignment matrix for turning “${inp}” into “${out}”`,
  },
});

export type Strings = (typeof strings)["ko"];

// The Korean sentences that insert a value, with the values that broke them before: each
// particle is written here as a Korean reader says the value aloud.
import { describe, expect, it } from "vitest";
import { strings as lookup } from "../../src/widgets/dictionary-lookup/strings.ts";
import { strings as heatmap } from "../../src/widgets/alignment-heatmap/strings.ts";
import { strings as decoder } from "../../src/widgets/decoder-query/strings.ts";

describe("dictionary lookup", () => {
  it("no key equal to the query", () => {
    expect(lookup.ko.noMatch("2000")).toBe("“2000”과 같은 키가 없어서 출력이 없습니다.");
    expect(lookup.ko.noMatch("2018")).toBe("“2018”과 같은 키가 없어서 출력이 없습니다.");
    expect(lookup.ko.noMatch("1999")).toBe("“1999”와 같은 키가 없어서 출력이 없습니다.");
  });
  it("a key that is already there", () => {
    expect(lookup.ko.duplicate("2018")).toBe(
      "키 “2018”은 이미 있습니다. 딕셔너리의 키는 서로 달라야 합니다.",
    );
    expect(lookup.ko.duplicate("2019")).toBe(
      "키 “2019”는 이미 있습니다. 딕셔너리의 키는 서로 달라야 합니다.",
    );
  });
});

describe("alignment heatmap", () => {
  it("reads a cell aloud with the output character as subject", () => {
    expect(heatmap.ko.readout(1, "“0”", 2, "“6”", "0.91")).toBe(
      "α(1,2) = 0.91: 출력 1번째 “0”이 입력 2번째 “6”에 준 어텐션 가중치",
    );
    expect(heatmap.ko.readout(3, "“-”", 1, "“2”", "0.20")).toBe(
      "α(3,1) = 0.20: 출력 3번째 “-”가 입력 1번째 “2”에 준 어텐션 가중치",
    );
    // A space is read as the word 공백, which takes 이.
    expect(heatmap.ko.readout(2, "공백", 4, "“1”", "0.02")).toBe(
      "α(2,4) = 0.02: 출력 2번째 공백이 입력 4번째 “1”에 준 어텐션 가중치",
    );
  });
  it("names the input and the output of the matrix", () => {
    expect(heatmap.ko.summary("2026년 11월 24일", "2026-11-24")).toBe(
      "입력 “2026년 11월 24일”을 “2026-11-24”로 바꿀 때의 정렬 행렬",
    );
    expect(heatmap.ko.summary("24 November 2026", "2026-11-23")).toBe(
      "입력 “24 November 2026”을 “2026-11-23”으로 바꿀 때의 정렬 행렬",
    );
    expect(heatmap.ko.summary("2026. 11. 24.", "2026-11-20")).toBe(
      "입력 “2026. 11. 24.”를 “2026-11-20”으로 바꿀 때의 정렬 행렬",
    );
  });
});

describe("decoder query", () => {
  it("Bahdanau: s_i comes after the attention value", () => {
    expect(decoder.ko.explainBahdanau(1)).toBe(
      "출력 1번째 글자를 만들 때의 쿼리는 한 시점 전의 디코더 상태 s₀입니다. s₁은 어텐션 값을 받은 뒤에 계산됩니다.",
    );
    expect(decoder.ko.explainBahdanau(2)).toBe(
      "출력 2번째 글자를 만들 때의 쿼리는 한 시점 전의 디코더 상태 s₁입니다. s₂는 어텐션 값을 받은 뒤에 계산됩니다.",
    );
    expect(decoder.ko.explainBahdanau(10)).toContain("s₁₀은 어텐션 값을 받은 뒤에");
  });
  it("Luong: s_i is computed first and used as the query", () => {
    expect(decoder.ko.explainLuong(3)).toBe(
      "루옹 변형에서는 먼저 s₃을 계산하고, 그 현재 상태 s₃을 쿼리로 씁니다.",
    );
    expect(decoder.ko.explainLuong(4)).toBe(
      "루옹 변형에서는 먼저 s₄를 계산하고, 그 현재 상태 s₄를 쿼리로 씁니다.",
    );
  });
});

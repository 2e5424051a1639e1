import { describe, expect, it } from "vitest";
import {
  alignmentTable,
  cellAt,
  readCell,
  renderAlignment,
  rowSummary,
  takeaway,
  type Alignment,
} from "../../src/widgets/alignment-heatmap/render.ts";
import { strings } from "../../src/widgets/alignment-heatmap/strings.ts";
import { dateCautions } from "../../src/lib/attention/data/dates.ts";
import { cautionLines, dateInputProblem } from "../../src/widgets/shared/date-input.ts";

// A hand-made alignment: "1 5" → "51" — output 1 looks at input 3, output 2 at input 1.
const fixture: Alignment = {
  inputTokens: ["1", " ", "5"],
  outputTokens: ["5", "1"],
  alignment: [Float32Array.of(0.1, 0.1, 0.8), Float32Array.of(0.7, 0.2, 0.1)],
};

describe("alignment heatmap", () => {
  it("draws every cell once the matrix is full, with the characters as labels", async () => {
    const svg = renderAlignment(fixture, 2, null, strings.en);
    expect(svg.match(/class="w-heat"/g)).toHaveLength(6);
    expect(svg).toContain("␣");
    await expect(svg).toMatchFileSnapshot("__snapshots__/alignment-full.en.svg");
  });

  it("leaves the rows not yet decoded empty and rings the active cell", async () => {
    const svg = renderAlignment(fixture, 1, { i: 0, j: 2 }, strings.ko);
    expect(svg.match(/class="w-heat"/g)).toHaveLength(3);
    expect(svg).toContain("data-active");
    await expect(svg).toMatchFileSnapshot("__snapshots__/alignment-row1.ko.svg");
  });

  it("reads a cell aloud with both characters and α, a space as the word", () => {
    expect(readCell(fixture, 0, 2, strings.en)).toBe(
      "α(1,3) = 0.800: the attention weight output 1 “5” gave input 3 “5”",
    );
    expect(readCell(fixture, 1, 1, strings.en)).toBe(
      "α(2,2) = 0.200: the attention weight output 2 “1” gave input 2 space",
    );
    expect(readCell(fixture, 1, 1, strings.ko)).toBe(
      "α(2,2) = 0.200: 출력 2번째 “1”이 입력 2번째 공백에 준 어텐션 가중치",
    );
  });

  it("is a grid: a header row of input characters, a row header and a cell per weight in each drawn row", () => {
    const svg = renderAlignment(fixture, 1, null, strings.en, "t");
    expect(svg.match(/role="row"/g)).toHaveLength(2);
    expect(svg.match(/role="columnheader"/g)).toHaveLength(4);
    expect(svg.match(/role="rowheader"/g)).toHaveLength(1);
    expect(svg.match(/role="gridcell"/g)).toHaveLength(3);
    // A space is named as the word, not "␣" (which voices read as "open box" or skip).
    expect(svg).toContain('role="columnheader" aria-label="input 2 space">␣</text>');
    expect(svg).toContain('id="t-0-2" aria-label="0.80, input 3 “5”"');
    expect(svg).toContain('id="t-0-h" aria-label="output 1 “5”"');
    // The row not yet decoded is not announced as an empty row.
    expect(svg).toMatch(/<g aria-hidden="true">.*class="w-box"/);
  });

  it("sums up a row: the peak, the runner-up, and whether the weight is on one character", () => {
    expect(rowSummary(fixture, 0, strings.en)).toEqual({
      name: "output 1 “5”",
      description: "most weight on input 3 “5” (0.80), then input 1 “1” (0.10); focused on one character.",
    });
    expect(rowSummary(fixture, 1, strings.ko)).toEqual({
      name: "출력 2번째 “1”",
      description: "가장 큰 가중치는 입력 1번째 “1”(0.70), 그다음은 2번째 공백(0.20). 2글자에 나뉨.",
    });
  });

  it("says in one paragraph which input span each output span looked at", () => {
    // "24 11" → "11-24": the month looks at "11", the day at "24"; the '-' is left out.
    const dates: Alignment = {
      inputTokens: Array.from("24 11"),
      outputTokens: Array.from("11-24"),
      alignment: [
        [0, 0, 0, 0.9, 0.1],
        [0, 0, 0, 0.2, 0.8],
        [0.2, 0.2, 0.2, 0.2, 0.2],
        [0.6, 0.3, 0.1, 0, 0],
        [0.1, 0.7, 0.2, 0, 0],
      ],
    };
    expect(takeaway(dates, strings.en)).toBe(
      "In short: output 1–2 “11” put 100% of its weight on input 4–5 “11” and output 4–5 “24” put 85% on input 1–2 “24”.",
    );
    expect(takeaway(dates, strings.ko)).toBe(
      "요약: 출력 1–2번째 “11”은 입력 4–5번째 “11”에 가중치의 100%를, 출력 4–5번째 “24”는 입력 1–2번째 “24”에 85%를 두었습니다.",
    );
  });

  it("finds the cell under a point and nothing outside", () => {
    expect(cellAt(fixture, 74 + 2 * 20 + 5, 58 + 22 + 5)).toEqual({ i: 1, j: 2 });
    expect(cellAt(fixture, 10, 10)).toBeNull();
  });

  it("offers the numbers as a table with a header per input character", () => {
    const html = alignmentTable(fixture, strings.en);
    expect(html).toContain('<th scope="col">3 5</th>');
    expect(html).toContain('<th scope="col">2 space</th>');
    expect(html).toContain("<td>0.80</td>");
  });
});

describe("date input check", () => {
  it("accepts a date, and an input the model has never seen the like of", () => {
    expect(dateInputProblem("Nov 24, 2026", "en")).toBeNull();
    expect(dateInputProblem("24 ♥ 2026", "en")).toBeNull();
    expect(dateInputProblem("tomorrow", "ko")).toBeNull();
  });
  it("refuses only an empty input or one too long to draw", () => {
    expect(dateInputProblem("  ", "ko")).toContain("날짜를 입력하세요");
    expect(dateInputProblem("1".repeat(200), "en")).toContain("200");
    expect(dateInputProblem("1".repeat(120), "en")).toBeNull();
  });
});

describe("cautions about a decoding", () => {
  const alphabet = Array.from("0123456789 abcdefghijklmnopqrstuvwxyzNov,.년월일");
  const lines = (input: string, output: string | null, lang: "ko" | "en") =>
    cautionLines(dateCautions(input, output, alphabet), lang);

  it("says nothing when the input looks like training data and the output is a real date", () => {
    expect(lines("Nov 24, 2026", "2026-11-24", "en")).toEqual([]);
    expect(lines("29 feb 2024", "2024-02-29", "ko")).toEqual([]);
  });
  it("names a day the month does not have, in both languages", () => {
    expect(lines("29 feb 2023", "2023-02-29", "en")[0]).toBe(
      "The output 2023-02-29 is not a real date: February 2023 has only 28 days.",
    );
    expect(lines("31 feb 2026", "2026-02-31", "ko")[0]).toBe(
      "출력 2026-02-31은 실제 날짜가 아닙니다. 2026년 2월에는 28일까지만 있습니다.",
    );
    expect(lines("1.13.2026", "2026-13-01", "en")[0]).toContain("no month 13");
    expect(lines("24.11.26", "202-11-26", "ko")[0]).toContain("YYYY-MM-DD 꼴이 아니어서");
  });
  it("says when the input has no digits, unknown characters or is longer than any training input", () => {
    const none = lines("tomorrow", "1939-03-09", "en");
    expect(none[0]).toContain("no digits");
    expect(none.at(-1)).toContain("I don't know");
    expect(lines("hello world", "2038-02-03", "ko")[0]).toContain("숫자가 하나도 없습니다");
    expect(lines("24 ♥ 2026", "2026-11-24", "en")[0]).toContain("“♥”");
    const long = lines(`${"a ".repeat(60)}24 nov 2026`, "2026-11-24", "en");
    expect(long[0]).toContain("131 characters long");
  });
  it("names what the model filled in that the input does not hold, with the right particles", () => {
    expect(lines("32.13.2026", "2026-03-03", "ko")[0]).toBe(
      "출력 2026-03-03의 월 03과 일 03은 입력 어디에도 없습니다. 모델이 입력에 없는 값을 채워 넣었습니다.",
    );
    expect(lines("12345", "2035-12-12", "ko")[0]).toContain(
      "연도 2035, 월 12와 일 12는 입력 어디에도 없습니다",
    );
    expect(lines("2026", "2026-02-20", "ko")[0]).toContain("월 02와 일 20은");
    expect(lines("2025년 13월 1일", "2025-03-01", "en")[0]).toBe(
      "In the output 2025-03-01, the month 03 is nowhere in the input: the model filled it in.",
    );
    expect(lines("12345", "2035-12-12", "en")[0]).toContain(
      "the year 2035, the month 12 and the day 12 are nowhere",
    );
    expect(lines("Nov 24, 2026", "2026-11-24", "ko")).toEqual([]);
  });
  it("checks only the input when only the encoder ran", () => {
    expect(lines("24 nov 2026", null, "en")).toEqual([]);
    expect(lines("tomorrow", null, "ko")).toHaveLength(2);
  });
});

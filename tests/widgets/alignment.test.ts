import { describe, expect, it } from "vitest";
import {
  alignmentTable,
  cellAt,
  readCell,
  renderAlignment,
  type Alignment,
} from "../../src/widgets/alignment-heatmap/render.ts";
import { strings } from "../../src/widgets/alignment-heatmap/strings.ts";
import { dateInputProblem } from "../../src/widgets/shared/date-input.ts";

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

  it("reads a cell aloud with both characters and α", () => {
    expect(readCell(fixture, 0, 2, strings.en)).toBe(
      "α(1,3) = 0.800: the attention weight output 1 “5” gave input 3 “5”",
    );
  });

  it("finds the cell under a point and nothing outside", () => {
    expect(cellAt(fixture, 74 + 2 * 20 + 5, 58 + 22 + 5)).toEqual({ i: 1, j: 2 });
    expect(cellAt(fixture, 10, 10)).toBeNull();
  });

  it("offers the numbers as a table with a header per input character", () => {
    const html = alignmentTable(fixture, strings.en);
    expect(html).toContain('<th scope="col">3 5</th>');
    expect(html).toContain("<td>0.80</td>");
  });
});

describe("date input check", () => {
  const alphabet = Array.from("0123456789 abcdefghijklmnopqrstuvwxyzNov,년월일");
  it("accepts a date the model can read", () => {
    expect(dateInputProblem("Nov 24, 2026", alphabet, "en")).toBeNull();
  });
  it("names the characters the model does not know", () => {
    expect(dateInputProblem("24 ♥ 2026", alphabet, "en")).toContain("“♥”");
  });
  it("says so for an empty or very long input", () => {
    expect(dateInputProblem("  ", alphabet, "ko")).toContain("날짜를 입력하세요");
    expect(dateInputProblem("1".repeat(200), alphabet, "en")).toContain("200");
  });
});

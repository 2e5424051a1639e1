import { describe, expect, it } from "vitest";
import {
  describe as describeValue,
  formatNumber,
  label,
  outputWords,
  renderItems,
  LIMITS,
} from "../../src/kernel/output.ts";

const en = outputWords.en;

describe("describe + label", () => {
  it("summarises values the way the cells show defined names", () => {
    expect(label(describeValue(function attention() {}))).toBe("ƒ attention");
    expect(label(describeValue([new Float32Array(2), new Float32Array(2), new Float32Array(2)]))).toBe(
      "Array[3×2]",
    );
    expect(label(describeValue({ data: new Float32Array(6), shape: [3, 2] }))).toBe("Tensor[3×2]");
    expect(label(describeValue(new Float32Array(3)))).toBe("Float32Array[3]");
    expect(label(describeValue(["a", 1]))).toBe("Array(2)");
    expect(label(describeValue(new Map([["k", 1]])))).toBe("Map {…}");
  });

  it("prints numbers without float noise", () => {
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(1 / 3)).toBe("0.3333");
    expect(formatNumber(12)).toBe("12");
    expect(formatNumber(1e-7)).toBe("1.000e-7");
  });

  it("survives cycles", () => {
    const a: Record<string, unknown> = { n: 1 };
    a.self = a;
    expect(describeValue(a)).toEqual({
      t: "object",
      ctor: "Object",
      size: 2,
      entries: [
        ["n", { t: "number", v: 1 }],
        ["self", { t: "cycle" }],
      ],
    });
  });

  it("keeps at most LIMITS.items items of a huge array and says how many there were", () => {
    const d = describeValue(Array.from({ length: 5000 }, (_, i) => String(i)));
    expect(d.t === "array" && d.items.length).toBe(LIMITS.items);
    expect(d.t === "array" && d.length).toBe(5000);
    const html = renderItems([{ kind: "value", value: d }], en);
    expect(html).toContain("show 900 more");
    expect(html).toContain("output too large: showing the first 1000 items");
  });
});

describe("renderItems", () => {
  it("renders a matrix as a table with row and column numbers", () => {
    const html = renderItems(
      [
        {
          kind: "value",
          value: describeValue([
            [1, 2],
            [3, 4],
          ]),
        },
      ],
      en,
    );
    expect(html).toContain('<th scope="col">1</th>');
    expect(html).toContain('<th scope="row">1</th>');
    expect(html).toContain(">4</td>");
  });

  it("escapes strings and console lines", () => {
    const html = renderItems(
      [
        { kind: "log", level: "log", text: "<b>hi</b>" },
        { kind: "value", value: describeValue("<img src=x onerror=alert(1)>") },
      ],
      en,
    );
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<img");
  });

  it("renders an error with the reader's line and column", () => {
    const html = renderItems(
      [{ kind: "error", error: { name: "TypeError", message: "boom", line: 3, column: 7 } }],
      en,
    );
    expect(html).toContain("line 3, column 7");
    expect(html).toContain('data-line="3"');
  });
});

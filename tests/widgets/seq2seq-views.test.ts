import { describe, expect, it } from "vitest";
import { bahdanau, encoded, luong, none } from "./fixtures.ts";
import { renderColumns, renderDictionary, statesTable } from "../../src/widgets/encoder-states/render.ts";
import { strings as encStrings } from "../../src/widgets/encoder-states/strings.ts";
import { queryIdentity, renderDecoderQuery } from "../../src/widgets/decoder-query/render.ts";
import { strings as decStrings } from "../../src/widgets/decoder-query/strings.ts";
import {
  changeSincePrevious,
  changeText,
  previousToken,
  renderConcatenation,
} from "../../src/widgets/concatenation/render.ts";
import { strings as catStrings } from "../../src/widgets/concatenation/strings.ts";
import {
  renderLengthAccuracy,
  lengthAccuracyTable,
  type Report,
} from "../../src/widgets/length-accuracy/render.ts";
import { strings as lenStrings } from "../../src/widgets/length-accuracy/strings.ts";

describe("encoder states", () => {
  it("draws one column per character read, and empty columns for the rest", async () => {
    const svg = renderColumns(encoded, 2, encStrings.en);
    expect(svg.match(/class="w-heat[^"]*"/g)).toHaveLength(2 * 3);
    expect(svg).toContain(">h5</text>");
    await expect(svg).toMatchFileSnapshot("__snapshots__/encoder-columns.en.svg");
  });
  it("shows every state twice in the dictionary view: as the key and as the value", async () => {
    const svg = renderDictionary(encoded, 5, encStrings.ko);
    expect(svg.match(/class="w-heat[^"]*"/g)).toHaveLength(5 * 3 * 2);
    expect(svg).toContain("키 hⱼ");
    await expect(svg).toMatchFileSnapshot("__snapshots__/encoder-dictionary.ko.svg");
  });
  it("lists the states read so far in the table", () => {
    const html = statesTable(encoded, 3, encStrings.en);
    expect(html.match(/<tr><th scope="row">/g)).toHaveLength(3);
  });
});

describe("decoder query", () => {
  const decoded = bahdanau;
  it("highlights s₁ as the query at output step 2 (Bahdanau)", async () => {
    const svg = renderDecoderQuery(decoded, 2, "bahdanau", decStrings.en);
    expect(svg).toMatch(/class="w-query"[^>]*\/><text[^>]*>s₁</);
    await expect(svg).toMatchFileSnapshot("__snapshots__/decoder-step2-bahdanau.en.svg");
  });
  it("highlights s₂ as the query at output step 2 in Luong's variant", async () => {
    const svg = renderDecoderQuery(luong, 2, "luong", decStrings.ko);
    expect(svg).toMatch(/class="w-query"[^>]*\/><text[^>]*>s₂</);
    await expect(svg).toMatchFileSnapshot("__snapshots__/decoder-step2-luong.ko.svg");
  });
  it("says the query is s_{i-1} and shows that it is the same vector", () => {
    const text = queryIdentity(decoded, 2, "bahdanau", decStrings.en);
    // s₁ = (−0.1, 0.5, 0.3) in the fixture
    expect(text).toContain("query = s₁ = (−0.10, 0.50, 0.30, …)");
  });
});

describe("concatenation", () => {
  const decoded = bahdanau;
  const plain = none;
  it("draws the embedding (2) and the attention value (3) joined into 5 numbers", async () => {
    const svg = renderConcatenation(decoded.steps, decoded.outputTokens, 2, true, catStrings.en);
    expect(svg).toContain("2 + 3 = 5 numbers");
    // 2 + 3 cells in the two parts, and 5 again in the joined vector
    expect(svg.match(/class="w-heat[^"]*"/g)).toHaveLength(10);
    await expect(svg).toMatchFileSnapshot("__snapshots__/concatenation-step2.en.svg");
  });
  it("labels the joined vector with what its second part is: aᵢ with attention, c = h_T without", () => {
    for (const lang of ["ko", "en"] as const) {
      const on = renderConcatenation(decoded.steps, decoded.outputTokens, 2, true, catStrings[lang]);
      const off = renderConcatenation(plain.steps, plain.outputTokens, 2, false, catStrings[lang]);
      expect(on, lang).toContain("[embed(yᵢ₋₁); aᵢ]");
      expect(off, lang).toContain("[embed(yᵢ₋₁); c]");
      expect(off, lang).not.toContain("aᵢ");
    }
  });
  it("names the start token as y₀ and the previous output after that", () => {
    expect(previousToken(["2", "0"], 1)).toBe("<s>");
    expect(previousToken(["2", "0"], 2)).toBe("“2”");
  });
  it("reports that without attention the second part never changes", () => {
    expect(changeSincePrevious(plain.steps, 1)).toBeNull();
    expect(changeSincePrevious(plain.steps, 3)).toBe(0);
    expect(changeText(plain.steps, 3, catStrings.en)).toBe(catStrings.en.unchanged);
    expect(changeSincePrevious(decoded.steps, 3)).toBeGreaterThan(0);
  });
});

describe("accuracy by length", () => {
  const report: Report = {
    models: {
      bahdanau: {
        accuracy: 0.95,
        byLength: [
          { bucket: "1–10", count: 10, accuracy: 1 },
          { bucket: "11–15", count: 20, accuracy: 0.9 },
          { bucket: "41+", count: 0, accuracy: 0 },
        ],
      },
      none: {
        accuracy: 0.5,
        byLength: [
          { bucket: "1–10", count: 10, accuracy: 0.8 },
          { bucket: "11–15", count: 20, accuracy: 0.35 },
          { bucket: "41+", count: 0, accuracy: 0 },
        ],
      },
    },
  };
  it("draws one bar per model and non-empty bucket, each labelled with its percentage", async () => {
    const svg = renderLengthAccuracy(report, ["bahdanau", "luong", "none"], lenStrings.en);
    expect(svg.match(/<rect /g)).toHaveLength(4);
    expect(svg).toContain(">35</text>");
    expect(svg).not.toContain("41+");
    await expect(svg).toMatchFileSnapshot("__snapshots__/length-accuracy.en.svg");
  });
  it("hides a model the reader switched off", () => {
    const svg = renderLengthAccuracy(report, ["none"], lenStrings.ko);
    expect(svg.match(/<rect /g)).toHaveLength(2);
  });
  it("puts the percentages in the table", () => {
    expect(lengthAccuracyTable(report, lenStrings.en)).toContain("<td>35.0</td>");
  });
  it("draws the reversal task's two models, falling and holding, under its own caption", async () => {
    const reversal: Report = {
      models: {
        bahdanau: {
          accuracy: 0.97,
          byLength: [
            { bucket: "1–10", count: 30, accuracy: 1 },
            { bucket: "26–30", count: 20, accuracy: 0.94 },
          ],
        },
        none: {
          accuracy: 0.5,
          byLength: [
            { bucket: "1–10", count: 30, accuracy: 0.98 },
            { bucket: "26–30", count: 20, accuracy: 0.02 },
          ],
        },
      },
    };
    const svg = renderLengthAccuracy(reversal, ["bahdanau", "luong", "none"], lenStrings.ko);
    expect(svg.match(/<rect /g)).toHaveLength(4);
    expect(svg).toContain(">2</text>");
    expect(svg).toContain(">94</text>");
    await expect(svg).toMatchFileSnapshot("__snapshots__/length-accuracy-reversal.ko.svg");
    const table = lengthAccuracyTable(reversal, lenStrings.ko, lenStrings.ko.reversalCaption);
    expect(table).toContain("문자열 뒤집기");
    expect(table).toContain("<td>2.0</td>");
  });
});

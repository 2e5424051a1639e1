// Inputs the model silently repairs: every field of the output must be findable in the input, or
// the cautions say which is not. Real dates, in every format and style the generator writes, are
// never flagged.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DATE_FORMATS,
  SENTENCES,
  WIDE_FORMATS,
  dateAlphabet,
  dateCautions,
  daysInMonth,
  isoDate,
  makeDateDataset,
  type DateDatasetOptions,
  type Example,
} from "../../src/lib/attention/data/dates.ts";

const vocab = ["<pad>", "<unk>", ...dateAlphabet()];
const notInInput = (input: string, output: string) =>
  dateCautions(input, output, vocab).filter((c) => c.kind === "not-in-input");

describe("an output the input does not hold", () => {
  it("names the fields the model filled in (the four inputs found repaired)", () => {
    expect(notInInput("2025년 13월 1일", "2025-03-01")).toEqual([
      { kind: "not-in-input", output: "2025-03-01", fields: [{ field: "month", value: "03" }] },
    ]);
    expect(notInInput("13/32/2026", "2026-03-03")[0].fields).toEqual([
      { field: "month", value: "03" },
      { field: "day", value: "03" },
    ]);
    expect(notInInput("12345", "2035-12-12")[0].fields.map((f) => f.field)).toEqual(["year", "month", "day"]);
    expect(notInInput("2026", "2026-02-20")[0].fields.map((f) => f.field)).toEqual(["month", "day"]);
  });

  it("reads years of two digits, numbers with or without a leading zero, ordinals and month names in any case", () => {
    for (const [input, output] of [
      ["24.11.26", "2026-11-24"],
      ["3/4/'99", "1999-03-04"],
      ["2026. 03. 04.", "2026-03-04"],
      ["the3rdofmarch1999", "1999-03-03"],
      ["24NOV2026", "2026-11-24"],
      ["sept 9 2026", "2026-09-09"],
      ["26년 1월 2일", "2026-01-02"],
    ]) {
      expect(notInInput(input, output), input).toEqual([]);
    }
  });

  it("does not take a month name from inside another word, nor a day from inside a longer number (but from before a year written straight after it)", () => {
    const sentence = "please note that 5/2026 is when the library closes for renovation work";
    expect(notInInput(sentence, "2026-11-05")[0].fields).toEqual([{ field: "month", value: "11" }]);
    expect(notInInput("July 41930", "1930-07-04")).toEqual([]);
    expect(notInInput("July 41930", "1930-07-14")[0].fields).toEqual([{ field: "day", value: "14" }]);
  });

  it("is left to the other cautions when the output is no date or the input has no digits", () => {
    expect(dateCautions("24 Nov", "24-11", vocab).map((c) => c.kind)).toEqual(["not-a-date"]);
    expect(dateCautions("tomorrow", "1939-03-09", vocab).map((c) => c.kind)).toEqual(["no-digits"]);
  });
});

describe("real dates are never flagged", () => {
  it("every held-out example of the shipped models' data (classic and wide test splits, validation)", () => {
    const meta = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../public/models/bahdanau.json"), "utf8"),
    );
    const { dataset, classicTest } = meta.provenance as Record<"dataset" | "classicTest", DateDatasetOptions>;
    const classic = makeDateDataset(classicTest).test;
    const wide = makeDateDataset({ ...dataset, train: 0, exclude: classic.map((e) => e.input) });
    const heldOut: Example[] = [...classic, ...wide.test, ...wide.validation];
    expect(heldOut.length).toBe(classicTest.test + dataset.test + dataset.validation);
    const flagged = heldOut.filter((e) => notInInput(e.input, e.output).length > 0);
    expect(flagged).toEqual([]);
  });

  it("any date in every format, plain, lower case, ALL CAPS, without spaces and in every sentence", () => {
    const formats = { ...DATE_FORMATS, ...WIDE_FORMATS };
    const styles: Array<(s: string) => string> = [
      (s) => s,
      (s) => s.toLowerCase(),
      (s) => s.toUpperCase(),
      (s) => s.replaceAll(" ", ""),
      ...SENTENCES.map((sentence) => (s: string) => sentence.replace("{}", s)),
    ];
    const date = fc
      .record({ year: fc.integer({ min: 1950, max: 2049 }), month: fc.integer({ min: 1, max: 12 }) })
      .chain(({ year, month }) =>
        fc.record({
          year: fc.constant(year),
          month: fc.constant(month),
          day: fc.integer({ min: 1, max: daysInMonth(year, month) }),
        }),
      );
    fc.assert(
      fc.property(
        date,
        fc.constantFrom(...Object.keys(formats)),
        fc.constantFrom(...styles),
        (d, format, style) => {
          const input = style(formats[format](d));
          expect(notInInput(input, isoDate(d)), input).toEqual([]);
        },
      ),
      { seed: 22, numRuns: 3000 },
    );
  });
});

// Chapter 08 explains why the shipped date model without attention is about as accurate at every
// input length: a date carries only three numbers, and the mistakes that remain are not about length
// but about keeping the day and the month apart. This checks the second half of that sentence
// against the shipped weights, on the held-out test split the report was measured on.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBatch, loadModel, makeDateDataset, type ModelMeta } from "../../src/lib/attention/index.ts";

const dir = join(import.meta.dirname, "../../public/models");
const meta: ModelMeta = JSON.parse(readFileSync(join(dir, "none.json"), "utf8"));
const model = loadModel(meta, readFileSync(join(dir, "none.bin")));
const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as {
  dataset: { seed: number; train: number; validation: number; test: number };
};

describe("the shipped model without attention (chapter 08)", () => {
  it("gets the year of a wrong date almost always right, and the day wrong in most of them", () => {
    const test = makeDateDataset({ ...report.dataset, train: 0, validation: 0 }).test;
    const outputs = decodeBatch(
      model,
      test.map((e) => e.input),
      { maxLength: 12 },
    );
    const wrong = test.map((e, k) => [e.output, outputs[k]] as const).filter(([want, got]) => want !== got);
    const field = (from: number, to: number) =>
      wrong.filter(([want, got]) => want.slice(from, to) !== got.slice(from, to)).length;
    expect(wrong.length).toBeGreaterThan(0);
    expect(field(0, 4) / wrong.length, "wrong year").toBeLessThan(0.1);
    expect(field(8, 10) / wrong.length, "wrong day").toBeGreaterThan(0.5);
  });
});

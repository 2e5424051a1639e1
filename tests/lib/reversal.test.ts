// The length experiment's data: random strings and the same strings reversed.
import { describe, expect, it } from "vitest";
import { createSeq2Seq, decodeBatch, makeReversalDataset } from "../../src/lib/attention/index.ts";

const options = { seed: 5, train: 300, validation: 50, test: 100, minLength: 3, maxLength: 30 };

/** Reverses by indexing from the end, independently of the library's code. */
function backwards(s: string): string {
  let out = "";
  for (let i = s.length - 1; i >= 0; i--) out += s.charAt(i);
  return out;
}

describe("makeReversalDataset", () => {
  it("is deterministic: the same options give the same examples, another seed others", () => {
    expect(makeReversalDataset(options)).toEqual(makeReversalDataset(options));
    expect(makeReversalDataset({ ...options, seed: 6 }).train).not.toEqual(
      makeReversalDataset(options).train,
    );
  });

  it("pairs each input with the input reversed, lowercase letters and digits of the lengths asked", () => {
    const data = makeReversalDataset(options);
    const all = [...data.train, ...data.validation, ...data.test];
    expect(all).toHaveLength(450);
    for (const e of all) {
      expect(e.output).toBe(backwards(e.input));
      expect(e.input).toMatch(/^[a-z0-9]{3,30}$/);
    }
    const lengths = new Set(all.map((e) => e.input.length));
    expect(lengths.has(3) && lengths.has(30)).toBe(true);
    expect(data.test[0]).toEqual(makeReversalDataset({ ...options, train: 0, validation: 0 }).test[0]);
  });

  it("keeps the splits apart", () => {
    const data = makeReversalDataset(options);
    const train = new Set(data.train.map((e) => e.input));
    expect(data.test.some((e) => train.has(e.input))).toBe(false);
    expect(data.validation.some((e) => train.has(e.input))).toBe(false);
  });

  it("gives vocabularies a model accepts, and outputs as long as the inputs can be decoded", () => {
    const data = makeReversalDataset({ ...options, train: 0, validation: 0, test: 5, minLength: 30 });
    const model = createSeq2Seq({
      attention: "bahdanau",
      embedDim: 4,
      hiddenDim: 6,
      seed: 1,
      inputVocab: data.inputVocab,
      outputVocab: data.outputVocab,
    });
    const outputs = decodeBatch(model, ["abc", "9z0"], { maxLength: 31 });
    for (const out of outputs) expect(out).toMatch(/^[a-z0-9]*$/);
    expect(() => makeReversalDataset({ ...options, minLength: 5, maxLength: 4 })).toThrow(RangeError);
  });
});

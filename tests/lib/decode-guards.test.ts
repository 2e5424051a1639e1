// Decoding guards: a length limit that always stops, no special tokens in an output, and a score
// that is not a number reported (with its output step) instead of passed on as "<pad>".
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createSeq2Seq,
  decodeBatch,
  greedyDecode,
  type AttentionKind,
  type Seq2Seq,
} from "../../src/lib/attention/index.ts";

const untrained = (attention: AttentionKind, seed = 3): Seq2Seq =>
  createSeq2Seq({ attention, embedDim: 6, hiddenDim: 8, attentionDim: 5, seed });

/** The output id of a token, looked up by name (not through the library's decoding code). */
const idOf = (model: Seq2Seq, token: string): number => model.config.outputVocab.indexOf(token);

describe("maxLength", () => {
  it("must be a finite positive integer: Infinity, 0, −1, 2.5 and NaN are refused with a RangeError", () => {
    const model = untrained("bahdanau");
    for (const maxLength of [Infinity, 0, -1, 2.5, NaN]) {
      expect(() => greedyDecode(model, "24.11.2026", { maxLength }), String(maxLength)).toThrow(RangeError);
      expect(() => greedyDecode(model, "24.11.2026", { maxLength }), String(maxLength)).toThrow(
        `greedyDecode: maxLength must be a finite positive integer, got ${maxLength}`,
      );
      expect(() => decodeBatch(model, ["24.11.2026"], { maxLength })).toThrow(/decodeBatch: maxLength/);
      // refused even when there is nothing to decode
      expect(() => greedyDecode(model, "", { maxLength })).toThrow(RangeError);
    }
  });

  it("an untrained model that never writes the end token stops at the limit", () => {
    const model = untrained("bahdanau");
    model.params.output.b.data[idOf(model, "</s>")] = -100;
    model.params.output.b.data[idOf(model, "7")] = 100;
    expect(greedyDecode(model, "24.11.2026", { maxLength: 40 }).output).toBe("7".repeat(40));
    expect(decodeBatch(model, ["24.11.2026", "x"], { maxLength: 3 })).toEqual(["777", "777"]);
  });
});

describe("the output", () => {
  it("never contains <pad> or <s>, even from a model whose output scores favour them", () => {
    for (const special of ["<pad>", "<s>"]) {
      const model = untrained("luong");
      model.params.output.b.data[idOf(model, special)] = 100;
      model.params.output.b.data[idOf(model, "</s>")] = 50;
      model.params.output.b.data[idOf(model, "4")] = 60;
      const result = greedyDecode(model, "Nov 24, 2026", { maxLength: 5 });
      expect(result.outputTokens, special).toEqual(["4", "4", "4", "4", "4"]);
      expect(decodeBatch(model, ["Nov 24, 2026"], { maxLength: 5 })).toEqual(["44444"]);
    }
  });

  it("holds only real characters, within the limit, for any untrained model (batched as one at a time)", () => {
    const written = new Set(["-", ..."0123456789"]);
    fc.assert(
      fc.property(
        fc.constantFrom<AttentionKind>("bahdanau", "luong", "none"),
        fc.integer({ min: 0, max: 1000 }),
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (attention, seed, input, maxLength) => {
          const model = untrained(attention, seed);
          const result = greedyDecode(model, input, { maxLength });
          expect(result.outputTokens.length).toBeLessThanOrEqual(maxLength);
          for (const token of result.outputTokens) expect(written.has(token), token).toBe(true);
          expect(decodeBatch(model, [input], { maxLength })).toEqual([result.output]);
        },
      ),
      { seed: 20, numRuns: 60 },
    );
  });
});

describe("scores that are not numbers", () => {
  it("a NaN in the score parameters stops decoding at step 1, naming the attention scores", () => {
    const model = untrained("bahdanau");
    model.params.attentionV!.data[0] = NaN;
    expect(() => greedyDecode(model, "24.11.2026")).toThrow(
      /greedyDecode: at output step 1 the attention scores e_ij are not all finite numbers \(NaN at position 1\)/,
    );
    expect(() => decodeBatch(model, ["", "24.11.2026"])).toThrow(
      /decodeBatch: at output step 1 the output scores of input 2 are not all finite numbers/,
    );
  });

  it("weights that divide by zero (α = ∞) are reported, not drawn", () => {
    const model = untrained("luong");
    model.params.attentionW!.data.fill(Infinity);
    expect(() => greedyDecode(model, "24.11.2026")).toThrow(
      /at output step 1 the attention (scores|weights)/,
    );
  });

  it("names the step where the first non-number appears", () => {
    const model = untrained("bahdanau");
    model.params.output.b.data[idOf(model, "</s>")] = -100;
    model.params.output.b.data[idOf(model, "9")] = 100;
    // Step 1 writes "9"; step 2 reads embed("9"), which is broken.
    const row = idOf(model, "9") * model.config.embedDim;
    model.params.decoderEmbedding.data[row] = NaN;
    expect(() => greedyDecode(model, "24.11.2026")).toThrow(/at output step 2 the output scores/);
    expect(() => decodeBatch(model, ["24.11.2026"])).toThrow(/at output step 2 the output scores of input 1/);
  });
});

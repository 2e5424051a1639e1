// The seq2seq model, its data, training, decoding and weight files.
import { describe, expect, it } from "vitest";
import {
  attend,
  createSeq2Seq,
  decodeBatch,
  encode,
  greedyDecode,
  loadModel,
  makeDateDataset,
  namedParameters,
  saveModel,
  trainModel,
  type Seq2Seq,
} from "../../src/lib/attention/index.ts";
import {
  DATE_FORMATS,
  STYLES,
  WIDE_FORMATS,
  dateAlphabet,
  dateCautions,
  formatParts,
  longestDateInput,
} from "../../src/lib/attention/data/dates.ts";
import { checksum, fromFloat16Bits, toFloat16Bits } from "../../src/lib/attention/io.ts";

const small = (attention: "bahdanau" | "luong" | "none", seed = 3): Seq2Seq =>
  createSeq2Seq({ attention, embedDim: 8, hiddenDim: 12, attentionDim: 10, seed });

const bytesOf = (model: Seq2Seq): Uint8Array[] =>
  namedParameters(model).map(
    ([, p]) => new Uint8Array(p.data.buffer.slice(p.data.byteOffset, p.data.byteOffset + p.data.byteLength)),
  );

describe("date dataset", () => {
  const data = makeDateDataset({ seed: 9, train: 3000, validation: 200, test: 300 });

  it("writes the formats of the course, with the right weekday", () => {
    const d = { year: 2026, month: 11, day: 24 };
    expect(DATE_FORMATS["D Month YYYY"](d)).toBe("24 November 2026");
    expect(DATE_FORMATS["Mon D, YYYY"](d)).toBe("Nov 24, 2026");
    expect(DATE_FORMATS["MM/DD/YYYY"](d)).toBe("11/24/2026");
    expect(DATE_FORMATS["DD.MM.YYYY"](d)).toBe("24.11.2026");
    expect(DATE_FORMATS["Weekday, Month D, YYYY"](d)).toBe("Tuesday, November 24, 2026");
    expect(DATE_FORMATS["YYYY년 M월 D일"](d)).toBe("2026년 11월 24일");
    expect(DATE_FORMATS["Weekday, Month D, YYYY"]({ year: 1900, month: 1, day: 1 })).toBe(
      "Monday, January 1, 1900",
    );
    expect(DATE_FORMATS["Weekday, Month D, YYYY"]({ year: 2000, month: 2, day: 29 })).toBe(
      "Tuesday, February 29, 2000",
    );
    expect(Object.keys(DATE_FORMATS).length).toBeGreaterThanOrEqual(8);
  });

  it("weekdays agree with the platform's calendar", () => {
    const names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    for (const e of data.train.filter((x) => x.format === "Weekday, Month D, YYYY").slice(0, 100)) {
      const [y, m, d] = e.output.split("-").map(Number);
      const utc = new Date(Date.UTC(2000, m - 1, d));
      utc.setUTCFullYear(y);
      expect(e.input.startsWith(names[utc.getUTCDay()])).toBe(true);
    }
  });

  it("outputs are YYYY-MM-DD in 1900–2099, splits are disjoint and deterministic", () => {
    for (const e of [...data.train, ...data.validation, ...data.test]) {
      expect(e.output).toMatch(/^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
    }
    const inputs = (xs: { input: string }[]) => new Set(xs.map((x) => x.input));
    const train = inputs(data.train);
    expect([...inputs(data.test)].some((x) => train.has(x))).toBe(false);
    expect([...inputs(data.validation)].some((x) => train.has(x))).toBe(false);
    expect(makeDateDataset({ seed: 9, train: 3000, validation: 200, test: 300 })).toEqual(data);
    expect(makeDateDataset({ seed: 10, train: 10, validation: 10, test: 10 }).test).not.toEqual(
      data.test.slice(0, 10),
    );
    // the test split does not depend on the size of the others
    expect(makeDateDataset({ seed: 9, train: 5, validation: 5, test: 300 }).test).toEqual(data.test);
  });

  it("has short inputs and long ones (dates inside sentences)", () => {
    const lengths = data.train.map((e) => [...e.input].length);
    expect(Math.min(...lengths)).toBeLessThanOrEqual(10);
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(40);
  });
});

describe("the wide variety: what people really type", () => {
  const data = makeDateDataset({ seed: 9, train: 4000, validation: 0, test: 300 });
  const classic = makeDateDataset({ seed: 9, train: 0, validation: 0, test: 300, variety: "classic" });

  it("writes ordinals, two-digit years, Korean without spaces and zero-padded, in the classic alphabet", () => {
    const d = { year: 2026, month: 3, day: 3 };
    expect(WIDE_FORMATS["Month Dth, YYYY"](d)).toBe("March 3rd, 2026");
    expect(WIDE_FORMATS["DD.MM.YY"]({ year: 2026, month: 11, day: 24 })).toBe("24.11.26");
    expect(WIDE_FORMATS["YYYY. MM. DD."](d)).toBe("2026. 03. 03.");
    expect(WIDE_FORMATS["YYYY년M월D일"](d)).toBe("2026년3월3일");
    const alphabet = new Set(dateAlphabet());
    for (const e of data.train)
      expect(
        [...e.input].filter((c) => !alphabet.has(c)),
        e.input,
      ).toEqual([]);
  });

  it("has every style, and two-digit years only for 1950–2049 (50–99 → 19xx, 00–49 → 20xx)", () => {
    const styles = new Set(data.train.map((e) => formatParts(e.format).style));
    expect([...styles].sort()).toEqual([...STYLES].sort());
    expect(data.train.some((e) => e.input === e.input.toUpperCase() && /[A-Z]{3}/.test(e.input))).toBe(true);
    const twoDigit = data.train.filter(
      (e) => /YY(?!Y)/.test(formatParts(e.format).format) && !/YYYY/.test(e.format),
    );
    expect(twoDigit.length).toBeGreaterThan(100);
    for (const e of twoDigit) {
      const year = Number(e.output.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(1950);
      expect(year).toBeLessThanOrEqual(2049);
    }
  });

  it("never gives one input two outputs, and keeps out the inputs it is told to", () => {
    const seen = new Map<string, string>();
    for (const e of [...data.train, ...data.test, ...classic.test]) {
      expect(seen.get(e.input) ?? e.output, e.input).toBe(e.output);
      seen.set(e.input, e.output);
    }
    const kept = makeDateDataset({
      seed: 9,
      train: 4000,
      validation: 0,
      test: 0,
      exclude: classic.test.map((e) => e.input),
    });
    const excluded = new Set(classic.test.map((e) => e.input));
    expect(kept.train.some((e) => excluded.has(e.input))).toBe(false);
    const first = data.test[0].input;
    const without = makeDateDataset({ seed: 9, train: 0, validation: 0, test: 300, exclude: [first] });
    expect(without.test.map((e) => e.input)).not.toContain(first);
    expect(without.test.slice(0, 5)).not.toEqual(data.test.slice(0, 5));
  });

  it("the classic variety is the generator as first shipped", () => {
    expect(classic.test.slice(0, 3).map((e) => [e.input, e.output])).toEqual([
      // as makeDateDataset({ seed: 9, … }) wrote them before the wide variety existed
      ["Thursday, February 8, 1990", "1990-02-08"],
      ["02/03/2058 was the date printed on the letter we got from the city office", "2058-02-03"],
      ["April 3, 1937", "1937-04-03"],
    ]);
    for (const e of classic.test) expect(Object.keys(DATE_FORMATS)).toContain(formatParts(e.format).format);
  });

  it("no input is longer than longestDateInput()", () => {
    const longest = Math.max(...data.train.map((e) => [...e.input].length));
    expect(longest).toBeLessThanOrEqual(longestDateInput());
    expect(longest).toBeGreaterThan(longestDateInput() - 15);
  });
});

describe("cautions about a decoding", () => {
  const vocab = ["<pad>", "<unk>", ...dateAlphabet()];
  it("finds days and months the calendar does not have, leap years included", () => {
    expect(dateCautions("29 February 2024", "2024-02-29", vocab)).toEqual([]);
    expect(dateCautions("29 February 2023", "2023-02-29", vocab)).toEqual([
      { kind: "no-such-day", output: "2023-02-29", year: 2023, month: 2, day: "29", days: 28 },
    ]);
    expect(dateCautions("1 Jan 1900", "1900-02-29", vocab)[0]).toMatchObject({
      kind: "no-such-day",
      days: 28,
    });
    expect(dateCautions("1.13.2026", "2026-13-01", vocab)).toEqual([
      { kind: "no-such-month", output: "2026-13-01", month: "13" },
    ]);
    expect(dateCautions("x 1", "2026-04-00", vocab)[0]).toMatchObject({ kind: "no-such-day", day: "00" });
    expect(dateCautions("24.11.26", "202-11-26", vocab)).toEqual([
      { kind: "not-a-date", output: "202-11-26" },
    ]);
  });
  it("finds inputs far from the training data", () => {
    expect(dateCautions("tomorrow", "1939-03-09", vocab)).toEqual([{ kind: "no-digits" }]);
    expect(dateCautions("24 ♥ 11 2026 ♥!", "2026-11-24", vocab)).toEqual([
      { kind: "unknown-characters", characters: ["♥", "!"] },
    ]);
    const long = "see you on 24 November 2026 ".repeat(4);
    expect(dateCautions(long, "2026-11-24", vocab)).toEqual([
      { kind: "too-long", length: [...long].length, longest: longestDateInput() },
    ]);
    expect(dateCautions("tomorrow", null, vocab)).toEqual([{ kind: "no-digits" }]);
  });
});

describe("the model", () => {
  it("same seed, same weights; another seed, other weights", () => {
    expect(bytesOf(small("bahdanau", 3))).toEqual(bytesOf(small("bahdanau", 3)));
    expect(bytesOf(small("bahdanau", 4))).not.toEqual(bytesOf(small("bahdanau", 3)));
  });

  it("training is deterministic, bit for bit", async () => {
    const data = makeDateDataset({ seed: 1, train: 500, validation: 20, test: 0 });
    const run = async (): Promise<Uint8Array[]> => {
      const m = small("bahdanau");
      await trainModel(m, data, { steps: 6, batchSize: 8, learningRate: 0.01, clip: 5, seed: 2 });
      return bytesOf(m);
    };
    const a = await run();
    expect(await run()).toEqual(a);
    expect(a).not.toEqual(bytesOf(small("bahdanau")));
  });

  it("training reports progress, lowers the loss, and stops when asked", async () => {
    const data = makeDateDataset({ seed: 1, train: 500, validation: 20, test: 0 });
    const m = small("bahdanau");
    const seen: number[] = [];
    const result = await trainModel(m, data, {
      steps: 60,
      batchSize: 16,
      learningRate: 0.02,
      clip: 5,
      seed: 2,
      reportEvery: 10,
      evaluateEvery: 0,
      onProgress: (p) => seen.push(p.loss),
    });
    expect(seen.length).toBe(6);
    expect(seen[5]).toBeLessThan(seen[0]);
    expect(result.validationAccuracy).toBeGreaterThanOrEqual(0);
    let calls = 0;
    const stopped = await trainModel(small("bahdanau"), data, {
      steps: 100,
      batchSize: 4,
      learningRate: 0.01,
      clip: 5,
      seed: 2,
      shouldStop: () => ++calls > 3,
    });
    expect(stopped.stopped).toBe(true);
    expect(stopped.steps).toBe(3);
  });

  it("encode returns one state h_j per input character", () => {
    const m = small("bahdanau");
    const { tokens, encoderStates } = encode(m, "2026년 11월 24일");
    expect(tokens).toEqual([..."2026년 11월 24일"]);
    expect(encoderStates.length).toBe(tokens.length);
    expect(encoderStates[0].length).toBe(12);
  });

  it("Bahdanau decoding: query = s_{i-1}; attention = attend() with the additive score; input = [embed; a_i]", () => {
    const m = small("bahdanau");
    const input = "Nov 24, 2026";
    const r = greedyDecode(m, input, { maxLength: 5 });
    const { encoderStates } = encode(m, input);
    const [H, A, D] = [12, 10, 8];
    // The model stores W_a, U_a as [H, A] (x·W); attend()'s additive score takes them as rows [A × H].
    const rows = (w: Float32Array): number[][] =>
      Array.from({ length: A }, (_, a) => Array.from({ length: H }, (_, h) => w[h * A + a]));
    const additiveParams = {
      W: rows(m.params.attentionW!.data),
      U: rows(m.params.attentionU!.data),
      v: [...m.params.attentionV!.data],
    };
    expect(r.steps.length).toBe(r.outputTokens.length);
    expect(r.alignment.length).toBe(r.steps.length);
    r.steps.forEach((step, i) => {
      expect(step.query).toEqual(step.prevDecoderState);
      if (i > 0) expect(step.prevDecoderState).toEqual(r.steps[i - 1].decoderState);
      const ref = attend(step.query, encoderStates, encoderStates, { score: "additive", additiveParams });
      for (let j = 0; j < encoderStates.length; j++) {
        expect(step.scores[j]).toBeCloseTo(ref.scores[j], 4);
        expect(step.weights[j]).toBeCloseTo(ref.weights[j], 5);
      }
      step.attentionValue.forEach((x, h) => expect(x).toBeCloseTo(ref.value[h], 5));
      expect(step.decoderInput.length).toBe(D + H);
      expect([...step.decoderInput.slice(D)]).toEqual([...step.attentionValue]);
      expect(r.alignment[i].length).toBe([...input].length);
      expect(r.alignment[i].reduce((s, x) => s + x, 0)).toBeCloseTo(1, 5);
    });
    expect(r.output).toBe(r.outputTokens.join(""));
  });

  it("Luong uses the current state s_i as the query; 'none' has no attention weights", () => {
    const luong = greedyDecode(small("luong"), "24.11.2026", { maxLength: 4 });
    luong.steps.forEach((s) => expect(s.query).toEqual(s.decoderState));
    const none = greedyDecode(small("none"), "24.11.2026", { maxLength: 4 });
    none.steps.forEach((s) => expect(s.weights.length).toBe(0));
    expect(none.alignment).toEqual([]);
  });

  it("decodes a padded batch exactly like one input at a time, and an empty input as empty", () => {
    for (const kind of ["bahdanau", "luong", "none"] as const) {
      const m = small(kind);
      const inputs = ["1/2/2026", "see you on Tuesday, November 24, 2026", "", "2026년 11월 24일", "x"];
      expect(decodeBatch(m, inputs, { maxLength: 6 })).toEqual(
        inputs.map((s) => greedyDecode(m, s, { maxLength: 6 }).output),
      );
    }
    expect(greedyDecode(small("bahdanau"), "")).toMatchObject({ output: "", steps: [], alignment: [] });
  });

  it("unknown characters are read as <unk>, not a crash", () => {
    expect(() => greedyDecode(small("bahdanau"), "§ 24 ☃ 2026", { maxLength: 3 })).not.toThrow();
  });
});

describe("weight files", () => {
  it("float16 conversion matches the IEEE 754 binary16 table", () => {
    const cases: Array<[number, number]> = [
      [1, 0x3c00],
      [-2, 0xc000],
      [0.5, 0x3800],
      [65504, 0x7bff],
      [0.1, 0x2e66],
      [2 ** -24, 0x0001],
      [2 ** -14, 0x0400],
      [0, 0x0000],
      [1e-9, 0x0000],
      [1e6, 0x7c00],
      [1 + 2 ** -11, 0x3c00],
    ];
    for (const [x, bits] of cases) expect(toFloat16Bits(x)).toBe(bits);
    expect(fromFloat16Bits(0x3555)).toBeCloseTo(0.333251953125, 12);
    expect(fromFloat16Bits(0x0001)).toBe(2 ** -24);
  });

  for (const kind of ["bahdanau", "luong", "none"] as const) {
    it(`round trip (${kind}): float32 exactly, float16 within half-precision rounding`, () => {
      const m = small(kind);
      const { meta, weights } = saveModel(m, { accuracy: 0.5, provenance: { note: "test" } });
      const copy = loadModel(JSON.parse(JSON.stringify(meta)), weights.slice().buffer);
      expect(bytesOf(copy)).toEqual(bytesOf(m));
      expect(copy.config).toEqual(m.config);
      const half = saveModel(m, {}, { dtype: "float16" });
      expect(half.weights.byteLength * 2).toBe(weights.byteLength);
      const h = loadModel(half.meta, half.weights);
      namedParameters(h).forEach(([, p], i) => {
        const orig = namedParameters(m)[i][1].data;
        p.data.forEach((x, j) =>
          expect(Math.abs(x - orig[j])).toBeLessThanOrEqual(Math.abs(orig[j]) * 2 ** -11 + 2 ** -25),
        );
      });
      expect(greedyDecode(copy, "24.11.2026").output).toBe(greedyDecode(m, "24.11.2026").output);
    });
  }

  describe("rejects broken input with a clear error", () => {
    const m = small("bahdanau");
    const { meta, weights } = saveModel(m);
    const json = (): Record<string, unknown> => JSON.parse(JSON.stringify(meta));

    it("truncated or too long weights", () => {
      expect(() => loadModel(meta, weights.slice(0, weights.length - 4))).toThrow(/truncated/);
      expect(() => loadModel(meta, new Uint8Array(weights.length + 4))).toThrow(/too long/);
    });
    it("a corrupted byte", () => {
      const bad = weights.slice();
      bad[100] ^= 0x40;
      expect(() => loadModel(meta, bad)).toThrow(/checksum/);
    });
    it("another format, another version, not an object", () => {
      expect(() => loadModel({ ...json(), formatVersion: 2 }, weights)).toThrow(
        /unsupported format version 2/,
      );
      expect(() => loadModel({ ...json(), format: "keras" }, weights)).toThrow(/not a model file/);
      expect(() => loadModel(null, weights)).toThrow(/not a JSON object/);
      expect(() => loadModel("{}", weights)).toThrow(/not a JSON object/);
    });
    it("metadata that does not match the weights or itself", () => {
      const luong = saveModel(small("luong"));
      expect(() => loadModel(luong.meta, weights)).toThrow(/loadModel/);
      expect(() => loadModel({ ...json(), config: { ...meta.config, hiddenDim: 13 } }, weights)).toThrow(
        /shape/,
      );
      expect(() =>
        loadModel({ ...json(), config: { ...meta.config, attention: "transformer" } }, weights),
      ).toThrow(/attention must be/);
      expect(() => loadModel({ ...json(), inputVocab: ["a", "b"] }, weights)).toThrow(/inputVocab/);
      expect(() => loadModel({ ...json(), tensors: [] }, weights)).toThrow(/expected \d+ tensors/);
    });
    it("a value that is not a finite number, even with a matching checksum", () => {
      const bad = weights.slice();
      new DataView(bad.buffer).setFloat32(8, NaN, true);
      const { meta: badMeta } = saveModel(m);
      const forged = { ...JSON.parse(JSON.stringify(badMeta)), checksum: checksum(bad) };
      expect(() => loadModel(forged, bad)).toThrow(/not a finite number/);
    });
  });
});

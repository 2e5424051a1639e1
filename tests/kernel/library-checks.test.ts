/**
 * The library's invariant checks (src/kernel/checking/library.ts): the course's library passes
 * every one, and each planted bug — a small edit of the real source, loaded the way the kernel
 * loads a reader's edit — fails the check of the function it breaks, with a message that names
 * that function and shows the failing case.
 */
import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { dataUrl, librarySources } from "./library-sources.ts";
import { loadLibrary } from "../../src/kernel/library.ts";
import { CHECKED, checkLibrary, type LibraryVerdict } from "../../src/kernel/checking/library.ts";

const original = librarySources();

/** The library with `find` replaced by `replace` in `file` (the find must be there, once). */
async function planted(
  file: string,
  find: string | RegExp,
  replace: string,
): Promise<Record<string, unknown>> {
  const text = original[file];
  const count = typeof find === "string" ? text.split(find).length - 1 : (text.match(find) ?? []).length;
  expect(count, `${file} must contain ${String(find)} once`).toBe(1);
  const { module } = await loadLibrary({ ...original, [file]: text.replace(find, replace) }, dataUrl);
  return module;
}

const failing = (verdicts: LibraryVerdict[]) => verdicts.filter((v) => !v.ok).map((v) => v.name);
const verdictOf = (verdicts: LibraryVerdict[], name: string) => verdicts.find((v) => v.name === name)!;

describe("the library's invariant checks", { timeout: 60_000 }, () => {
  it("the course's library passes every check, in both languages", async () => {
    const { module } = await loadLibrary(original, dataUrl);
    for (const lang of ["ko", "en"] as const) {
      const verdicts = checkLibrary(module, fc, lang);
      expect(verdicts.map((v) => v.name)).toEqual([...CHECKED]);
      expect(verdicts.filter((v) => !v.ok)).toEqual([]);
    }
  });

  it("softmax dividing by 0 (the issue's edit): softmax, attend and greedyDecode fail; softmax's case shows the infinite weights", async () => {
    const lib = await planted("attention.ts", "weights[j] /= sum", "weights[j] /= 0");
    const verdicts = checkLibrary(lib, fc, "en");
    expect(failing(verdicts)).toEqual(expect.arrayContaining(["softmax", "attend"]));
    const softmax = verdictOf(verdicts, "softmax");
    expect(softmax.case).toMatch(/^softmax\(/);
    expect(softmax.message).toContain("Infinity");
    expect(softmax.message).toContain("finite number");
    // The score functions do not use softmax: they still pass.
    expect(verdictOf(verdicts, "dot").ok).toBe(true);
    const ko = verdictOf(checkLibrary(lib, fc, "ko"), "softmax");
    expect(ko.message).toContain("유한한 수여야 합니다");
    // greedyDecode's guard throws a DecodeError: the verdict says it in the reader's language.
    const decodeKo = verdictOf(checkLibrary(lib, fc, "ko"), "greedyDecode").message ?? "";
    expect(decodeKo).toContain("오류가 났습니다. greedyDecode: 출력 1번째 시점의 어텐션 가중치 α_ij에");
    expect(decodeKo).not.toMatch(/output step|finite/);
    expect(verdictOf(verdicts, "greedyDecode").message).toContain(
      "threw DecodeError: greedyDecode: at output step 1 the attention weights α_ij hold a value",
    );
  });

  it("softmax without subtracting the largest score overflows at large scores: caught with a large score in the case", async () => {
    const lib = await planted(
      "attention.ts",
      "Math.exp((scores[j] - max) / temperature)",
      "Math.exp(scores[j] / temperature)",
    );
    const v = verdictOf(checkLibrary(lib, fc, "en"), "softmax");
    expect(v.ok).toBe(false);
    expect(v.message).toContain("NaN");
    expect(v.case).toMatch(/1000|800/);
  });

  it("softmax that ignores temperatures above 1 is caught on a generated temperature (the named cases use 1, 0.5 and 0)", async () => {
    const lib = await planted(
      "attention.ts",
      "Math.exp((scores[j] - max) / temperature)",
      "Math.exp((scores[j] - max) / (temperature > 1 ? 1 : temperature))",
    );
    const v = verdictOf(checkLibrary(lib, fc, "en"), "softmax");
    expect(v.ok).toBe(false);
    expect(v.case).toMatch(/^softmax\(\[.*\], \d/);
    expect(v.message).toContain("it should be");
  });

  it("attend returning a value of the query's size instead of the values' size", async () => {
    const lib = await planted(
      "attention.ts",
      "const value = new Float32Array(dim); // [dv]",
      "const value = new Float32Array(q.length); // [dv]",
    );
    const verdicts = checkLibrary(lib, fc, "en");
    expect(failing(verdicts)).toContain("attend");
    const v = verdictOf(verdicts, "attend");
    expect(v.message).toMatch(/^attend\(/);
    expect(v.message).toContain("values' size");
    expect(verdictOf(verdicts, "softmax").ok).toBe(true);
  });

  it("attend mixing the values with the scores instead of the weights", async () => {
    const lib = await planted(
      "attention.ts",
      "value[d] += weights[j] * values[j][d]",
      "value[d] += scores[j] * values[j][d]",
    );
    const v = verdictOf(checkLibrary(lib, fc, "ko"), "attend");
    expect(v.ok).toBe(false);
    expect(v.message).toMatch(/^attend\(.*호출: /);
    expect(v.message).toContain("가중합");
  });

  it("greedyDecode emitting <pad> (it picks among every token again)", async () => {
    const lib = await planted("decode.ts", "const FIRST_WRITTEN = 2;", "const FIRST_WRITTEN = 0;");
    const verdicts = checkLibrary(lib, fc, "en");
    const v = verdictOf(verdicts, "greedyDecode");
    expect(v.ok).toBe(false);
    expect(v.case).toMatch(/^greedyDecode\(createSeq2Seq\(/);
    expect(v.message).toMatch(/<pad>|<s>/);
    expect(failing(verdicts)).toEqual(["greedyDecode"]);
  });

  it("greedyDecode that ignores maxLength", async () => {
    const lib = await planted(
      "decode.ts",
      "for (let i = 0; i < maxLength; i++) {\n    const step = decoderStep(model, null, encoder, state, Int32Array.of(prev));",
      "for (let i = 0; i < maxLength + 2; i++) {\n    const step = decoderStep(model, null, encoder, state, Int32Array.of(prev));",
    );
    const v = verdictOf(checkLibrary(lib, fc, "en"), "greedyDecode");
    expect(v.ok).toBe(false);
    expect(v.message).toContain("maxLength");
  });

  it.each([
    ["dot", "scores.ts", "s += query[i] * key[i];", "s += query[i] * key[0];"],
    ["scaledDot", "scores.ts", "dot(query, key) / Math.sqrt(query.length)", "dot(query, key) / query.length"],
    ["cosine", "scores.ts", "dot(query, key) / Math.sqrt(qq * kk)", "dot(query, key) / (qq * kk)"],
    [
      "general",
      "scores.ts",
      'return dot(query, matVec(W, key, "general"));',
      'return dot(key, matVec(W, query, "general"));',
    ],
    [
      "additive",
      "scores.ts",
      "s += params.v[a] * Math.tanh(Wq[a] + Uk[a]);",
      "s += params.v[a] * Math.tanh(Wq[a]) + Uk[a];",
    ],
  ])("%s disagreeing with its definition is caught, and named", async (name, file, find, replace) => {
    const lib = await planted(file, find, replace);
    const v = verdictOf(checkLibrary(lib, fc, "en"), name);
    expect(v.ok).toBe(false);
    expect(v.case).toMatch(new RegExp(`^${name}\\(`));
    // It returns another number, or (with the query and key swapped) meets a matrix of the wrong shape.
    expect(v.message).toMatch(/it should be|threw RangeError/);
  });

  it("hardLookup matching a prefix of the key", async () => {
    const lib = await planted(
      "attention.ts",
      "keys.map((key) => (key === query ? 1 : 0))",
      "keys.map((key) => (key.startsWith(query) ? 1 : 0))",
    );
    const v = verdictOf(checkLibrary(lib, fc, "en"), "hardLookup");
    expect(v.ok).toBe(false);
    expect(v.message).toMatch(/^hardLookup\(/);
  });

  it("softmax that sorts its input in place is caught as changing its argument", async () => {
    const lib = await planted(
      "attention.ts",
      "const n = scores.length;\n  const weights",
      "const n = scores.length;\n  if (Array.isArray(scores)) (scores as number[]).sort((a, b) => a - b);\n  const weights",
    );
    const v = verdictOf(checkLibrary(lib, fc, "en"), "softmax");
    expect(v.ok).toBe(false);
    expect(v.message).toMatch(/changed its argument 1|it should be/);
  });

  it("a count of weights agrees with its number: softmax giving one weight for three scores", async () => {
    const lib = await planted(
      "attention.ts",
      "const weights = new Float32Array(n);",
      "const weights = new Float32Array(Math.min(n, 1));",
    );
    const en = verdictOf(checkLibrary(lib, fc, "en"), "softmax");
    expect(en.message).toBe("softmax([1, 2, 3], 1): it gave 1 weight; there must be 3.");
    const ko = verdictOf(checkLibrary(lib, fc, "ko"), "softmax");
    expect(ko.message).toBe("softmax([1, 2, 3], 1) 호출: 가중치가 3개여야 하는데 1개입니다.");
  });

  it("a function the library no longer exports fails with a message saying so", async () => {
    const lib = await planted("index.ts", "export { dot, scaledDot,", "export { scaledDot,");
    const v = verdictOf(checkLibrary(lib, fc, "ko"), "dot");
    expect(v).toMatchObject({ ok: false });
    expect(v.message).toContain("dot");
    expect(v.message).toContain("내보내지 않습니다");
  });

  it("skips the functions it is told to, and says which check starts", async () => {
    const { module } = await loadLibrary(original, dataUrl);
    const started: string[] = [];
    const verdicts = checkLibrary(module, fc, "en", {
      skip: ["greedyDecode"],
      onStart: (n) => started.push(n),
    });
    expect(started).toEqual(CHECKED.filter((n) => n !== "greedyDecode"));
    expect(verdicts.map((v) => v.name)).toEqual(started);
  });
});

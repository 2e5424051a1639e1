import { describe, expect, it } from "vitest";
import { hashText } from "../../src/kernel/storage/hash.ts";
import { nextEdit } from "../../src/kernel/storage/records.ts";
import {
  EXPORT_FORMAT,
  parseImport,
  planImport,
  toExportFile,
  type Snapshot,
} from "../../src/kernel/storage/transfer.ts";

const snapshot: Snapshot = {
  edits: [
    nextEdit("cell", "softmax-demo", "softmax([1, 2, 3])", "softmax([1, 2, 30])", undefined, 1000),
    nextEdit("library", "scores.ts", "export const a = 1;", "export const a = 2;", undefined, 2000),
  ],
  progress: { passed: { "ex-sum": 5 }, quiz: { q1: { choice: "b", at: 6 } }, read: { "01-dictionary": 7 } },
  models: [
    { name: "mine", meta: { formatVersion: 1 }, weights: new Uint8Array([0, 1, 254, 255]), savedAt: 9 },
  ],
};

const exported = () => JSON.stringify(toExportFile(snapshot, new Date("2026-01-02T03:04:05Z")));

describe("export → import", () => {
  it("a file written by export reads back to the same work", () => {
    const r = parseImport(exported());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.snapshot.edits.map((e) => [e.kind, e.id, e.code])).toEqual([
      ["cell", "softmax-demo", "softmax([1, 2, 30])"],
      ["library", "scores.ts", "export const a = 2;"],
    ]);
    expect(r.snapshot.progress).toEqual(snapshot.progress);
    expect([...r.snapshot.models[0].weights]).toEqual([0, 1, 254, 255]);
  });

  it("names the format and version in the file", () => {
    const file = JSON.parse(exported());
    expect(file.format).toBe(EXPORT_FORMAT);
    expect(file.version).toBe(1);
    expect(file.exportedAt).toBe("2026-01-02T03:04:05.000Z");
  });
});

describe("import refuses bad files with a reason", () => {
  it("corrupt JSON", () => {
    expect(parseImport(exported().slice(0, 40))).toMatchObject({ ok: false, code: "not-json" });
  });
  it("another kind of JSON file", () => {
    expect(parseImport('{"hello": 1}')).toMatchObject({ ok: false, code: "wrong-format" });
    expect(parseImport("[1, 2]")).toMatchObject({ ok: false, code: "wrong-format" });
  });
  it("a version this site does not know", () => {
    const file = { ...JSON.parse(exported()), version: 2 };
    expect(parseImport(JSON.stringify(file))).toMatchObject({ ok: false, code: "wrong-version" });
  });
  it("a file that is too large, before reading it", () => {
    expect(parseImport("{}", 30 * 1024 * 1024)).toMatchObject({ ok: false, code: "too-large" });
  });
  it("an edit without code, naming where", () => {
    const file = JSON.parse(exported());
    delete file.edits[1].code;
    expect(parseImport(JSON.stringify(file))).toEqual({
      ok: false,
      code: "bad-shape",
      detail: "edits[1].code must be text",
    });
  });
  it("model weights that are not base64", () => {
    const file = JSON.parse(exported());
    file.models[0].weights = "@@@";
    expect(parseImport(JSON.stringify(file))).toMatchObject({ ok: false, code: "bad-shape" });
  });
  it("a forged hash is not trusted: the hash is recomputed from the original", () => {
    const file = JSON.parse(exported());
    file.edits[0].originalHash = "00000000000000";
    const r = parseImport(JSON.stringify(file));
    expect(r.ok && r.snapshot.edits[0].originalHash).toBe(hashText("softmax([1, 2, 3])"));
  });
});

describe("planImport", () => {
  it("lists what would be added or replaced and leaves identical items out", () => {
    const current: Snapshot = {
      edits: [
        { ...snapshot.edits[0] },
        nextEdit("library", "scores.ts", "export const a = 1;", "export const a = 3;", undefined, 3000),
      ],
      progress: { passed: { "ex-sum": 1 }, quiz: {}, read: {} },
      models: [],
    };
    const plan = planImport(current, snapshot);
    expect(plan.changes).toEqual([
      { what: "library", id: "scores.ts", change: "replace", newer: false },
      { what: "model", id: "mine", change: "add" },
    ]);
    expect(plan.progressAdded).toBe(2);
  });
});

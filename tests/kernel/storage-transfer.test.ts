import { describe, expect, it } from "vitest";
import { hashText } from "../../src/kernel/storage/hash.ts";
import { nextEdit } from "../../src/kernel/storage/records.ts";
import { memoryKV } from "../../src/kernel/storage/kv.ts";
import { Store } from "../../src/kernel/storage/store.ts";
import {
  EXPORT_FORMAT,
  needsExportReminder,
  parseImport,
  planCounts,
  planImport,
  toExportFile,
  type Snapshot,
} from "../../src/kernel/storage/transfer.ts";

const snapshot: Snapshot = {
  edits: [
    nextEdit("cell", "softmax-demo", "softmax([1, 2, 3])", "softmax([1, 2, 30])", undefined, 1000),
    nextEdit("library", "scores.ts", "export const a = 1;", "export const a = 2;", undefined, 2000),
  ],
  progress: {
    passed: { "ex-sum": 5 },
    quiz: { q1: { choice: "b", at: 6, first: { right: false, at: 4 } } },
    read: { "01-dictionary": 7 },
    predict: { "predict-month-row": { choice: "1", at: 8 } },
    review: { "quiz:q1": { box: 1, due: 8 + 3 * 86_400_000, last: 8, right: 1, wrong: 0, firstRightAt: 8 } },
    checked: { "ex-sum": 3, "ex-other": 9 },
  },
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
    expect(file.version).toBe(3);
    expect(file.exportedAt).toBe("2026-01-02T03:04:05.000Z");
  });
});

describe("files of version 1 (before predictions and review)", () => {
  // Written by hand the way the site wrote them before version 2: no predict, no review, no first try.
  const v1 = JSON.stringify({
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: "2026-01-02T03:04:05.000Z",
    edits: [{ kind: "cell", id: "c", original: "1", code: "2", updatedAt: 3, rev: 1 }],
    progress: { passed: { e: 1 }, quiz: { q1: { choice: "a", at: 2 } }, read: { ch: 3 } },
    models: [],
  });

  it("still import, with their progress as it was", () => {
    const r = parseImport(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.snapshot.progress).toEqual({
      passed: { e: 1 },
      quiz: { q1: { choice: "a", at: 2 } },
      read: { ch: 3 },
    });
    expect(r.snapshot.edits.map((e) => e.code)).toEqual(["2"]);
  });

  it("merge into a store that has predictions and a schedule without losing them", async () => {
    const store = new Store(memoryKV(), undefined, { now: () => 100 });
    await store.predict("predict-month-row", "2");
    await store.answerQuiz("q1", "b", true);
    const r = parseImport(v1);
    if (!r.ok) throw new Error("v1 file did not parse");
    await store.applyImport(r.snapshot, planImport(await store.snapshot(), r.snapshot));
    const p = await store.getProgress();
    expect(p.predict).toEqual({ "predict-month-row": { choice: "2", at: 100 } });
    // The file's answer (at 2) is older: the newer one stays, and the first try is unknown
    // because the file's earlier answer predates first tries being kept.
    expect(p.quiz.q1).toEqual({ choice: "b", at: 100 });
  });
});

describe("files of version 2 (before exercises checked were kept)", () => {
  // The site's version-2 export: no `checked` in progress.
  const file = JSON.parse(exported()) as { version: number; progress: Record<string, unknown> };
  file.version = 2;
  delete file.progress.checked;

  it("still import, and an exercise checked here stays with the first time it was checked", async () => {
    const r = parseImport(JSON.stringify(file));
    if (!r.ok) throw new Error("v2 file did not parse");
    expect(r.snapshot.progress.checked).toBeUndefined();
    expect(r.snapshot.progress.review).toEqual(snapshot.progress.review);
    const store = new Store(memoryKV(), undefined, { now: () => 100 });
    await store.markChecked("ex-sum");
    await store.markChecked("ex-sum");
    await store.applyImport(r.snapshot, planImport(await store.snapshot(), r.snapshot));
    expect((await store.getProgress()).checked).toEqual({ "ex-sum": 100 });
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
    for (const version of [4, 0, "2"]) {
      const file = { ...JSON.parse(exported()), version };
      expect(parseImport(JSON.stringify(file))).toMatchObject({ ok: false, code: "wrong-version" });
    }
  });
  it("a prediction, first try or review card of the wrong shape, naming where", () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file as parsed from JSON, changed by hand
    const bad = (change: (p: Record<string, any>) => void) => {
      const file = JSON.parse(exported());
      change(file.progress);
      return parseImport(JSON.stringify(file));
    };
    expect(bad((p) => (p.predict["predict-month-row"] = { choice: 1, at: 8 }))).toMatchObject({
      ok: false,
      detail: "progress.predict.predict-month-row must be { choice, at }",
    });
    expect(bad((p) => (p.quiz.q1.first = { right: "yes", at: 4 }))).toMatchObject({
      ok: false,
      detail: "progress.quiz.q1.first must be { right, at }",
    });
    expect(bad((p) => (p.review["quiz:q1"].box = 9))).toMatchObject({
      ok: false,
      detail: "progress.review.quiz:q1 must be { box, due, last, right, wrong }",
    });
    expect(bad((p) => (p.checked["ex-sum"] = "yesterday"))).toMatchObject({
      ok: false,
      detail: "progress.checked.ex-sum must be a time",
    });
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
  it("says for each item whether importing adds it, replaces it with a newer one, keeps ours, or skips it", () => {
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
      { what: "cell", id: "softmax-demo", change: "same" },
      { what: "library", id: "scores.ts", change: "keep" },
      { what: "model", id: "mine", change: "add" },
    ]);
    expect(planCounts(plan)).toEqual({ added: 1, kept: 1, skipped: 1 });
    // The quiz answer, the chapter read, the prediction, the review card and the two exercises
    // checked are new here.
    expect(plan.progressAdded).toBe(6);
  });

  it("reads a file from before edits carried a time: its edits count as the oldest", () => {
    const file = JSON.parse(exported());
    delete file.edits[0].updatedAt;
    const r = parseImport(JSON.stringify(file));
    expect(r.ok && r.snapshot.edits[0].updatedAt).toBe(0);
  });
});

describe("import merges by record time, in either order", () => {
  // Two browsers worked on overlapping things; each exported. Importing one into the other must
  // end with the newer version of every item, whichever way round it is done.
  const laptop: Snapshot = {
    edits: [
      nextEdit("cell", "a", "A0", "A from laptop", undefined, 100),
      nextEdit("cell", "b", "B0", "B from laptop", undefined, 500),
      nextEdit("cell", "only-laptop", "L0", "L", undefined, 50),
    ],
    progress: { passed: { e1: 300 }, quiz: { q1: { choice: "a", at: 10 } }, read: {} },
    models: [{ name: "mine", meta: { formatVersion: 1 }, weights: new Uint8Array([1]), savedAt: 900 }],
  };
  const phone: Snapshot = {
    edits: [
      nextEdit("cell", "a", "A0", "A from phone", undefined, 400),
      nextEdit("cell", "b", "B0", "B from phone", undefined, 200),
      nextEdit("cell", "only-phone", "P0", "P", undefined, 60),
    ],
    progress: { passed: { e1: 100, e2: 700 }, quiz: { q1: { choice: "b", at: 20 } }, read: { ch: 5 } },
    models: [{ name: "mine", meta: { formatVersion: 1 }, weights: new Uint8Array([2]), savedAt: 800 }],
  };

  async function importInto(here: Snapshot, file: Snapshot) {
    // This browser's work, with the record times of `here`.
    const store = new Store(memoryKV());
    await store.applyImport(here, planImport(await store.snapshot(), here));
    const parsed = parseImport(JSON.stringify(toExportFile(file, new Date(0))));
    if (!parsed.ok) throw new Error(parsed.detail);
    const plan = planImport(await store.snapshot(), parsed.snapshot);
    const done = await store.applyImport(parsed.snapshot, plan);
    return { plan, done, after: await store.snapshot() };
  }

  const codes = (s: Snapshot) => Object.fromEntries(s.edits.map((e) => [e.id, e.code]));

  it("phone's file into the laptop: newer edits come in, the laptop's newer ones stay", async () => {
    const { plan, done, after } = await importInto(laptop, phone);
    expect(codes(after)).toEqual({
      a: "A from phone",
      b: "B from laptop",
      "only-laptop": "L",
      "only-phone": "P",
    });
    expect([...after.models[0].weights]).toEqual([1]);
    expect(planCounts(plan)).toEqual({ added: 2, kept: 2, skipped: 0 });
    expect(done).toEqual({ written: 2, kept: 0 });
    expect(after.progress).toEqual({
      passed: { e1: 100, e2: 700 },
      quiz: { q1: { choice: "b", at: 20 } },
      read: { ch: 5 },
    });
  });

  it("laptop's file into the phone: the same newer versions win", async () => {
    const { plan, after } = await importInto(phone, laptop);
    expect(codes(after)).toEqual({
      a: "A from phone",
      b: "B from laptop",
      "only-laptop": "L",
      "only-phone": "P",
    });
    expect([...after.models[0].weights]).toEqual([1]);
    expect(planCounts(plan)).toEqual({ added: 3, kept: 1, skipped: 0 });
    expect(after.progress.quiz.q1).toEqual({ choice: "b", at: 20 });
  });

  it("importing the same file twice adds nothing the second time", async () => {
    const store = new Store(memoryKV());
    await store.applyImport(phone, planImport(await store.snapshot(), phone));
    const again = planImport(await store.snapshot(), phone);
    expect(planCounts(again)).toEqual({ added: 0, kept: 0, skipped: 4 });
    expect(again.progressAdded).toBe(0);
  });

  it("an item saved here after the plan was made is not overwritten by the confirm", async () => {
    const store = new Store(memoryKV(), undefined, { now: () => 10_000 });
    const plan = planImport(await store.snapshot(), phone);
    await store.saveEdit("cell", "a", "A0", "A typed meanwhile", 0);
    const done = await store.applyImport(phone, plan);
    expect(done.kept).toBe(1);
    expect((await store.loadEdit("cell", "a", "A0")).record?.code).toBe("A typed meanwhile");
  });
});

describe("the reminder to export", () => {
  const DAY = 24 * 3600 * 1000;
  const now = 100 * DAY;
  const work = (t: number): Snapshot => ({
    edits: [nextEdit("cell", "c", "o", "mine", undefined, t)],
    progress: { passed: {}, quiz: {}, read: {} },
    models: [],
  });
  it("is due for work saved days ago and never exported, when the browser may clear it", () => {
    expect(needsExportReminder(work(now - 5 * DAY), {}, false, now)).toBe(true);
  });
  it("is not due when storage is persistent, the work is recent, or a file has it", () => {
    expect(needsExportReminder(work(now - 5 * DAY), {}, true, now)).toBe(false);
    expect(needsExportReminder(work(now - DAY), {}, false, now)).toBe(false);
    expect(needsExportReminder(work(now - 5 * DAY), { exportedAt: now - 4 * DAY }, false, now)).toBe(false);
  });
  it("stays dismissed until work saved after the dismissal is itself days old", () => {
    const meta = { reminderDismissedAt: now - 4 * DAY };
    expect(needsExportReminder(work(now - 5 * DAY), meta, false, now)).toBe(false);
    expect(needsExportReminder(work(now - 3.5 * DAY), meta, false, now)).toBe(true);
  });
  it("does not count chapters read or quiz answers as work to export", () => {
    const reading: Snapshot = {
      edits: [],
      models: [],
      progress: { passed: {}, quiz: { q: { choice: "a", at: 1 } }, read: { ch: 1 } },
    };
    expect(needsExportReminder(reading, {}, false, now)).toBe(false);
  });
});

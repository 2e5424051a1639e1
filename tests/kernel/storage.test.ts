import { describe, expect, it } from "vitest";
import { hashText } from "../../src/kernel/storage/hash.ts";
import {
  decideWrite,
  editStatus,
  mergeProgress,
  nextEdit,
  type EditRecord,
} from "../../src/kernel/storage/records.ts";
import { memoryKV, type KV } from "../../src/kernel/storage/kv.ts";
import { Store, type Channel, type StoreChange } from "../../src/kernel/storage/store.ts";

/** Two tabs' BroadcastChannels: what one posts, the other hears. */
function channelPair(): [Channel, Channel] {
  const listeners: ((e: { data: unknown }) => void)[][] = [[], []];
  const make = (me: number): Channel => ({
    postMessage: (data) => listeners[1 - me].forEach((l) => l({ data: structuredClone(data) })),
    addEventListener: (_type, l) => listeners[me].push(l),
  });
  return [make(0), make(1)];
}

const ORIGINAL = "const x = 1;\nx + 1";

describe("hashText", () => {
  it("gives the same fingerprint for the same text and different ones for different texts", () => {
    expect(hashText(ORIGINAL)).toBe(hashText("const x = 1;\nx + 1"));
    expect(hashText(ORIGINAL)).not.toBe(hashText("const x = 2;\nx + 1"));
    expect(hashText("")).toMatch(/^[0-9a-f]{14}$/);
  });
});

describe("stale detection", () => {
  const record = nextEdit("cell", "c1", ORIGINAL, "const x = 5;\nx + 1", undefined, 1000);
  it("is none without a saved edit", () => {
    expect(editStatus(undefined, ORIGINAL)).toBe("none");
  });
  it("is current when the course still ships the code the reader edited", () => {
    expect(editStatus(record, ORIGINAL)).toBe("current");
  });
  it("is stale when the course changed the cell since", () => {
    expect(editStatus(record, "const x = 1;\nx * 2")).toBe("stale");
  });
});

describe("decideWrite", () => {
  const stored: EditRecord = { ...nextEdit("cell", "c1", ORIGINAL, "a", undefined, 1), rev: 3 };
  const incoming = nextEdit("cell", "c1", ORIGINAL, "b", undefined, 2);
  it("writes over the revision the writer saw, one revision up", () => {
    const d = decideWrite(stored, incoming, 3);
    expect(d).toMatchObject({ action: "write", record: { code: "b", rev: 4 } });
  });
  it("refuses to write over a newer revision and returns it", () => {
    const d = decideWrite(stored, incoming, 2);
    expect(d).toEqual({ action: "conflict", current: stored });
  });
  it("writes a first edit", () => {
    expect(decideWrite(undefined, incoming, 0)).toMatchObject({ action: "write", record: { rev: 1 } });
  });
});

describe("mergeProgress", () => {
  it("keeps everything from both sides, the first pass and the newest quiz answer", () => {
    const a = { passed: { e1: 10 }, quiz: { q1: { choice: "a", at: 5 } }, read: { "01-x": 3 } };
    const b = { passed: { e1: 4, e2: 9 }, quiz: { q1: { choice: "b", at: 7 } }, read: {} };
    expect(mergeProgress(a, b)).toEqual({
      passed: { e1: 4, e2: 9 },
      quiz: { q1: { choice: "b", at: 7 } },
      read: { "01-x": 3 },
    });
  });
});

describe("Store", () => {
  it("saves an edit and loads it back as current; reset forgets it", async () => {
    const store = new Store(memoryKV());
    const saved = await store.saveEdit("cell", "c1", ORIGINAL, "42", 0);
    expect(saved).toMatchObject({ ok: true, record: { code: "42", rev: 1 } });
    expect(await store.loadEdit("cell", "c1", ORIGINAL)).toMatchObject({
      status: "current",
      record: { code: "42" },
    });
    expect((await store.loadEdit("cell", "c1", "changed by the course")).status).toBe("stale");
    await store.clearEdit("cell", "c1");
    expect(await store.loadEdit("cell", "c1", ORIGINAL)).toEqual({ record: undefined, status: "none" });
  });

  it("never lets a tab overwrite another tab's newer edit, and tells the other tab", async () => {
    const kv = memoryKV();
    const [ca, cb] = channelPair();
    const tabA = new Store(kv, ca);
    const tabB = new Store(kv, cb);
    const heardByB: StoreChange[] = [];
    tabB.onChange((c) => heardByB.push(c));

    // Both tabs opened the cell with no saved edit (revision 0).
    const a = await tabA.saveEdit("cell", "c1", ORIGINAL, "from A", 0);
    expect(a.ok).toBe(true);
    expect(heardByB).toContainEqual({ type: "edit", kind: "cell", id: "c1", from: "other-tab" });

    const b = await tabB.saveEdit("cell", "c1", ORIGINAL, "older text from B", 0);
    expect(b).toMatchObject({ ok: false, reason: "conflict", current: { code: "from A" } });
    expect((await tabA.loadEdit("cell", "c1", ORIGINAL)).record?.code).toBe("from A");

    // After B has seen A's revision, B may save over it.
    const b2 = await tabB.saveEdit("cell", "c1", ORIGINAL, "B, after reading A", 1);
    expect(b2).toMatchObject({ ok: true, record: { rev: 2 } });
  });

  it("keeps an edit in memory and reports it when the quota is full", async () => {
    const full: KV = {
      ...memoryKV(),
      update: async () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    };
    const store = new Store(full);
    const heard: StoreChange[] = [];
    store.onChange((c) => heard.push(c));
    const r = await store.saveEdit("cell", "c1", ORIGINAL, "kept", 0);
    expect(r).toMatchObject({ ok: false, reason: "quota", record: { code: "kept" } });
    expect(heard).toContainEqual({ type: "quota", key: "cell:c1", from: "here" });
    expect((await store.loadEdit("cell", "c1", ORIGINAL)).record?.code).toBe("kept");
    expect((await store.snapshot()).edits.map((e) => e.code)).toEqual(["kept"]);
    expect(store.unsaved).toEqual(["cell:c1"]);
  });

  it("records progress from two tabs without losing either", async () => {
    const kv = memoryKV();
    const tabA = new Store(kv);
    const tabB = new Store(kv);
    await Promise.all([tabA.markPassed("ex1"), tabB.markRead("01-dictionary"), tabB.answerQuiz("q1", "b")]);
    const p = await tabA.getProgress();
    expect(Object.keys(p.passed)).toEqual(["ex1"]);
    expect(Object.keys(p.read)).toEqual(["01-dictionary"]);
    expect(p.quiz.q1.choice).toBe("b");
  });

  it("keeps a trained model's bytes and metadata", async () => {
    const store = new Store(memoryKV());
    await store.saveTrainedModel("mine", { formatVersion: 1 }, new Uint8Array([1, 2, 250]));
    const m = await store.loadTrainedModel("mine");
    expect(m?.meta).toEqual({ formatVersion: 1 });
    expect([...(m?.weights ?? [])]).toEqual([1, 2, 250]);
  });

  it("asks to keep the work after the first save, pass or kept model — not for reading or quizzes", async () => {
    let asked = 0;
    const store = new Store(memoryKV(), undefined, { onKept: () => asked++ });
    await store.markRead("01-dictionary");
    await store.answerQuiz("q1", "a");
    await store.loadEdit("cell", "c1", ORIGINAL);
    expect(asked).toBe(0);
    await store.saveEdit("cell", "c1", ORIGINAL, "42", 0);
    expect(asked).toBe(1);
    await store.markPassed("ex-1");
    await store.saveTrainedModel("mine", { formatVersion: 1 }, new Uint8Array([1]));
    expect(asked).toBe(3);
    expect((await store.getMeta()).since).toBeTypeOf("number");
  });
});

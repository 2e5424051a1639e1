import { describe, expect, it } from "vitest";
import { diffHunks, diffLines } from "../../src/kernel/storage/diff.ts";

const ops = (before: string, after: string) => diffLines(before, after).map((l) => `${l.op[0]} ${l.text}`);

describe("diffLines", () => {
  it("shows nothing but unchanged lines for equal texts", () => {
    expect(ops("a\nb", "a\nb")).toEqual(["s a", "s b"]);
  });
  it("marks a changed line as removed then added, with its neighbours unchanged", () => {
    expect(ops("a\nb\nc", "a\nB\nc")).toEqual(["s a", "d b", "a B", "s c"]);
  });
  it("finds inserted and deleted lines in the middle", () => {
    expect(ops("a\nb\nc\nd", "a\nc\nx\nd")).toEqual(["s a", "d b", "s c", "a x", "s d"]);
  });
  it("numbers lines in the text they belong to", () => {
    const d = diffLines("a\nb", "a\nz\nb");
    expect(d.find((l) => l.op === "add")).toEqual({ op: "add", text: "z", line: 2 });
    expect(d[2]).toEqual({ op: "same", text: "b", line: 2 });
  });
});

describe("diffHunks", () => {
  it("folds long unchanged runs and keeps context around changes", () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join("\n");
    const after = before.replace("line 10", "line ten");
    const hunks = diffHunks(diffLines(before, after), 2);
    expect(hunks.map((l) => (l ? `${l.op[0]} ${l.text}` : "⋯"))).toEqual([
      "⋯",
      "s line 8",
      "s line 9",
      "d line 10",
      "a line ten",
      "s line 11",
      "s line 12",
      "⋯",
    ]);
  });
});

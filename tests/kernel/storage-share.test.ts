import { describe, expect, it } from "vitest";
import { decodeShare, encodeShare, MAX_SHARE_CHARS } from "../../src/kernel/share.ts";

const code =
  'import { softmax } from "attention";\n// 한국어 주석도 그대로\nsoftmax([1, 2, 3].map((x) => x * 10))';

describe("share links", () => {
  it("carry a cell's code through the hash and back, unicode included", async () => {
    const hash = await encodeShare({ cell: "softmax-demo", code });
    expect(hash).toMatch(/^#share=1\.[A-Za-z0-9_-]+$/);
    expect(await decodeShare(hash!)).toEqual({ kind: "ok", shared: { cell: "softmax-demo", code } });
  });

  it("compress repetitive code below its own length", async () => {
    const long = "const weights = softmax(scores);\n".repeat(100);
    const hash = await encodeShare({ cell: "c", code: long });
    expect(hash!.length).toBeLessThan(long.length / 5);
  });

  it("refuse code that cannot fit in a link", async () => {
    let noise = "";
    for (let i = 0; noise.length < MAX_SHARE_CHARS * 2; i++) noise += ((i * 2654435761) >>> 0).toString(36);
    expect(await encodeShare({ cell: "c", code: noise })).toBeUndefined();
  });

  it("a hash without a share is not an error", async () => {
    expect(await decodeShare("")).toEqual({ kind: "none" });
    expect(await decodeShare("#scores")).toEqual({ kind: "none" });
  });

  it("a garbled hash is reported, not thrown", async () => {
    expect(await decodeShare("#share=1.%%%")).toEqual({ kind: "error", reason: "corrupt" });
    expect(await decodeShare("#share=1.AAAA")).toEqual({ kind: "error", reason: "corrupt" });
    expect(await decodeShare("#share=garbage")).toEqual({ kind: "error", reason: "corrupt" });
    const hash = (await encodeShare({ cell: "c", code }))!;
    expect(await decodeShare(hash.slice(0, -6))).toEqual({ kind: "error", reason: "corrupt" });
  });

  it("a link from a newer version of the site says so", async () => {
    const hash = (await encodeShare({ cell: "c", code }))!;
    expect(await decodeShare(hash.replace("#share=1.", "#share=2."))).toEqual({
      kind: "error",
      reason: "version",
    });
  });
});

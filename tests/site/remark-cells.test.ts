import { describe, expect, it } from "vitest";
import remarkCells, { parseCellMeta, runPageCells } from "../../src/build/remark-cells.ts";

/** A markdown tree with fenced TypeScript cells, as remark parses them. */
function page(...cells: { meta: string; code: string; line?: number }[]) {
  return {
    type: "root",
    children: cells.map((c, i) => ({
      type: "code",
      lang: "ts",
      meta: c.meta,
      value: c.code,
      position: { start: { line: c.line ?? 10 * (i + 1) } },
    })),
  };
}
const file = { path: "/site/content/chapters/en/09-test.mdx" };
/** Run the plugin on a hand-made tree (the plugin is typed for unified's Root and VFile). */
const transform = (tree: ReturnType<typeof page>) => remarkCells()(tree as never, file as never);
const attr = (node: { attributes: { name: string; value: string }[] }, name: string) =>
  node.attributes.find((a) => a.name === name)?.value;

describe("cell meta", () => {
  it("reads the id and an intended error from a fence's meta", () => {
    expect(parseCellMeta('cell id="softmax-1"')).toEqual({ id: "softmax-1", expectError: false });
    expect(parseCellMeta('cell id="oops" expect="error"')).toEqual({ id: "oops", expectError: true });
    expect(parseCellMeta('title="x"')).toBeUndefined();
    expect(parseCellMeta(null)).toBeUndefined();
  });
});

describe("the cells remark plugin", () => {
  it("runs a page's cells in one scope and replaces each with a <Cell> holding code and output", async () => {
    const tree = page(
      { meta: 'cell id="a"', code: "const x: number = 20;" },
      { meta: 'cell id="b"', code: "x + 22" },
    );
    await transform(tree);
    const [a, b] = tree.children as unknown as {
      type: string;
      name: string;
      attributes: { name: string; value: string }[];
    }[];
    expect(a.type).toBe("mdxJsxFlowElement");
    expect(a.name).toBe("Cell");
    expect(attr(a, "id")).toBe("a");
    expect(attr(a, "code")).toBe("const x: number = 20;");
    expect(attr(a, "lang")).toBe("en");
    expect(attr(a, "outputHtml")).toContain(">x</span> = 20");
    expect(attr(b, "outputHtml")).toContain(">42<");
  });

  it("fails the build on an unexpected error, naming the page, the cell and the line", async () => {
    const tree = page({ meta: 'cell id="boom"', code: "const a = 1;\nnull!.x;", line: 30 });
    await expect(transform(tree)).rejects.toThrow(
      /content\/chapters\/en\/09-test\.mdx:32, cell "boom" line 2: TypeError/,
    );
  });

  it("keeps an intended error as the cell's output, and fails when it does not happen", async () => {
    const tree = page({ meta: 'cell id="oops" expect="error"', code: 'throw new RangeError("on purpose")' });
    await transform(tree);
    const node = tree.children[0] as unknown as { attributes: { name: string; value: string }[] };
    expect(attr(node, "expect")).toBe("error");
    expect(attr(node, "outputHtml")).toContain("RangeError");
    await expect(transform(page({ meta: 'cell id="fine" expect="error"', code: "1 + 1" }))).rejects.toThrow(
      /cell "fine" is marked expect="error" but ran without an error/,
    );
  });

  it("rejects duplicate and missing ids", async () => {
    await expect(
      transform(page({ meta: 'cell id="a"', code: "1" }, { meta: 'cell id="a"', code: "2" })),
    ).rejects.toThrow(/two cells have the id "a"/);
    await expect(transform(page({ meta: "cell", code: "1" }))).rejects.toThrow(/needs an id/);
  });

  it("ends a runaway cell at the time limit instead of hanging the build", async () => {
    const run = runPageCells(
      [
        { id: "ok", code: "1" },
        { id: "loop", code: "while (true) {}" },
      ],
      1000,
    );
    await expect(run).rejects.toMatchObject({ message: "ran longer than 1 s", cellId: "loop" });
  });

  it("imports the attention library at build time", async () => {
    const tree = page({
      meta: 'cell id="lib"',
      code: 'import { softmax } from "attention";\nsoftmax([0, 0])',
    });
    await transform(tree);
    expect(attr(tree.children[0] as never, "outputHtml")).toContain(">0.5</td>");
  });
});

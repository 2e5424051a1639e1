import { describe, expect, it } from "vitest";
import { compileCell, runCell, type RuntimeEnv } from "../../src/kernel/runtime.ts";
import { Notebook, dependents, providers } from "../../src/kernel/notebook.ts";

const env: RuntimeEnv = {
  importModule: async (spec) => {
    if (spec === "attention") return { double: (x: number) => 2 * x };
    throw new Error(`no module ${spec}`);
  },
};

describe("compileCell", () => {
  it("finds the names a cell declares and the names it uses from outside", () => {
    const c = compileCell(
      "a",
      `import { double } from "attention";\nconst { x, y: [z] } = input;\nfunction f(n: number) { return n + w; }\nclass K {}`,
    );
    expect(c.error).toBeUndefined();
    expect(c.declared.sort()).toEqual(["K", "double", "f", "x", "z"]);
    expect(c.free).toContain("input");
    expect(c.free).toContain("w");
    expect(c.free).not.toContain("y");
  });

  it("reports a TypeScript syntax error at the reader's line and column", () => {
    const c = compileCell("bad", `const a = 1;\nconst b: number = (;\n`);
    expect(c.error?.name).toBe("SyntaxError");
    expect(c.error?.line).toBe(2);
    expect(c.error?.column).toBe(20);
  });
});

describe("runCell", () => {
  it("returns the last expression's value, console lines and the declared names", async () => {
    const c = compileCell("v", `const a: number = 2;\nconsole.log("a is", a);\na * 21`);
    const out = await runCell(c, {}, env);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.values).toEqual({ a: 2 });
    expect(out.items).toEqual([
      { kind: "log", level: "log", text: "a is 2" },
      { kind: "value", value: { t: "number", v: 42 } },
    ]);
  });

  it("shows the names a cell only defines", async () => {
    const out = await runCell(
      compileCell("d", `const keys = new Float32Array(6);\nfunction attention() {}`),
      {},
      env,
    );
    expect(out.items).toEqual([
      {
        kind: "names",
        entries: [
          ["keys", { t: "matrix", ctor: "Float32Array", rows: 1, cols: 6, data: [[0, 0, 0, 0, 0, 0]] }],
          ["attention", { t: "function", name: "attention" }],
        ],
      },
    ]);
  });

  it("imports from the library through the environment", async () => {
    const out = await runCell(compileCell("i", `import { double } from "attention";\ndouble(21)`), {}, env);
    expect(out.items).toEqual([{ kind: "value", value: { t: "number", v: 42 } }]);
  });

  it("maps a runtime error to the reader's line and column, after type annotations were removed", async () => {
    const code = `const n: number = 1;\nconst o: { x?: { y: number } } = {};\nconst v = (o as any).x.y;`;
    const out = await runCell(compileCell("err", code), {}, env);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.name).toBe("TypeError");
    expect(out.error.line).toBe(3);
    // V8 points at the property read: `.y` starts at column 23, `y` at 24
    expect(out.error.column).toBe(24);
  });

  it("maps an error in the last expression to its line", async () => {
    const out = await runCell(compileCell("last", `const a = 1;\n\nnull!.boom`), {}, env);
    expect(out.ok ? undefined : out.error.line).toBe(3);
  });
});

describe("dependency tracking", () => {
  const cells = [
    { declared: ["a"], free: [] },
    { declared: ["b"], free: ["a"] },
    { declared: ["c"], free: ["Math"] },
    { declared: ["d"], free: ["b", "c"] },
    { declared: ["a"], free: [] },
    { declared: [], free: ["a"] },
  ];

  it("takes each name from the nearest cell above that defines it", () => {
    expect(providers(cells, 3)).toEqual(
      new Map([
        ["b", 1],
        ["c", 2],
      ]),
    );
    expect(providers(cells, 5)).toEqual(new Map([["a", 4]]));
  });

  it("finds every cell that depends on a cell, directly or through others, in page order", () => {
    expect(dependents(cells, 0)).toEqual([1, 3]);
    expect(dependents(cells, 2)).toEqual([3]);
    expect(dependents(cells, 4)).toEqual([5]);
    expect(dependents(cells, 5)).toEqual([]);
  });
});

describe("Notebook", () => {
  it("re-running an edited cell re-runs its dependents with the new value", async () => {
    const nb = new Notebook(env);
    const seen: string[] = [];
    const report = (id: string, o: unknown) => {
      if (o !== "start") seen.push(id);
    };
    nb.setCells([
      { id: "a", code: "const x = 1;" },
      { id: "b", code: "const y = x + 1;\ny" },
      { id: "other", code: "const z = 5;" },
    ]);
    await nb.runAll(report);
    expect(seen).toEqual(["a", "b", "other"]);
    seen.length = 0;
    nb.setCells([
      { id: "a", code: "const x = 10;" },
      { id: "b", code: "const y = x + 1;\ny" },
      { id: "other", code: "const z = 5;" },
    ]);
    const results: unknown[] = [];
    await nb.run("a", (id, o) => {
      if (o !== "start") results.push([id, o.items]);
    });
    expect(results).toEqual([
      ["a", [{ kind: "names", entries: [["x", { t: "number", v: 10 }]] }]],
      ["b", [{ kind: "value", value: { t: "number", v: 11 } }]],
    ]);
  });

  it("runs the cells a cell needs first when they have not run yet", async () => {
    const nb = new Notebook(env);
    nb.setCells([
      { id: "a", code: "const x = 2;" },
      { id: "b", code: "x * 3" },
    ]);
    const ran: string[] = [];
    await nb.run("b", (id, o) => {
      if (o === "start") ran.push(id);
    });
    expect(ran).toEqual(["a", "b"]);
  });

  it("prepares a cell: runs what it needs, directly or through others, but neither the cell nor unrelated cells", async () => {
    const nb = new Notebook(env);
    nb.setCells([
      { id: "a", code: "const x = 2;" },
      { id: "unrelated", code: "const u = 1;" },
      { id: "b", code: "const y = x * 3;" },
      { id: "stuck", code: "y + 1" },
      { id: "after", code: "y - 1" },
    ]);
    const ran: string[] = [];
    await nb.prepare("stuck", (id, o) => {
      if (o === "start") ran.push(id);
    });
    expect(ran).toEqual(["a", "b"]);
    // Already there: preparing again runs nothing.
    ran.length = 0;
    await nb.prepare("stuck", (id, o) => {
      if (o === "start") ran.push(id);
    });
    expect(ran).toEqual([]);
  });

  it("tells a cell that the cell it needs did not finish", async () => {
    const nb = new Notebook(env);
    nb.setCells([
      { id: "a", code: "const x = 2;" },
      { id: "b", code: "x * 3" },
    ]);
    nb.markFailed("a", { name: "Stopped", message: "stopped", kind: "stopped" });
    let outcome: unknown;
    await nb.run("b", (_id, o) => {
      if (o !== "start") outcome = o;
    });
    expect(outcome).toMatchObject({
      ok: false,
      error: { message: 'x comes from cell "a", which did not finish' },
    });
  });

  it("says it in Korean on a Korean page: a cell that did not finish, an export, a thrown value", async () => {
    const nb = new Notebook({ ...env, lang: () => "ko" });
    nb.setCells([
      { id: "a", code: "const x = 2;" },
      { id: "b", code: "x * 3" },
      { id: "c", code: "export const y = 1;" },
      { id: "d", code: "throw 42;" },
    ]);
    nb.markFailed("a", { name: "Stopped", message: "stopped", kind: "stopped" });
    const outcomes: Record<string, unknown> = {};
    for (const id of ["b", "c", "d"])
      await nb.run(id, (cell, o) => {
        if (o !== "start") outcomes[cell] = o;
      });
    expect(outcomes.b).toMatchObject({
      error: { message: 'x는 셀 "a"에서 만드는 값인데, 그 셀이 끝까지 실행되지 않았습니다' },
    });
    expect(outcomes.c).toMatchObject({
      error: { message: expect.stringMatching(/^셀에서는 export를 쓰지 않습니다/) },
    });
    expect(outcomes.d).toMatchObject({ error: { message: "오류 객체가 아닌 값을 던졌습니다: 42" } });
  });
});

describe("Plot in cells", () => {
  it("draws a chart as SVG markup, with Plot.plot and with a mark's own .plot()", async () => {
    const { loadPlot } = await import("../../src/kernel/plot.ts");
    const withPlot: RuntimeEnv = { ...env, plot: () => loadPlot(1) };
    for (const code of ["Plot.plot({ marks: [Plot.barY([3, 1, 2])] })", "Plot.barY([3, 1, 2]).plot()"]) {
      const out = await runCell(compileCell("chart", code), {}, withPlot);
      expect(out.ok).toBe(true);
      const item = out.items[0];
      expect(item.kind === "value" && item.value.t).toBe("html");
      const html = item.kind === "value" && item.value.t === "html" ? item.value.html : "";
      expect(html).toMatch(/^<svg/);
      expect(html.match(/<rect/g)?.length).toBe(3);
    }
  });
});

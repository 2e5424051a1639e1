import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createTypeService, topLevelNames, type TypeService } from "../../src/kernel/typescript/core.ts";
import { serviceFiles } from "../../src/kernel/typescript/files.ts";

const koMessages = JSON.parse(
  readFileSync("node_modules/typescript/lib/ko/diagnosticMessages.generated.json", "utf8"),
) as Record<string, string>;

/** Position of the end of the first `marker` in `code` (where a reader's cursor would be). */
const after = (code: string, marker: string) => {
  const i = code.indexOf(marker);
  if (i < 0) throw new Error(`no ${marker} in the code`);
  return i + marker.length;
};

const cell1 = `import { attend, softmax } from "attention";
const keys = [[1, 0], [0, 1]];
const values = [[10, 0], [0, 10]];
let step = 1;`;

let en: TypeService;
beforeAll(() => {
  en = createTypeService(serviceFiles, "en");
});

describe("names a cell declares", () => {
  it("finds variables (with destructuring), functions, classes, types and imports", () => {
    const names = topLevelNames(`import { a, b as c } from "attention";
import * as ns from "x";
const { d, e: [f] } = obj;
let g = 1, h;
function k() {}
class K {}
type T = number;
interface I {}
{ const inner = 1; }`);
    expect(names.map((n) => n.name).sort()).toEqual(
      ["I", "K", "T", "a", "c", "d", "f", "g", "h", "k", "ns"].sort(),
    );
    expect(names.filter((n) => n.mutable).map((n) => n.name)).toEqual(["g", "h"]);
  });
});

describe("a cell sees the cells above it", () => {
  it("has no error for a correct use of an earlier cell's names", () => {
    const code = `const result = attend([1, 0], keys, values);
const w: Float32Array = result.weights;
step = step + 1;
display(softmax(w));`;
    en.setCells([
      { id: "one", code: cell1 },
      { id: "two", code },
    ]);
    expect(en.diagnostics({ cell: "one" })).toEqual([]);
    expect(en.diagnostics({ cell: "two" })).toEqual([]);
  });

  it("reports a type error when an earlier cell's name is used wrongly, at the reader's position", () => {
    const code = `const n: number = keys;\nconst ok = 1;`;
    en.setCells([
      { id: "one", code: cell1 },
      { id: "two", code },
    ]);
    const found = en.diagnostics({ cell: "two" });
    expect(found).toHaveLength(1);
    expect(found[0].code).toBe(2322);
    expect(found[0].message).toBe("Type 'number[][]' is not assignable to type 'number'.");
    expect(code.slice(found[0].from, found[0].to)).toBe("n");
  });

  it("does not know a name that a later cell defines", () => {
    const code = `const total = later + 1;`;
    en.setCells([
      { id: "one", code: cell1 },
      { id: "two", code },
      { id: "three", code: `const later = 2;` },
    ]);
    const found = en.diagnostics({ cell: "two" });
    expect(found.map((d) => d.message)).toEqual(["Cannot find name 'later'."]);
    expect(code.slice(found[0].from, found[0].to)).toBe("later");
  });

  it("takes a name from the nearest cell above that declares it, and lets a cell shadow it", () => {
    en.setCells([
      { id: "one", code: `const x = 1;` },
      { id: "two", code: `const x = "text";` },
      { id: "three", code: `const n: number = x;` },
      { id: "four", code: `const x = [1, 2];\nconst y: number[] = x;` },
    ]);
    expect(en.diagnostics({ cell: "two" })).toEqual([]);
    expect(en.diagnostics({ cell: "three" }).map((d) => d.message)).toEqual([
      "Type 'string' is not assignable to type 'number'.",
    ]);
    expect(en.diagnostics({ cell: "four" })).toEqual([]);
  });

  it("reports an error after an edit to an earlier cell changes a name's type", () => {
    en.setCells([
      { id: "one", code: `const size = 3;` },
      { id: "two", code: `const half: number = size / 2;` },
    ]);
    expect(en.diagnostics({ cell: "two" })).toEqual([]);
    en.update({ cell: "one" }, `const size = "3";`);
    expect(en.diagnostics({ cell: "two" }).map((d) => d.code)).toEqual([2362]);
  });

  it("knows what the kernel gives every cell: display, console, Plot", () => {
    en.setCells([
      { id: "one", code: `display(1);\nconsole.log("hi");\nPlot.plot({ marks: [Plot.dot([1, 2])] });` },
    ]);
    expect(en.diagnostics({ cell: "one" })).toEqual([]);
  });
});

describe("editor help", () => {
  it("completes library names: att → attend", () => {
    const code = `import { attend } from "attention";\natt`;
    en.setCells([{ id: "one", code }]);
    const found = en.completions({ cell: "one" }, code.length)!;
    expect(found.from).toBe(code.length - 3);
    expect(found.items.map((i) => i.label)).toContain("attend");
  });

  it("completes the names the library exports inside an import", () => {
    const code = `import { so } from "attention";`;
    en.setCells([{ id: "one", code }]);
    const found = en.completions({ cell: "one" }, after(code, "so"))!;
    expect(found.items.map((i) => i.label)).toEqual(
      expect.arrayContaining(["softmax", "attend", "createSeq2Seq"]),
    );
  });

  it("completes an earlier cell's names, with their members", () => {
    const code = `const r = attend([1, 0], keys, values);\nr.`;
    en.setCells([
      { id: "one", code: cell1 },
      { id: "two", code },
    ]);
    const names = en.completions({ cell: "two" }, after(code, "attend"))!.items.map((i) => i.label);
    expect(names).toEqual(expect.arrayContaining(["keys", "values", "softmax", "step"]));
    const members = en.completions({ cell: "two" }, code.length)!.items.map((i) => i.label);
    expect(members.sort()).toEqual(["scores", "value", "weights"]);
  });

  it("shows attend's type and JSDoc on hover, also where an earlier cell imported it", () => {
    const code = `const r = attend([1, 0], keys, values);`;
    en.setCells([
      { id: "one", code: cell1 },
      { id: "two", code },
    ]);
    const hover = en.hover({ cell: "two" }, after(code, "att"))!;
    expect(code.slice(hover.from, hover.to)).toBe("attend");
    expect(hover.signature).toContain(
      "attend(query: Vector, keys: ReadonlyArray<Vector>, values: ReadonlyArray<Vector>",
    );
    expect(hover.signature).not.toContain("import");
    expect(hover.documentation).toContain("score the query against every key");
    expect(hover.tags.find((t) => t.name === "example")?.text).toContain("attend([1, 0], keys, values)");
  });

  it("shows the parameters of the call being typed", () => {
    const code = `softmax([1, 2, 3], `;
    en.setCells([
      { id: "one", code: cell1 },
      { id: "two", code },
    ]);
    const help = en.signatureHelp({ cell: "two" }, code.length)!;
    expect(help.label).toMatch(/^softmax\(scores: ArrayLike<number>, temperature\?: number\): Float32Array/);
    expect(help.label.slice(help.activeFrom, help.activeTo)).toBe("temperature?: number");
  });
});

describe("the library", () => {
  it("type-checks the shipped library with no error", () => {
    for (const file of Object.keys(serviceFiles.library)) expect(en.diagnostics({ file }), file).toEqual([]);
  });

  it("uses the reader's edited library in the cells", () => {
    const edited = {
      ...serviceFiles.library,
      "attention.ts": serviceFiles.library["attention.ts"].replace(
        "export function softmax(scores: ArrayLike<number>, temperature = 1)",
        "export function softmax(scores: ArrayLike<number>, temperature: string)",
      ),
    };
    const service = createTypeService(serviceFiles, "en");
    service.setCells([{ id: "one", code: `import { softmax } from "attention";\nsoftmax([1, 2], 0.5);` }]);
    expect(service.diagnostics({ cell: "one" })).toEqual([]);
    service.setLibrary(edited);
    expect(service.diagnostics({ cell: "one" }).map((d) => d.message)).toEqual([
      "Argument of type 'number' is not assignable to parameter of type 'string'.",
    ]);
    expect(service.diagnostics({ file: "attention.ts" }).length).toBeGreaterThan(0);
    service.setLibrary(null);
    expect(service.diagnostics({ cell: "one" })).toEqual([]);
  });
});

describe("messages in the reader's language", () => {
  it("says the error in Korean on Korean pages", () => {
    const ko = createTypeService({ ...serviceFiles, koMessages }, "ko");
    ko.setCells([
      { id: "one", code: cell1 },
      { id: "two", code: `const n: number = keys;\nqxz;` },
    ]);
    expect(ko.diagnostics({ cell: "two" }).map((d) => d.message)).toEqual([
      "'number[][]' 형식은 'number' 형식에 할당할 수 없습니다.",
      "'qxz' 이름을 찾을 수 없습니다.",
    ]);
    // The English service next to it still speaks English.
    en.setCells([{ id: "one", code: `qxz;` }]);
    expect(en.diagnostics({ cell: "one" }).map((d) => d.message)).toEqual(["Cannot find name 'qxz'."]);
  });
});

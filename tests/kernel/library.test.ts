import { describe, expect, it } from "vitest";
import { dataUrl, librarySources } from "./library-sources.ts";
import { loadLibrary, moduleOrder, resolveImport, LibraryError } from "../../src/kernel/library.ts";

describe("the edited library loader", () => {
  it("resolves ./x, ./x.ts and ./dir/index.ts imports", () => {
    const files = { "index.ts": "", "a.ts": "", "data/index.ts": "", "data/dates.ts": "" };
    expect(resolveImport("index.ts", "./a.ts", files)).toBe("a.ts");
    expect(resolveImport("index.ts", "./a", files)).toBe("a.ts");
    expect(resolveImport("index.ts", "./data", files)).toBe("data/index.ts");
    expect(resolveImport("data/dates.ts", "../a.ts", files)).toBe("a.ts");
    expect(resolveImport("index.ts", "./missing", files)).toBeUndefined();
  });

  it("orders files so that every file comes after the files it imports", () => {
    const order = moduleOrder({
      "index.ts": 'export * from "./b.ts";\nexport { a } from "./a.ts";',
      "a.ts": "export const a = 1;",
      "b.ts": 'import { a } from "./a.ts";\nexport const b = a + 1;',
    });
    expect(order).toEqual(["a.ts", "b.ts", "index.ts"]);
  });

  it("names an import cycle instead of hanging", () => {
    const files = {
      "index.ts": 'export * from "./a.ts";',
      "a.ts": 'import { b } from "./b.ts";\nexport const a = b;',
      "b.ts": 'import { a } from "./a.ts";\nexport const b = a;',
    };
    expect(() => moduleOrder(files)).toThrow(LibraryError);
    expect(() => moduleOrder(files)).toThrow("import cycle: a.ts → b.ts → a.ts");
  });

  it("says its own errors in the page's language (a cycle, a missing file, no index.ts)", async () => {
    const cycle = {
      "index.ts": 'export * from "./a.ts";',
      "a.ts": 'import { b } from "./b.ts";\nexport const a = b;',
      "b.ts": 'import { a } from "./a.ts";\nexport const b = a;',
    };
    expect(() => moduleOrder(cycle, "index.ts", "ko")).toThrow("import가 순환합니다: a.ts → b.ts → a.ts");
    const missing = { "index.ts": 'export * from "./gone.ts";' };
    expect(() => moduleOrder(missing, "index.ts", "ko")).toThrow('"./gone.ts"를 찾을 수 없습니다');
    expect(() => moduleOrder(missing)).toThrow('cannot find "./gone.ts"');
    expect(() => moduleOrder({ "a.ts": "" }, "index.ts", "ko")).toThrow(
      "라이브러리에 index.ts 파일이 없습니다",
    );
    const error = await loadLibrary(cycle, dataUrl, undefined, "ko").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as Error).message).toBe("import가 순환합니다: a.ts → b.ts → a.ts");
  });

  it("lets type-only imports form a cycle (they are erased), and still names a cycle of real imports", async () => {
    const files = {
      "index.ts": 'export * from "./a.ts";',
      "a.ts": 'import { b } from "./b.ts";\nexport type A = number;\nexport const a: A = b + 1;',
      "b.ts": 'import type { A } from "./a.ts";\nexport const b: A = 1;',
    };
    expect(moduleOrder(files)).toEqual(["b.ts", "a.ts", "index.ts"]);
    expect((await loadLibrary(files, dataUrl)).module.a).toBe(2);
    const real = { ...files, "b.ts": 'import { type A, a } from "./a.ts";\nexport const b: A = a;' };
    expect(() => moduleOrder(real)).toThrow("import cycle: a.ts → b.ts → a.ts");
  });

  it("loads the real library from its sources, and an edit changes what it computes", async () => {
    const files = librarySources();
    const { module } = await loadLibrary(files, dataUrl);
    const softmax = module.softmax as (x: number[]) => Float32Array;
    expect(Array.from(softmax([0, 0]))).toEqual([0.5, 0.5]);

    const edited = {
      ...files,
      "attention.ts": files["attention.ts"].replace(
        /export function softmax\(/,
        "export function softmax(...args: [ArrayLike<number>, number?]): Float32Array { return Float32Array.of(42); }\nfunction originalSoftmax(",
      ),
    };
    const second = await loadLibrary(edited, dataUrl);
    expect(Array.from((second.module.softmax as (x: number[]) => Float32Array)([0, 0]))).toEqual([42]);
  });

  it("reports a syntax error in an edited file with the file and line", async () => {
    const files = {
      "index.ts": 'export * from "./a.ts";',
      "a.ts": "export const a = 1;\nexport const b = (;\n",
    };
    const error = await loadLibrary(files, dataUrl).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect(error).toMatchObject({ file: "a.ts", line: 2 });
  });

  it("names each file as its top-level code starts to run, imports first (so a file that never finishes loading can be named)", async () => {
    const files = {
      "index.ts": 'export * from "./b.ts";',
      "a.ts": "export const a = 1;",
      "b.ts": 'import { a } from "./a.ts";\nexport const b = a + 1;',
    };
    const started: string[] = [];
    const { module } = await loadLibrary(files, dataUrl, (file, phase) => started.push(`${phase} ${file}`));
    expect(module.b).toBe(2);
    expect(started).toEqual([
      "compile a.ts",
      "compile b.ts",
      "compile index.ts",
      "run a.ts",
      "run b.ts",
      "run index.ts",
    ]);
  });
});

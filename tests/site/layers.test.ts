// The site's layers, checked on its source:
// - imports flow one way, lib ← kernel ← widgets ← components ← layouts ← pages: a file may import
//   from its own layer or a lower one, never from a higher one (aliases from tsconfig.json's
//   `paths` are followed like relative paths, so `from "attention"` is an import of the library);
// - the library and the kernel build no DOM: the kernel runs the reader's code and stores their
//   work, and only the files named in KERNEL_DOM touch the page;
// - content/ (chapters, exercises, figures, facts) imports only what it is allowed to.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const src = join(root, "src");
const layers = ["lib/attention", "kernel", "widgets", "components", "layouts", "pages"];

/**
 * The kernel files that may use the page's DOM, each for a reason: the sandbox host makes the
 * iframe the reader's code runs in, and the page client reads the page's cells. (plot.ts gives
 * Plot linkedom's document inside the worker: a document, but not the page's.)
 */
const KERNEL_DOM = ["kernel/sandbox/host.ts", "kernel/client.ts", "kernel/plot.ts"];

/** What content/ may import, besides its own files: the library, strings, the shipped models' data, the checks' contract, inline text. */
const CONTENT_MAY_IMPORT = [
  "src/lib/attention/",
  "src/i18n/",
  "public/models/",
  "src/kernel/checking/exercise.ts",
  "src/components/ExerciseText.ts",
  "content/",
];

const files = (dir: string, ext = /\.(ts|tsx|astro|mjs)$/): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );

const rel = (path: string, from = src) => relative(from, path).split("\\").join("/");

/** The layer index of a path under src/, or undefined for shared ground (i18n, styles, build). */
function layerOf(path: string): number | undefined {
  const r = rel(path);
  const i = layers.findIndex((l) => r === l || r.startsWith(`${l}/`));
  return i === -1 ? undefined : i;
}

/** tsconfig.json's path aliases: `attention` → src/lib/attention/index.ts. */
const aliases = Object.entries(
  (
    JSON.parse(readFileSync(join(root, "tsconfig.json"), "utf8")) as {
      compilerOptions: { paths?: Record<string, string[]> };
    }
  ).compilerOptions.paths ?? {},
).map(([name, [target]]) => ({ name, target: resolve(root, target) }));

/** Every module a file imports (static, side-effect and dynamic imports), relative or by alias. */
function importsOf(text: string): string[] {
  return [
    ...text.matchAll(/\bfrom\s+["']([^"']+)["']/g),
    ...text.matchAll(/\bimport\s*\(?\s*["']([^"']+)["']/g),
  ].map((m) => m[1]);
}

/** Where `spec`, imported by `file`, points: an absolute path, or undefined for a package. */
function target(file: string, spec: string): string | undefined {
  if (spec.startsWith(".")) return resolve(dirname(file), spec.replace(/\?.*$/, ""));
  return aliases.find((a) => a.name === spec)?.target;
}

/** The code of a file, without its Astro template and style (only the frontmatter and scripts are code). */
function codeOf(path: string, text: string): string {
  if (!path.endsWith(".astro")) return text;
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "";
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [front, ...scripts].join("\n");
}

const DOM_NAMES = new Set([
  "document",
  "window",
  "customElements",
  "MutationObserver",
  "IntersectionObserver",
  "ShadowRoot",
  "Element",
]);
const DOM_MEMBERS = new Set([
  "querySelector",
  "querySelectorAll",
  "getElementById",
  "createElement",
  "innerHTML",
  "attachShadow",
]);

/** The DOM a piece of code uses: names like `document.`, `HTMLElement`, `.querySelector(` (not in comments or strings). */
function domUses(code: string): string[] {
  const found = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isMemberName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node);
      const name = node.text;
      if (isMemberName && DOM_MEMBERS.has(name)) found.add(`.${name}`);
      else if (!isMemberName && (DOM_NAMES.has(name) || /^HTML\w*Element$/.test(name))) found.add(name);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile("x.ts", code, ts.ScriptTarget.Latest, true));
  return [...found];
}

const sources = files(src).map((path) => ({ path, text: readFileSync(path, "utf8") }));

describe("imports follow lib ← kernel ← widgets ← components ← layouts ← pages", () => {
  it("no file imports from a layer above its own", () => {
    const backEdges: string[] = [];
    for (const { path, text } of sources) {
      const from = layerOf(path);
      if (from === undefined) continue;
      for (const spec of importsOf(text)) {
        const to = target(path, spec);
        const layer = to === undefined ? undefined : layerOf(to);
        if (layer !== undefined && layer > from) backEdges.push(`${rel(path)} → ${spec}`);
      }
    }
    expect(backEdges).toEqual([]);
  });

  it("would notice a back edge, also through an alias", () => {
    const widget = join(src, "widgets/shared/dom.ts");
    const spec = importsOf('import { whenNear } from "../../components/when-near.ts";')[0];
    expect(layerOf(target(widget, spec)!)).toBeGreaterThan(layerOf(widget)!);
    const lib = join(src, "lib/attention/attention.ts");
    const alias = importsOf('import { attend } from "attention";')[0];
    expect(layerOf(target(lib, alias)!)).toBe(layerOf(lib));
    expect(
      aliases.every((a) => existsSync(a.target)),
      "every tsconfig alias names a file",
    ).toBe(true);
  });
});

describe("the library and the kernel build no DOM", () => {
  const inKernelOrLib = sources.filter(({ path }) => [0, 1].includes(layerOf(path) ?? -1));

  it("the library uses no DOM, and the kernel only in " + KERNEL_DOM.join(", "), () => {
    const uses = inKernelOrLib
      .filter(({ path }) => !KERNEL_DOM.includes(rel(path)))
      .flatMap(({ path, text }) => domUses(codeOf(path, text)).map((u) => `${rel(path)}: ${u}`));
    expect(uses).toEqual([]);
  });

  it("each allowed kernel file exists and still needs its allowance", () => {
    for (const file of KERNEL_DOM) {
      const path = join(src, file);
      expect(existsSync(path), file).toBe(true);
      expect(domUses(readFileSync(path, "utf8")), file).not.toEqual([]);
    }
  });

  it("would notice DOM code, and not mistake comments, strings or a property called window for it", () => {
    expect(domUses("const b = document.createElement('button');")).toEqual(["document", ".createElement"]);
    expect(domUses("function f(cell: HTMLElement) { return cell.querySelector('.x'); }")).toEqual([
      "HTMLElement",
      ".querySelector",
    ]);
    expect(domUses("const x = 1; // document.body\nconst s = 'window.open';\ng.window ??= {};")).toEqual([]);
  });
});

describe("content/ imports only what it may", () => {
  it(`imports only from ${CONTENT_MAY_IMPORT.join(", ")}`, () => {
    const outside: string[] = [];
    for (const path of files(join(root, "content"), /\.(ts|astro|mdx)$/)) {
      for (const spec of importsOf(readFileSync(path, "utf8"))) {
        const to = target(path, spec);
        if (!to) continue; // a package (katex, astro:…)
        const r = rel(to, root);
        if (!CONTENT_MAY_IMPORT.some((allowed) => r === allowed || r.startsWith(allowed)))
          outside.push(`${rel(path, root)} → ${spec}`);
      }
    }
    expect(outside).toEqual([]);
  });
});

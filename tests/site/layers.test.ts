// The site's data flow, checked on its source: lib ← kernel ← widgets ← components ← layouts ←
// pages. A file may import from its own layer or a lower one, never from a higher one.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const src = resolve(import.meta.dirname, "../../src");
const layers = ["lib/attention", "kernel", "widgets", "components", "layouts", "pages"];

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.(ts|tsx|astro|mjs)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );

/** The layer index of a path under src/, or undefined for shared ground (i18n, styles, build). */
function layerOf(path: string): number | undefined {
  const rel = relative(src, path).split("\\").join("/");
  const i = layers.findIndex((l) => rel === l || rel.startsWith(`${l}/`));
  return i === -1 ? undefined : i;
}

/** Every module a file imports by a relative path (static, side-effect and dynamic imports). */
function importsOf(text: string): string[] {
  const specs = [
    ...text.matchAll(/\bfrom\s+["']([^"']+)["']/g),
    ...text.matchAll(/\bimport\s*\(?\s*["']([^"']+)["']/g),
  ].map((m) => m[1]);
  return specs.filter((s) => s.startsWith("."));
}

describe("imports follow lib ← kernel ← widgets ← components ← layouts ← pages", () => {
  it("no file imports from a layer above its own", () => {
    const backEdges: string[] = [];
    for (const file of files(src)) {
      const from = layerOf(file);
      if (from === undefined) continue;
      for (const spec of importsOf(readFileSync(file, "utf8"))) {
        const to = layerOf(resolve(dirname(file), spec));
        if (to !== undefined && to > from) backEdges.push(`${relative(src, file)} → ${spec}`);
      }
    }
    expect(backEdges).toEqual([]);
  });

  it("would notice a back edge", () => {
    const widget = join(src, "widgets/shared/dom.ts");
    const spec = importsOf('import { whenNear } from "../../components/when-near.ts";')[0];
    expect(layerOf(resolve(dirname(widget), spec))).toBeGreaterThan(layerOf(widget)!);
  });
});

// The library's house rules, checked on its source: no imports from outside the library (no DOM,
// Astro, Plot or kernel), explicit .ts extensions, erasable TypeScript only, documented exports.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as library from "../../src/lib/attention/index.ts";

const root = join(import.meta.dirname, "../../src/lib/attention");
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
const sources = files(root).map((path) => ({ path: relative(root, path), text: readFileSync(path, "utf8") }));

describe("src/lib/attention stays pure and portable", () => {
  it("imports only its own files, with explicit .ts extensions", () => {
    for (const { path, text } of sources) {
      for (const m of text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+["']([^"']+)["']/gms)) {
        expect(m[1], `${path} imports ${m[1]}`).toMatch(/^\.\.?\/.*\.ts$/);
      }
      expect(text, path).not.toMatch(/\bimport\s*\(/);
    }
  });

  it("uses no DOM globals and only erasable TypeScript (no enum, namespace, parameter properties)", () => {
    for (const { path, text } of sources) {
      expect(text, path).not.toMatch(/\b(document|window|HTMLElement|localStorage)\b/);
      expect(text, path).not.toMatch(/^\s*(export\s+)?(const\s+)?enum\s/m);
      expect(text, path).not.toMatch(/^\s*(export\s+)?(declare\s+)?namespace\s/m);
      expect(text, path).not.toMatch(/constructor\([^)]*\b(public|private|protected|readonly)\s/);
    }
  });

  it("names the paper or equation it implements in every file header", () => {
    for (const { path, text } of sources.filter((s) => s.path !== "index.ts")) {
      expect(text.split("\n")[0], path).toMatch(/^\/\/ /);
    }
  });

  it("documents every exported function with an @example", () => {
    const all = sources.map((s) => s.text).join("\n");
    for (const [name, value] of Object.entries(library)) {
      if (typeof value !== "function") continue;
      const doc = new RegExp(
        `/\\*\\*((?!\\*/)[\\s\\S])*@example((?!\\*/)[\\s\\S])*\\*/\\s*export (async )?(function|class) ${name}\\b`,
      );
      expect(all, `${name} needs JSDoc with an @example`).toMatch(doc);
    }
  });
});

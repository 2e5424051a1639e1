import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { weighPage } from "../../scripts/check-budgets.ts";

/** A tiny built site: one page, a module that imports one file statically and one lazily. */
function fixture(base: string) {
  const dist = mkdtempSync(join(tmpdir(), "budgets-"));
  mkdirSync(join(dist, "_astro"));
  mkdirSync(join(dist, "en/chapters/x"), { recursive: true });
  const files = {
    "_astro/entry.js": `import { b } from "./b.js";\nb();\ndocument.body.onclick = () => import("./lazy.js");\n`,
    "_astro/b.js": `export function b() { console.log("b"); }\n`,
    "_astro/lazy.js": `export const big = "${"x".repeat(50_000)}${Math.random()}";\n`,
    "_astro/site.css": `body { color: red; }\n`,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, name), text);
  const html =
    `<!doctype html><html><head><link rel="stylesheet" href="${base}_astro/site.css">` +
    `<script type="module" src="${base}_astro/entry.js"></script></head><body>hi</body></html>`;
  writeFileSync(join(dist, "en/chapters/x/index.html"), html);
  const gz = (name: keyof typeof files) => gzipSync(files[name], { level: 9 }).length;
  return { dist, gz };
}

describe("first-load JavaScript", () => {
  it("counts a page's module and its static imports, not what it imports lazily", () => {
    const { dist, gz } = fixture("/");
    const w = weighPage(dist, "/en/chapters/x/");
    expect(w.scripts).toBe(2);
    expect(w.jsGzip).toBe(gz("_astro/entry.js") + gz("_astro/b.js"));
    expect(w.cssGzip).toBe(gz("_astro/site.css"));
    expect(w.totalGzip).toBeGreaterThan(w.jsGzip + w.cssGzip);
  });

  it("finds the files of a site built under a sub-path", () => {
    const { dist, gz } = fixture("/attention-live/");
    const w = weighPage(dist, "/en/chapters/x/", "/attention-live/");
    expect(w.jsGzip).toBe(gz("_astro/entry.js") + gz("_astro/b.js"));
  });
});

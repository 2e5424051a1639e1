import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ko } from "../../src/i18n/ko.ts";
import { en } from "../../src/i18n/en.ts";

const root = "content/chapters";
const slugs = (lang: string) =>
  readdirSync(join(root, lang))
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => f.replace(/\.mdx$/, ""))
    .sort();

/** The structure a reader sees and that must match between twins: headings, cells, widgets, exercises. */
function structure(source: string) {
  const body = source.replace(/^---[\s\S]*?---/, "");
  const withoutCode = body.replace(/```[\s\S]*?```/g, (block) =>
    block.match(/^```\w*\s+cell\b.*$/m) ? block : "",
  );
  return {
    headings: [...withoutCode.matchAll(/^(#{2,4}) /gm)].map((m) => m[1]),
    cells: [...body.matchAll(/^```\w*\s+cell\s.*?id="([^"]+)"/gm)].map((m) => m[1]),
    components: [...body.matchAll(/<([A-Z][A-Za-z]+)\b/g)].map((m) => m[1]),
    ids: [...body.matchAll(/\b(?:id|name)="([^"]+)"/g)].map((m) => m[1]),
    math: [...body.matchAll(/\$\$/g)].length,
  };
}

describe("Korean and English editions", () => {
  it("have the same chapter slugs", () => {
    expect(slugs("ko").length).toBeGreaterThan(0);
    expect(slugs("ko")).toEqual(slugs("en"));
  });

  it.each(slugs("ko"))("%s has the same headings, cells, widgets and display math in both", (slug) => {
    const koSrc = structure(readFileSync(join(root, "ko", `${slug}.mdx`), "utf8"));
    const enSrc = structure(readFileSync(join(root, "en", `${slug}.mdx`), "utf8"));
    expect(koSrc).toEqual(enSrc);
  });

  it("have UI strings with the same keys, none empty", () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const value of [...Object.values(ko), ...Object.values(en)]) expect(value.trim()).not.toBe("");
  });
});

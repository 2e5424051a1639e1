import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { exerciseList, quizList } from "../../content/exercises/index.ts";

const langs = ["ko", "en"] as const;
const slugs = readdirSync("content/chapters/en")
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => f.replace(/\.mdx$/, ""));
const chapterSource = (lang: string, slug: string) =>
  readFileSync(`content/chapters/${lang}/${slug}.mdx`, "utf8");
const glossary = (lang: string) => readFileSync(`content/glossary/${lang}.yml`, "utf8");
const glossaryIds = (lang: string) => [...glossary(lang).matchAll(/^- id: ([a-z0-9-]+)$/gm)].map((m) => m[1]);

/** Everything the course says in words: chapters, exercises, quizzes, glossary. */
function allContent(): string {
  const parts: string[] = [];
  for (const lang of langs) {
    for (const slug of slugs) parts.push(chapterSource(lang, slug));
    parts.push(glossary(lang));
  }
  parts.push(JSON.stringify(exerciseList), JSON.stringify(quizList));
  return parts.join("\n").replace(/\s+/g, " ");
}

describe("the lecture is retold, not copied", () => {
  // The lecture lives beside the repository (../shared/seed), as in CI; it is never copied into the repo.
  const seed = fileURLToPath(new URL("../../../shared/seed/", import.meta.url));
  const lecture = readdirSync(seed)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(seed + f, "utf8"))
    .join("\n");
  const sentences = lecture
    .split(/\n|(?<=[.!?다])\s+/)
    .map((s) => s.replace(/\*\*/g, "").replace(/\s+/g, " ").trim())
    .filter((s) => s.length >= 15 && s.split(" ").length >= 3);

  it("has sentences to compare against", () => {
    expect(sentences.length).toBeGreaterThan(5);
  });

  it("no sentence of the lecture appears verbatim in any chapter, exercise or glossary entry", () => {
    const content = allContent().replace(/\*\*/g, "");
    expect(sentences.filter((s) => content.includes(s))).toEqual([]);
  });
});

describe("internal links", () => {
  const pages = new Set<string>(["/ko/", "/en/"]);
  for (const lang of langs) {
    for (const slug of slugs) pages.add(`/${lang}/chapters/${slug}/`);
    for (const page of ["glossary", "progress", "library"]) {
      if (existsSync(`src/pages/[lang]/${page}.astro`)) pages.add(`/${lang}/${page}/`);
    }
  }

  it.each(langs.flatMap((lang) => slugs.map((slug) => [lang, slug] as const)))(
    "%s/%s links only to pages and glossary terms that exist",
    (lang, slug) => {
      const source = chapterSource(lang, slug);
      const links = [...source.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]);
      for (const link of links) {
        const [path, anchor] = link.split("#");
        expect(pages.has(path), `${lang}/${slug} links to ${link}`).toBe(true);
        expect(path.startsWith(`/${lang}/`), `${lang}/${slug} links to the other edition: ${link}`).toBe(
          true,
        );
        if (path.endsWith("/glossary/") && anchor) expect(glossaryIds(lang)).toContain(anchor);
      }
    },
  );
});

describe("glossary", () => {
  it("lists the same terms, in the same order, in both editions", () => {
    expect(glossaryIds("ko").length).toBeGreaterThan(20);
    expect(glossaryIds("ko")).toEqual(glossaryIds("en"));
  });

  it("points every term at a chapter that exists", () => {
    for (const lang of langs) {
      for (const [, chapter] of glossary(lang).matchAll(/^ {2}chapter: (\S+)$/gm))
        expect(slugs).toContain(chapter);
    }
  });

  it("covers the core terms of the course", () => {
    for (const id of [
      "query",
      "key",
      "value",
      "attention-score",
      "attention-weight",
      "softmax",
      "temperature",
      "attention-value",
      "alignment",
      "hidden-state",
      "concatenation",
      "teacher-forcing",
    ]) {
      expect(glossaryIds("en")).toContain(id);
    }
  });
});

describe("chapters", () => {
  it.each(slugs.filter((s) => s !== "00-intro" && s !== "09-closing"))(
    "%s has at least three cells and two exercises",
    (slug) => {
      const source = chapterSource("en", slug);
      expect([...source.matchAll(/^```ts cell /gm)].length).toBeGreaterThanOrEqual(3);
      expect(exerciseList.filter((e) => e.chapter === slug).length).toBeGreaterThanOrEqual(2);
    },
  );

  it.each(slugs)("%s runs the same cell code in both editions", (slug) => {
    const cells = (lang: string) =>
      [...chapterSource(lang, slug).matchAll(/^```ts cell id="([^"]+)"[^\n]*\n([\s\S]*?)^```/gm)].map((m) => [
        m[1],
        m[2],
      ]);
    expect(cells("ko")).toEqual(cells("en"));
  });

  it("every Korean chapter says what each display formula means right after it", () => {
    for (const slug of slugs) {
      const source = chapterSource("ko", slug);
      for (const match of source.matchAll(/\$\$\n[\s\S]*?\n\$\$\n\n([^\n]*)/g)) {
        const next = match[1];
        expect(next.length, `${slug}: after a formula`).toBeGreaterThan(0);
        expect(
          next.startsWith("$$") || next.startsWith("#") || next.startsWith("```"),
          `${slug}: "${next.slice(0, 40)}" follows a formula`,
        ).toBe(false);
      }
    }
  });
});

import { globSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineStrings, format, t } from "../../src/i18n/index.ts";

describe("defineStrings", () => {
  it("gives each language its own set, functions included", () => {
    const s = defineStrings({
      ko: { title: "제목", found: (n: number) => `${n}개` },
      en: { title: "Title", found: (n: number) => `${n} found` },
    });
    expect(s.ko.found(3)).toBe("3개");
    expect(s.en.title).toBe("Title");
  });

  it("lets the type checker catch a key missing from, or added to, one language", () => {
    // These lines are checked by `npm run typecheck`: each directive fails it if its line compiles.
    defineStrings({
      ko: { a: "가", b: "나" },
      // @ts-expect-error `b` is missing in English
      en: { a: "a" },
    });
    defineStrings({
      ko: { a: "가" },
      // @ts-expect-error `c` is not in Korean
      en: { a: "a", c: "c" },
    });
    defineStrings({
      ko: { nested: { a: "가" } },
      // @ts-expect-error a nested key differs
      en: { nested: { b: "b" } },
    });
    defineStrings({
      ko: { f: (n: number) => `${n}` },
      // @ts-expect-error a function takes other arguments
      en: { f: (n: string) => n },
    });
    expect(true).toBe(true);
  });
});

describe("format and t", () => {
  it("fill {name} placeholders; a missing value leaves nothing", () => {
    expect(format("{n} of {total}", { n: 2, total: 5 })).toBe("2 of 5");
    expect(format("a{x}b")).toBe("ab");
    expect(t("en", "search.results", { n: 3 })).toBe("3 results");
    expect(t("ko", "search.results", { n: 3 })).toBe("검색 결과 3개");
  });
});

describe("where the words live", () => {
  const sources = globSync("src/**/*.{ts,astro,mts,js}").sort();
  const HANGUL = /[\uAC00-\uD7A3]/;
  /** Files that hold Korean by design: string files, the i18n module, the date data. */
  const wordFile = (f: string) =>
    /(^|\/)[\w-]*strings\.ts$/.test(f) ||
    f.startsWith("src/i18n/") ||
    f === "src/lib/attention/data/dates.ts";

  it("Korean text in src/ is only in string files, src/i18n/ and the date data", () => {
    expect(sources.length).toBeGreaterThan(100);
    const holding = sources.filter((f) => !wordFile(f) && HANGUL.test(readFileSync(f, "utf8")));
    expect(holding).toEqual([]);
  });

  it('no code picks a text with lang === "ko" ? … : … (strings[lang] does)', () => {
    const ternary = /\blang\s*===\s*"(ko|en)"\s*\?/;
    // src/i18n/ is where the language is read (pageLang) and the strings are picked.
    const code = sources.filter((f) => !f.startsWith("src/i18n/"));
    expect(code.filter((f) => ternary.test(readFileSync(f, "utf8")))).toEqual([]);
  });
});

// One term per idea in everything a Korean reader sees, and particles that fit the value before
// them. The avoided variants come from content/glossary/ko.yml (its variants list itself is exempt).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exerciseList, quizList } from "../../content/exercises/index.ts";
import { particle, type Particle } from "../../src/i18n/particles.ts";

interface Source {
  where: string;
  text: string;
}

interface Avoided {
  entry: string;
  word: string;
  allow: string[];
}

const HANGUL = /\p{Script=Hangul}/u;

const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f))
    .sort();

/** A flow list of one line in the glossary (`[a, b c, d]`). */
const flowList = (line: string | undefined): string[] =>
  line === undefined
    ? []
    : line
        .replace(/^\[|\]$/g, "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);

/** The glossary's entries, field by field, from its YAML (one `key: value` line per field). */
function glossaryEntries(lang: string): Array<Record<string, string>> {
  const yml = readFileSync(`content/glossary/${lang}.yml`, "utf8");
  return yml
    .split(/^- /m)
    .slice(1)
    .map((block) => {
      const fields: Record<string, string> = {};
      for (const [, key, value] of block.matchAll(/^ {0,2}(\w+): (.*)$/gm)) fields[key!] = value!;
      return fields;
    });
}

const avoided: Avoided[] = glossaryEntries("ko").flatMap((e) =>
  flowList(e.avoid).map((word) => ({ entry: e.id!, word, allow: flowList(e.allow) })),
);

/** Source code a reader sees the strings of: comment lines and trailing comments dropped. */
function codeText(path: string): string {
  return readFileSync(path, "utf8")
    .replace(/<!--[\s\S]*?-->/g, "")
    .split("\n")
    .filter((line) => !/^\s*\{?(\/\/|\/\*|\*)/.test(line))
    .map((line) => line.replace(/\s\/\/\s.*$/, ""))
    .join("\n");
}

/** A chapter as the reader reads it: frontmatter and prose, without code blocks, inline code or imports. */
function chapterProse(path: string): string {
  return readFileSync(path, "utf8")
    .replace(/^```[\s\S]*?^```/gm, "")
    .replace(/`[^`\n]*`/g, "")
    .replace(/^(import|export) .*$/gm, "");
}

const korean: Source[] = [
  ...files("content/chapters/ko", /\.mdx$/).map((f) => ({
    where: f,
    text: chapterProse(f),
  })),
  ...[
    ...files("src", /\.(ts|astro)$/),
    ...files("content/figures", /\.astro$/),
    ...files("content/exercises", /\.ts$/),
  ].map((f) => ({ where: f, text: codeText(f) })),
  {
    where: "content/glossary/ko.yml (terms and definitions)",
    text: glossaryEntries("ko")
      .map((e) => `${e.term}\n${e.definition}`)
      .join("\n"),
  },
].filter((s) => HANGUL.test(s.text));

/** Where `word` stands as a word of its own (not the tail of another) and no allowed word covers it. */
export function findAvoided(text: string, { word, allow }: Omit<Avoided, "entry">): string[] {
  const pattern = new RegExp(`(?<!\\p{Script=Hangul})${word.replace(/\s+/g, "\\s+")}`, "gu");
  const found: string[] = [];
  for (const m of text.matchAll(pattern)) {
    const at = m.index;
    const allowed = allow.some((a) => {
      const offset = a.indexOf(word);
      return offset >= 0 && text.slice(at - offset, at - offset + a.length) === a;
    });
    if (!allowed) found.push(text.slice(Math.max(0, at - 20), at + word.length + 20).replace(/\s+/g, " "));
  }
  return found;
}

describe("the glossary's avoided variants", () => {
  it("are declared, and each one is also listed among the entry's variants", () => {
    const words = avoided.map((a) => a.word);
    for (const word of ["점수", "문자", "결합", "스케일드 내적", "질의"]) expect(words).toContain(word);
    for (const e of glossaryEntries("ko"))
      for (const word of flowList(e.avoid)) expect(flowList(e.variants), e.id).toContain(word);
  });

  it("match a word, with its particle, but not inside a longer word or an allowed one", () => {
    const score = { word: "점수", allow: [] };
    expect(findAvoided("키마다 점수를 매깁니다", score)).toHaveLength(1);
    expect(findAvoided("만점수", score)).toHaveLength(0);
    const character = { word: "문자", allow: ["문자열"] };
    expect(findAvoided("문자열을 뒤집고 문자 하나를", character)).toEqual(["문자열을 뒤집고 문자 하나를"]);
    expect(findAvoided("무작위 문자열로", character)).toHaveLength(0);
    expect(findAvoided("문맥\n벡터", { word: "문맥 벡터", allow: [] })).toHaveLength(1);
  });

  it("covers chapters, UI strings, every widget, figures, components, the kernel and exercises", () => {
    const where = korean.map((s) => s.where);
    expect(where.filter((w) => w.startsWith("content/chapters/ko/")).length).toBeGreaterThanOrEqual(10);
    for (const w of [
      "src/i18n/ko.ts",
      "src/widgets/dictionary-lookup/strings.ts",
      "src/widgets/alignment-heatmap/strings.ts",
      "src/widgets/shared/date-strings.ts",
      "src/components/strings.ts",
      "src/kernel/strings.ts",
      "src/kernel/checking/strings.ts",
      "src/kernel/problem-strings.ts",
      "src/review/strings.ts",
      "src/build/strings.ts",
      "content/figures/CompareTable.astro",
      "content/exercises/querying-compare/meta.ts",
      "content/exercises/quizzes/02-querying.ts",
    ])
      expect(where).toContain(w);
  });

  it.each(avoided.map((a) => [a.word, a] as const))(
    "%s appears nowhere a Korean reader looks",
    (_word, a) => {
      const hits = korean.flatMap((s) => findAvoided(s.text, a).map((context) => `${s.where}: …${context}…`));
      expect(hits).toEqual([]);
    },
  );
});

/**
 * One Korean word per idea for what is not a glossary term (KOREAN.md, "Terms"): each rule names
 * the word the course uses and the pattern of the variant it replaced.
 */
export const HOUSE_RULES: Array<{ use: string; not: RegExp }> = [
  { use: "장 (03장, 이 장)", not: /챕터/gu },
  { use: "시작 토큰 / 끝 토큰", not: /(?:시작|끝)\s*기호/gu },
  { use: "날짜 변환 (정규화 means normalization)", not: /날짜\s*정규화/gu },
  { use: "검사 (an exercise's hidden checks)", not: /체크/gu },
  { use: "배열 (a JS array)", not: /(?<!\p{Script=Hangul})리스트/gu },
  { use: "단계 (a training step; 스텝 is a variant of 시점)", not: /스텝/gu },
  { use: "방향키 (키 is also a dictionary key)", not: /화살표\s*키/gu },
  {
    use: "N차원 벡터 (숫자 is also a date digit)",
    not: /숫자\s*(?:\S+\s*개짜리|(?:\d{2,}|\$[^$\n]+\$|\$\{[^}\n]+\})\s*개)/gu,
  },
  { use: "100% (no space before %)", not: /\d(?:\s|&nbsp;|\\,)+%/gu },
  { use: "오답입니다. (a wrong quiz answer)", not: /["'`]아닙니다\.["'`]/gu },
];

/** Where a rule's variant stands in a text, with a little context. */
export function houseViolations(text: string, not: RegExp): string[] {
  return [...text.matchAll(not)].map((m) =>
    text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20).replace(/\s+/g, " "),
  );
}

describe("one word per idea beyond the glossary", () => {
  it("each rule finds its planted variant, and not the word the course uses", () => {
    const planted: Record<string, [string, string]> = {
      챕터: ["이 챕터에서 배울 것", "이 장에서 배울 것"],
      기호: ["끝 기호를 쓰면 멈춥니다", "끝 토큰을 쓰면 멈춥니다"],
      정규화: ["과제 1 · 날짜 정규화.", "과제 1 · 날짜 변환."],
      체크: ["체크 하나를 통과했습니다", "검사 하나를 통과했습니다"],
      리스트: ["쌍의 리스트로 저장합니다", "쌍의 배열로 저장합니다"],
      스텝: ["스텝 120 / 600", "단계 120 / 600"],
      화살표: ["화살표 키로 움직이세요", "방향키로 움직이세요"],
      숫자: ["숫자 48개짜리 벡터, 숫자 $H$개, 숫자 ${h}개", "48차원 벡터, 숫자 열 개와 `-`"],
      "%": ["정확도 100 %, 99&nbsp;%", "정확도 100%, 99%"],
      아닙니다: ['"quiz.wrong": "아닙니다.",', '"quiz.wrong": "오답입니다.", "정답이 아닙니다."'],
    };
    expect(Object.keys(planted)).toHaveLength(HOUSE_RULES.length);
    Object.values(planted).forEach(([bad, good], k) => {
      const { not, use } = HOUSE_RULES[k]!;
      expect(houseViolations(bad, not), use).not.toEqual([]);
      expect(houseViolations(good, not), use).toEqual([]);
    });
  });

  it.each(HOUSE_RULES.map((r) => [r.use, r] as const))(
    "%s, everywhere a Korean reader looks",
    (_use, { not }) => {
      const hits = korean.flatMap((s) =>
        houseViolations(s.text, not).map((context) => `${s.where}: …${context}…`),
      );
      expect(hits).toEqual([]);
    },
  );

  it("the glossary lists as other textbooks' terms only words they use (not 딱 떨어지는 조회 or 정확 일치 조회)", () => {
    const variants = glossaryEntries("ko").flatMap((e) => flowList(e.variants));
    expect(variants).not.toContain("딱 떨어지는 조회");
    expect(variants).not.toContain("정확 일치 조회");
  });
});

/** Every Korean text inside an exercise or quiz (the `ko` side of each {ko, en} pair). */
function koTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(koTexts);
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, v]) =>
    key === "ko" && typeof v === "string" ? [v] : koTexts(v),
  );
}

const PAIRS: Record<string, Particle> = {
  은: "은/는",
  는: "은/는",
  이: "이/가",
  가: "이/가",
  을: "을/를",
  를: "을/를",
  과: "과/와",
  와: "과/와",
  으로: "으로/로",
  로: "으로/로",
};
const PARTICLE = "(으로|은|는|이|가|을|를|과|와|로)(?!\\p{Script=Hangul})";

describe("particles after inserted values", () => {
  it("no Korean string puts a fixed particle right after a placeholder", () => {
    // `${value}를` or `{value}를` cannot fit every value: such strings use josa() from src/i18n/particles.ts.
    const fixed = new RegExp(`\\$?\\{[^{}\\n]*\\}["”’'」)\\]]*${PARTICLE}`, "gu");
    const hits = korean
      .filter((s) => !s.where.endsWith(".mdx"))
      .flatMap((s) =>
        s.text
          .split("\n")
          .filter((line) => HANGUL.test(line))
          .flatMap((line) => [...line.matchAll(fixed)].map((m) => `${s.where}: ${m[0]}`)),
      );
    expect(hits).toEqual([]);
  });

  it("chapter prose, exercises, quizzes and glossary fit the particle to the code, math or quoted value before it", () => {
    // Values are taken in reading order, so a closing quote never pairs with the next opening one.
    const value = /`[^`\n]+`|\$[^$\n]+\$|"[^"\n]*"|“[^”\n]+”/g;
    const after = new RegExp(`^${PARTICLE}`, "u");
    const texts: Source[] = [
      ...files("content/chapters/ko", /\.mdx$/).map((f) => ({
        where: f,
        text: readFileSync(f, "utf8").replace(/^```[\s\S]*?^```/gm, ""),
      })),
      ...[...exerciseList, ...quizList].flatMap((item) =>
        koTexts(item).map((text) => ({ where: item.id, text })),
      ),
      ...glossaryEntries("ko").map((e) => ({ where: `glossary ${e.id}`, text: e.definition ?? "" })),
    ];
    expect(texts.filter((t) => !t.where.endsWith(".mdx")).length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const { where, text } of texts) {
      for (const m of text.matchAll(value)) {
        const written = after.exec(text.slice(m.index + m[0].length))?.[1];
        if (written === undefined) continue;
        const fits = particle(m[0].replace(/^[`$"“]|[`$"”]$/g, ""), PAIRS[written]!);
        if (fits !== written) wrong.push(`${where}: ${m[0]}${written} (→ ${m[0]}${fits})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

// Numbers a chapter quotes from data come from that data at build time (<Num of="…" />, facts in
// content/facts.ts), so retraining a model or changing a default cannot leave the prose behind.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FACTS, formatFact, type Fact, type FactId } from "../../content/facts.ts";
import { createSeq2Seq } from "../../src/lib/attention/seq2seq.ts";
import { runPageCells } from "../../src/build/remark-cells.ts";
import { outputWords, renderItems } from "../../src/kernel/output.ts";

const langs = ["ko", "en"] as const;
const chapters = langs.flatMap((lang) =>
  readdirSync(`content/chapters/${lang}`)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => ({
      where: `content/chapters/${lang}/${f}`,
      source: readFileSync(`content/chapters/${lang}/${f}`, "utf8"),
    })),
);

interface Bucket {
  bucket: string;
  count: number;
  accuracy: number;
}
interface Section {
  models: Record<string, { accuracy: number; byLength: Bucket[] }>;
}
const report = JSON.parse(readFileSync("public/models/report.json", "utf8")) as Section & {
  reversal: Section;
};
const shipped = JSON.parse(readFileSync("public/models/bahdanau.json", "utf8")) as {
  config: { embedDim: number; hiddenDim: number };
};

/** What a reader reads: prose without code blocks, inline code, math, imports, tags and link targets. */
export function prose(source: string): string {
  return source
    .replace(/^```[\s\S]*?^```/gm, " ")
    .replace(/\$\$[\s\S]*?\$\$/g, " ")
    .replace(/\$[^$\n]+\$/g, " ")
    .replace(/`[^`\n]*`/g, " ")
    .replace(/^(import|export) .*$/gm, " ")
    .replace(/<[A-Za-z/][^>]*>/g, " ")
    .replace(/\]\([^)]*\)/g, "] ")
    .replace(/&nbsp;/g, " ");
}

/**
 * The words that say what a number counts, per kind of fact, in either edition. A small count
 * takes only words no other small number of the chapters takes (「16개」 also counts states).
 */
const units = ({ kind, value }: Fact): string =>
  ({
    count: value >= 100 ? "개|examples|dates|strings|characters" : "가지|formats|tokens",
    dim: "차원|numbers|dimensions|-dimensional",
    length: "글자|characters",
    percent: "%",
    // Chapter 03's decimals have a test of their own (below): never matched here.
    decimal: "(?!)",
  })[kind];

/** Where the prose writes a fact's number by hand: a share as N%, anything else as N and its unit. */
export function handTyped(text: string, fact: Fact): string[] {
  const plain = String(Math.round(fact.kind === "percent" ? fact.value * 100 : fact.value));
  const digits = fact.value >= 1000 && fact.kind !== "percent" ? `(?:${formatFact(fact)}|${plain})` : plain;
  const number = `(?<![\\d.,])${digits.replace(/,/g, ",")}(?![\\d.,]\\d)`;
  const pattern =
    fact.kind === "percent"
      ? new RegExp(`${number}\\s*%`, "g")
      : new RegExp(`(?:숫자\\s*${number}\\s*개|${number}\\s*(?:${units(fact)}))`, "gu");
  return [...text.matchAll(pattern)].map((m) =>
    text.slice(Math.max(0, m.index - 25), m.index + m[0].length + 10),
  );
}

describe("numbers from data", () => {
  it("every <Num of> in a chapter names a fact, and both editions quote the same facts", () => {
    const used = (where: string) => [
      ...chapters.find((c) => c.where === where)!.source.matchAll(/<Num of="([^"]+)" \/>/g),
    ];
    let total = 0;
    for (const { where, source } of chapters) {
      for (const [, id] of source.matchAll(/<Num of="([^"]*)"/g)) {
        expect(Object.keys(FACTS), where).toContain(id);
        total++;
      }
      if (where.includes("/ko/")) {
        const twin = where.replace("/ko/", "/en/");
        expect(new Set(used(twin).map((m) => m[1])), twin).toEqual(new Set(used(where).map((m) => m[1])));
      }
    }
    expect(total).toBeGreaterThan(50);
  });

  it("chapter 08's tables quote every length bucket of both tasks, in the report's order, in both editions", () => {
    const ids = (task: string, section: Section, model: string) => [
      ...section.models[model]!.byLength.filter((b) => b.count > 0).map(
        (b) => `${task}.${model}.${b.bucket.replace("–", "-")}`,
      ),
      `${task}.${model}.all`,
    ];
    for (const lang of langs) {
      const source = readFileSync(`content/chapters/${lang}/08-concatenation.mdx`, "utf8");
      const rows = [...source.matchAll(/^\| [^|\d]+ \|((?: <Num of="[^"]+" \/> \|)+)$/gm)].map((m) =>
        [...m[1]!.matchAll(/of="([^"]+)"/g)].map((n) => n[1]),
      );
      expect(rows, lang).toEqual([
        ids("dates", report, "bahdanau"),
        ids("dates", report, "none"),
        ids("reversal", report.reversal, "bahdanau"),
        ids("reversal", report.reversal, "none"),
      ]);
    }
  });

  it("a fact reads as the report says: the accuracies, rounded, and where the model without attention fails", () => {
    const pct = (a: number) => `${Math.round(a * 100)}%`;
    const none = report.reversal.models.none!.byLength.filter((b) => b.count > 0);
    expect(formatFact(FACTS["reversal.none.11-15"])).toBe(pct(none[1]!.accuracy));
    expect(formatFact(FACTS["dates.none.all"])).toBe(pct(report.models.none!.accuracy));
    // "almost none right beyond N": the bucket that starts at N + 1 is the first below 1%.
    const almost = FACTS["reversal.none.almostNoneAbove"].value;
    const first = none.findIndex((b) => b.accuracy < 0.01);
    expect(none[first]!.bucket.startsWith(`${almost + 1}–`)).toBe(true);
    expect(none.slice(first).every((b) => b.accuracy < 0.01)).toBe(true);
    // "none right beyond N": every bucket from N + 1 on is at 0.
    const noneAbove = FACTS["reversal.none.noneAbove"].value;
    const zero = none.findIndex((b) => b.accuracy === 0);
    expect(none[zero]!.bucket.startsWith(`${noneAbove + 1}–`)).toBe(true);
    expect(none.slice(zero).every((b) => b.accuracy === 0)).toBe(true);
    expect(formatFact({ value: 50000, kind: "count" })).toBe("50,000");
    expect(formatFact({ value: 0.979, kind: "percent" })).toBe("98%");
  });

  it("the shipped model has the library's default sizes, so cells and prose about either agree", () => {
    const defaults = createSeq2Seq({ attention: "bahdanau" }).config;
    expect([shipped.config.embedDim, shipped.config.hiddenDim]).toEqual([
      defaults.embedDim,
      defaults.hiddenDim,
    ]);
  });

  it("finds a hand-typed number with its unit, and not the same digits counting something else", () => {
    const hidden: Fact = { value: 48, kind: "dim" };
    expect(handTyped("숫자 48개짜리 고정 벡터", hidden)).toHaveLength(1);
    expect(handTyped("은닉 상태가 48차원", hidden)).toHaveLength(1);
    expect(handTyped("the fixed vector of 48 numbers", hidden)).toHaveLength(1);
    expect(handTyped("the year 2048 and 148 numbers", hidden)).toHaveLength(0);
    const test: Fact = { value: 2000, kind: "count" };
    expect(handTyped("떼어 둔 날짜 2,000개", test)).toHaveLength(1);
    expect(handTyped("on 2000 dates", test)).toHaveLength(1);
    expect(handTyped("years 2000–2049", test)).toHaveLength(0);
    const share: Fact = { value: 0.979, kind: "percent" };
    expect(handTyped("| 98 % | 98&nbsp;%".replace(/&nbsp;/g, " "), share)).toHaveLength(2);
    expect(handTyped("about 198%", share)).toHaveLength(0);
    expect(prose('a $48$ numbers `48 numbers` <Num of="model.hiddenDim" /> numbers')).not.toMatch(/48/);
  });

  it.each(chapters.map((c) => [c.where, c.source] as const))(
    "%s types no number the data holds",
    (_where, source) => {
      const text = prose(source);
      const hits = (Object.entries(FACTS) as Array<[FactId, Fact]>).flatMap(([id, fact]) =>
        handTyped(text, fact).map((context) => `${id}: …${context}…`),
      );
      expect(hits).toEqual([]);
    },
  );
});

describe("chapter 03's numbers come from its cells", () => {
  /** Which cell prints each of chapter 03's facts. */
  const cellOf = (id: string): string =>
    id.startsWith("ch03.softmaxAt2.")
      ? "softmax-temperatures"
      : id.startsWith("ch03.softmax.")
        ? "softmax-scores"
        : id.startsWith("ch03.years.")
          ? "soft-years"
          : id.startsWith("ch03.dot.")
            ? "soft-vectors"
            : "soft-scores";
  const ch03 = (Object.entries(FACTS) as Array<[FactId, Fact]>).filter(([id]) => id.startsWith("ch03."));

  it("each fact is a number its cell prints, as the build runs the cells", async () => {
    const source = readFileSync("content/chapters/en/03-attention-value.mdx", "utf8");
    const cells = [...source.matchAll(/^```ts cell id="([^"]+)"[^\n]*\n([\s\S]*?)^```/gm)].map((m) => ({
      id: m[1]!,
      code: m[2]!,
    }));
    const runs = await runPageCells(cells);
    const printed = (id: string) => {
      const run = runs.find((r) => r.id === id);
      const text = renderItems(run?.items ?? [], outputWords.en)
        .replace(/<[^>]*>/g, " ")
        .replace(/−/g, "-");
      return [...text.matchAll(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)].map((m) => Number(m[0]));
    };
    expect(ch03.length).toBeGreaterThanOrEqual(15);
    for (const [id, fact] of ch03) {
      const shown = Number(formatFact(fact).replace("−", "-"));
      const step = 0.5 * 10 ** -(fact.digits ?? 3);
      expect(
        printed(cellOf(id)).some((x) => Math.abs(x - shown) <= step + 1e-9),
        `${id} = ${formatFact(fact)} in cell ${cellOf(id)}`,
      ).toBe(true);
    }
  });

  it.each(langs)("%s: chapter 03's prose types none of them by hand", (lang) => {
    const text = prose(readFileSync(`content/chapters/${lang}/03-attention-value.mdx`, "utf8"));
    // Small one-decimal scores (1.5, 0.5) are also the code's inputs: only the longer numbers.
    const typed = ch03
      .map(([, fact]) => formatFact(fact))
      .filter((shown) => shown.replace(/\D/g, "").length >= 3)
      .filter((shown) => new RegExp(`(?<![\\d.])${shown.replace(/\./g, "\\.")}(?![\\d])`).test(text));
    expect(typed).toEqual([]);
  });
});

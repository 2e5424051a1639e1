// Chapter goals and the items that show them (content/goals.ts): every goal of every chapter, in
// both editions, has at least one item, and one that comes back in review; every item id exists;
// every exercise, quiz, prediction and generated review item shows some goal.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exercises, quizzes } from "../../content/exercises/index.ts";
import { predictions } from "../../content/predictions/index.ts";
import { goalItems, parseItem } from "../../content/goals.ts";
import { generators } from "../../src/review/generators.ts";

const root = "content/chapters";
const slugs = readdirSync(join(root, "en"))
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => f.replace(/\.mdx$/, ""))
  .sort();

/** The `goals:` list of a chapter's frontmatter (each goal is one double-quoted line). */
function goalsOf(lang: string, slug: string): string[] {
  const source = readFileSync(join(root, lang, `${slug}.mdx`), "utf8");
  const front = source.match(/^---\n([\s\S]*?)\n---/)![1]!;
  const list = front.match(/^goals:\n((?: {2}- .*\n?)+)/m)![1]!;
  return list
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line.replace(/^ {2}- /, "")) as string);
}

const known: Record<string, Record<string, unknown>> = {
  exercise: exercises,
  quiz: quizzes,
  predict: predictions,
  gen: Object.fromEntries(generators.map((g) => [g.name, g])),
};
/** The kinds that come back in review (an exercise does not). */
const reviewed = ["quiz", "predict", "gen"];

/** What is wrong with a goal table, as sentences (empty when nothing is). */
function problems(table: typeof goalItems): string[] {
  const out: string[] = [];
  for (const slug of slugs) {
    const ko = goalsOf("ko", slug).length;
    const en = goalsOf("en", slug).length;
    if (ko !== en) out.push(`${slug}: ${ko} goals in Korean, ${en} in English`);
    const linked = table[slug];
    if (!linked) {
      out.push(`${slug}: no goal links`);
      continue;
    }
    if (linked.length !== en) out.push(`${slug}: ${linked.length} goal links for ${en} goals`);
    linked.forEach((items, g) => {
      if (items.length === 0) out.push(`${slug} goal ${g + 1}: no item shows it`);
      else if (!items.some((item) => reviewed.includes(parseItem(item).kind)))
        out.push(`${slug} goal ${g + 1}: nothing that comes back in review`);
      if (new Set(items).size !== items.length) out.push(`${slug} goal ${g + 1}: an item twice`);
      for (const item of items) {
        const { kind, id } = parseItem(item);
        if (!known[kind]?.[id]) out.push(`${slug} goal ${g + 1}: no such item ${item}`);
      }
    });
  }
  for (const slug of Object.keys(table))
    if (!slugs.includes(slug)) out.push(`${slug}: goal links for a chapter that does not exist`);
  const shown = new Set(Object.values(table).flat(2));
  for (const [kind, ids] of Object.entries(known))
    for (const id of Object.keys(ids))
      if (!shown.has(`${kind}:${id}`)) out.push(`${kind}:${id} shows no goal`);
  return out;
}

describe("chapter goals", () => {
  it("reads the goals of both editions (10 chapters, 3–4 goals each)", () => {
    expect(slugs).toHaveLength(10);
    expect(goalsOf("en", "03-attention-value")[2]).toBe(
      "Explain when attention at temperature 0 gives the same answer as the hard lookup, and when it does not",
    );
    expect(goalsOf("ko", "00-intro")).toHaveLength(3);
  });

  it("each goal, in both editions, is shown by items that exist, one of them reviewed; every item shows a goal", () => {
    expect(problems(goalItems)).toEqual([]);
  });

  it("would notice a goal without items, an unknown id, a goal nothing brings back, a missing chapter and items left out", () => {
    const planted = structuredClone(goalItems) as Record<string, string[][]>;
    planted["01-dictionary"]![0] = [];
    planted["02-querying"]![1] = ["quiz:no-such-quiz"];
    planted["04-seq2seq"]![1] = ["exercise:seq-fixed-vector"];
    // (06-query's quiz also shows a goal of chapter 09, so it is still shown.)
    delete planted["06-query"];
    expect(problems(planted)).toEqual([
      "01-dictionary goal 1: no item shows it",
      "02-querying goal 2: no such item quiz:no-such-quiz",
      "04-seq2seq goal 2: nothing that comes back in review",
      "06-query: no goal links",
      "exercise:query-loop shows no goal",
      "exercise:query-pick shows no goal",
      "quiz:dictionary-roles shows no goal",
      "predict:predict-first-query shows no goal",
      "gen:query-at-step shows no goal",
    ]);
  });
});

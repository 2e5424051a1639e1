import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exerciseList, quizList } from "../../content/exercises/index.ts";
import {
  CHECK_IMPORT,
  checksExpression,
  type CheckStatus,
  type ExerciseDef,
} from "../../content/exercises/types.ts";

const library = fileURLToPath(new URL("../../src/lib/attention/index.ts", import.meta.url));

/** Runs the reader's code and then the hidden checks in Node, against the attention library, as the kernel does in the page. */
async function runChecks(code: string, exercise: ExerciseDef): Promise<CheckStatus[] | string> {
  const source = `${CHECK_IMPORT}\n${code}\n;export const __results = ${checksExpression(exercise.checks)};`;
  try {
    const out = await build({
      stdin: { contents: source, loader: "ts", resolveDir: process.cwd(), sourcefile: `${exercise.id}.ts` },
      bundle: true,
      write: false,
      format: "esm",
      platform: "neutral",
      alias: { attention: library },
      logLevel: "silent",
    });
    const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString("base64")}`;
    const module = (await import(url)) as { __results: CheckStatus[] };
    return module.__results;
  } catch (error) {
    return `threw: ${error instanceof Error ? error.message : String(error)}`;
  }
}

const chapterSlugs = readdirSync("content/chapters/en").map((f) => f.replace(/\.mdx$/, ""));
const inChapters = (lang: string) =>
  chapterSlugs.map((slug) => readFileSync(`content/chapters/${lang}/${slug}.mdx`, "utf8")).join("\n");

describe("exercises", () => {
  it("have distinct ids", () => {
    const ids = [...exerciseList.map((e) => e.id), ...quizList.map((q) => q.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(exerciseList.map((e) => [e.id, e] as const))(
    "%s: the reference solution passes every check",
    async (_, exercise) => {
      expect(await runChecks(exercise.solution, exercise)).toEqual(exercise.checks.map(() => "pass"));
    },
  );

  it.each(exerciseList.map((e) => [e.id, e] as const))(
    "%s: the starter code fails at least one check",
    async (_, exercise) => {
      const results = await runChecks(exercise.starter, exercise);
      expect(Array.isArray(results)).toBe(true);
      expect((results as CheckStatus[]).some((r) => r !== "pass")).toBe(true);
    },
  );

  it.each(exerciseList.map((e) => [e.id, e] as const))(
    "%s: its checks have distinct ids, and it declares at least two distinct wrong answers",
    (_, exercise) => {
      const ids = exercise.checks.map((c) => c.id);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(new Set(ids).size).toBe(ids.length);
      expect(exercise.wrong.length).toBeGreaterThanOrEqual(2);
      expect(new Set(exercise.wrong.map((w) => w.code)).size).toBe(exercise.wrong.length);
      for (const w of exercise.wrong) {
        expect(w.code, w.mistake).not.toBe(exercise.solution);
        expect(ids, w.mistake).toContain(w.caughtBy);
      }
    },
  );

  const wrongAnswers = exerciseList.flatMap((exercise) =>
    exercise.wrong.map((w) => [exercise.id, w.mistake, exercise, w] as const),
  );
  it.each(wrongAnswers)(
    "%s, wrong answer «%s»: the first check to fail is the declared one, and its message names the mistake",
    async (_, __, exercise, wrong) => {
      const results = await runChecks(wrong.code, exercise);
      expect(Array.isArray(results), `the program runs: ${String(results)}`).toBe(true);
      const statuses = results as CheckStatus[];
      const firstFailing = statuses.findIndex((r) => r !== "pass");
      expect(firstFailing, "some check fails").toBeGreaterThanOrEqual(0);
      expect(exercise.checks[firstFailing].id, `statuses: ${statuses.join(" | ")}`).toBe(wrong.caughtBy);
      const fail = exercise.checks[firstFailing].fail;
      expect(wrong.named.ko.trim().length).toBeGreaterThan(1);
      expect(wrong.named.en.trim().length).toBeGreaterThan(1);
      expect(fail.ko).toContain(wrong.named.ko);
      expect(fail.en).toContain(wrong.named.en);
    },
  );

  it.each(exerciseList.map((e) => [e.id, e] as const))(
    "%s: every text exists in Korean and English",
    (_, exercise) => {
      for (const text of [
        exercise.title,
        exercise.prompt,
        exercise.hint,
        ...exercise.checks.flatMap((c) => [c.label, c.fail]),
      ]) {
        expect(text.ko.trim()).not.toBe("");
        expect(text.en.trim()).not.toBe("");
      }
    },
  );

  it("are each placed in their own chapter, in both editions", () => {
    for (const lang of ["ko", "en"]) {
      for (const exercise of exerciseList) {
        const source = readFileSync(`content/chapters/${lang}/${exercise.chapter}.mdx`, "utf8");
        expect(source, `${lang}/${exercise.chapter} shows ${exercise.id}`).toContain(
          `<Exercise id="${exercise.id}"`,
        );
      }
    }
  });

  it("every <Exercise> and <Quiz> in a chapter is defined", () => {
    for (const lang of ["ko", "en"]) {
      const used = [...inChapters(lang).matchAll(/<(Exercise|Quiz) id="([^"]+)"/g)];
      for (const [, kind, id] of used) {
        const list: Array<{ id: string }> = kind === "Exercise" ? exerciseList : quizList;
        expect(
          list.some((e) => e.id === id),
          `${kind} ${id} in ${lang}`,
        ).toBe(true);
      }
    }
  });
});

describe("quizzes", () => {
  it.each(quizList.map((q) => [q.id, q] as const))(
    "%s has exactly one right answer and an explanation for every option",
    (_, quiz) => {
      expect(quiz.options.filter((o) => o.correct)).toHaveLength(1);
      expect(quiz.options.length).toBeGreaterThanOrEqual(3);
      for (const option of quiz.options) {
        expect(option.explanation.ko.trim()).not.toBe("");
        expect(option.explanation.en.trim()).not.toBe("");
      }
    },
  );
});

import { build } from "esbuild";
import * as fc from "fast-check";
import { fileURLToPath } from "node:url";
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as lib from "../../src/lib/attention/index.ts";
import { exerciseList, quizList } from "../../content/exercises/index.ts";
import { wrongCode, type ExerciseDef } from "../../content/exercises/types.ts";
import {
  makeKit,
  runExercise,
  type CheckResult,
  type ExerciseChecks,
} from "../../src/kernel/checking/exercise.ts";
import { laterWrongAnswers } from "./exercises-later-wrong.ts";

const library = fileURLToPath(new URL("../../src/lib/attention/index.ts", import.meta.url));
const checkFiles = import.meta.glob<ExerciseChecks>("../../content/exercises/*/checks.ts", {
  eager: true,
  import: "default",
});
const specOf = (exercise: ExerciseDef) => {
  const checks = checkFiles[`../../content/exercises/${exercise.id}/checks.ts`];
  if (!checks) throw new Error(`${exercise.id} has no checks.ts`);
  return checks(makeKit(fc, lib as unknown as Record<string, unknown>));
};

/** The function `name` that `code` defines, run as the kernel runs it (the library as "attention"). */
async function functionIn(code: string, name: string, file: string): Promise<unknown> {
  const out = await build({
    stdin: {
      contents: `${code}\n;export { ${name} as __fn };`,
      loader: "ts",
      resolveDir: process.cwd(),
      sourcefile: file,
    },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    alias: { attention: library },
    logLevel: "silent",
  });
  const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString("base64")}`;
  return ((await import(url)) as { __fn: unknown }).__fn;
}

/** Every check of `exercise` on `code`, as the page runs them (or why the code did not run). */
async function runChecks(
  code: string,
  exercise: ExerciseDef,
  lang: "ko" | "en" = "en",
): Promise<CheckResult[] | string> {
  const spec = specOf(exercise);
  const reference = await functionIn(exercise.solution, spec.fn, `${exercise.id}/solution.ts`);
  let mine: unknown;
  try {
    mine = await functionIn(code, spec.fn, `${exercise.id}.ts`);
  } catch (error) {
    return `threw: ${error instanceof Error ? error.message : String(error)}`;
  }
  return runExercise(spec, fc, mine, reference, lang);
}
const statuses = (results: CheckResult[] | string) =>
  typeof results === "string"
    ? results
    : results.map((r) => (r.status === "pass" ? "pass" : `${r.status}: ${r.message}`));

const chapterSlugs = readdirSync("content/chapters/en").map((f) => f.replace(/\.mdx$/, ""));
const inChapters = (lang: string) =>
  chapterSlugs.map((slug) => readFileSync(`content/chapters/${lang}/${slug}.mdx`, "utf8")).join("\n");
const each = exerciseList.map((e) => [e.id, e] as const);

describe("exercises", () => {
  it("have distinct ids", () => {
    const ids = [...exerciseList.map((e) => e.id), ...quizList.map((q) => q.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(each)("%s: the reference solution passes every check", async (_, exercise) => {
    expect(statuses(await runChecks(exercise.solution, exercise))).toEqual(exercise.checks.map(() => "pass"));
  });

  it.each(each)("%s: the starter code fails at least one check", async (_, exercise) => {
    const results = await runChecks(exercise.starter, exercise);
    expect(Array.isArray(results)).toBe(true);
    expect((results as CheckResult[]).some((r) => r.status !== "pass")).toBe(true);
  });

  it.each(each)(
    "%s: checks.ts runs the checks meta.ts lists, in order, with generated inputs; at least four distinct wrong answers",
    (_, exercise) => {
      const spec = specOf(exercise);
      const ids = exercise.checks.map((c) => c.id);
      expect(spec.checks.map((c) => c.id)).toEqual(ids);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(new Set(ids).size).toBe(ids.length);
      // the named examples come first; generated inputs follow
      expect(spec.checks.some((c) => c.cases)).toBe(true);
      expect(exercise.wrong.length).toBeGreaterThanOrEqual(4);
      const codes = exercise.wrong.map((w) => wrongCode(exercise.solution, w));
      expect(new Set(codes).size).toBe(codes.length);
      for (const w of exercise.wrong) expect(ids, w.mistake).toContain(w.caughtBy);
    },
  );

  const wrongAnswers = exerciseList.flatMap((exercise) =>
    exercise.wrong.map((w) => [exercise.id, w.mistake, exercise, w] as const),
  );
  it.each(wrongAnswers)(
    "%s, wrong answer «%s»: the first check to fail is the declared one, its advice names the mistake, and it shows the failing input",
    async (_, __, exercise, wrong) => {
      for (const lang of ["en", "ko"] as const) {
        const results = await runChecks(wrongCode(exercise.solution, wrong), exercise, lang);
        expect(Array.isArray(results), `the program runs: ${String(results)}`).toBe(true);
        const list = results as CheckResult[];
        const first = list.findIndex((r) => r.status !== "pass");
        expect(first, "some check fails").toBeGreaterThanOrEqual(0);
        expect(list[first].id, String(statuses(results))).toBe(wrong.caughtBy);
        expect(list[first].status).toBe("fail");
        expect(list[first].message ?? "").toContain(`${specOf(exercise).fn}(`);
        expect(exercise.checks[first].fail[lang]).toContain(wrong.named[lang]);
      }
    },
  );

  const later = laterWrongAnswers.map((w) => [w.exercise, w.mistake, w] as const);
  it.each(later)("%s, a wrong answer written after the checks («%s») is caught", async (id, _, wrong) => {
    const exercise = exerciseList.find((e) => e.id === id)!;
    const results = await runChecks(wrong.code, exercise);
    expect(Array.isArray(results), `the program runs: ${String(results)}`).toBe(true);
    expect((results as CheckResult[]).some((r) => r.status === "fail")).toBe(true);
  });

  it.each(each)("%s: every text exists in Korean and English", (_, exercise) => {
    for (const text of [
      exercise.title,
      exercise.prompt,
      exercise.hint,
      ...exercise.checks.flatMap((c) => [c.label, c.fail]),
    ]) {
      expect(text.ko.trim()).not.toBe("");
      expect(text.en.trim()).not.toBe("");
    }
  });

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

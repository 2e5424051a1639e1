/**
 * Every exercise and quiz of the course, by id, found by file name: an exercise is a folder with
 * meta.ts, starter.ts, solution.ts and checks.ts (see types.ts); quizzes are in quizzes/<chapter>.ts.
 * Used at build time (pages render from it) and by tests; the page's own script never imports it
 * (each exercise's data is in its HTML, and its checks load when the reader presses Check).
 */
import type { ExerciseDef, ExerciseMeta, QuizDef } from "./types.ts";

const metas = import.meta.glob<ExerciseMeta>("./*/meta.ts", { eager: true, import: "default" });
const starters = import.meta.glob<string>("./*/starter.ts", {
  eager: true,
  query: "?raw",
  import: "default",
});
const solutions = import.meta.glob<string>("./*/solution.ts", {
  eager: true,
  query: "?raw",
  import: "default",
});
const quizFiles = import.meta.glob<QuizDef[]>("./quizzes/*.ts", { eager: true, import: "quizzes" });

const folder = (path: string) => path.split("/")[1];
/** The code as the reader gets it: the file without its final newline. */
const code = (text: string | undefined, path: string) => {
  if (text === undefined) throw new Error(`content/exercises: ${path} is missing`);
  return text.replace(/\n$/, "");
};

export const exerciseList: ExerciseDef[] = Object.entries(metas)
  .map(([path, meta]) => {
    const id = folder(path);
    return {
      id,
      ...meta,
      starter: code(starters[`./${id}/starter.ts`], `${id}/starter.ts`),
      solution: code(solutions[`./${id}/solution.ts`], `${id}/solution.ts`),
    };
  })
  .sort((a, b) => a.chapter.localeCompare(b.chapter) || a.id.localeCompare(b.id));
export const quizList: QuizDef[] = Object.keys(quizFiles)
  .sort()
  .flatMap((path) => quizFiles[path]);

export const exercises: Record<string, ExerciseDef> = Object.fromEntries(exerciseList.map((e) => [e.id, e]));
export const quizzes: Record<string, QuizDef> = Object.fromEntries(quizList.map((q) => [q.id, q]));

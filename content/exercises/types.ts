/**
 * Exercises and quizzes are defined once, here, as data: the chapter pages render them, the
 * kernel runs their hidden checks in the browser, and tests/content/exercises.test.ts proves that
 * every reference solution passes its own checks, every starter fails them, and every declared
 * wrong answer is caught by the check whose message names its mistake.
 */

/** A text in both editions. */
export interface Text {
  ko: string;
  en: string;
}

/** One hidden check: a TypeScript expression, evaluated after the reader's code, that is true when the check passes. */
export interface Check {
  /** A stable name, unique within its exercise (kebab-case): wrong answers name the check that catches them. */
  id: string;
  test: string;
  /** What the check looks at, shown with ✓ or ✗. */
  label: Text;
  /** What to do when it fails. */
  fail: Text;
}

export interface ExerciseDef {
  id: string;
  /** The chapter slug the exercise belongs to. */
  chapter: string;
  title: Text;
  /** The task, in a sentence or two (Markdown inline code with backticks is allowed). */
  prompt: Text;
  /** The code the reader starts from; it must fail at least one check. */
  starter: string;
  /** A worked solution; it must pass every check. */
  solution: string;
  hint: Text;
  checks: Check[];
  /** Typical wrong answers, at least two: the mistakes the exercise is there to catch. */
  wrong: [WrongAnswer, WrongAnswer, ...WrongAnswer[]];
}

/** A mistake students really make, written the way a student would write it. */
export interface WrongAnswer {
  /** The misconception, in a few words (for authors and the test report; not shown to readers). */
  mistake: string;
  code: string;
  /** The id of the check that must be the first to fail on this code. */
  caughtBy: string;
  /** Words the catching check's fail message contains in each language: where it names this mistake. */
  named: Text;
}

export interface QuizOption {
  text: Text;
  correct: boolean;
  /** Why this option is right or wrong; shown once it is chosen. */
  explanation: Text;
}

export interface QuizDef {
  id: string;
  chapter: string;
  question: Text;
  options: QuizOption[];
}

/** Per check: "pass", "fail", or "error: <message>" when the check itself threw. */
export type CheckStatus = "pass" | "fail" | `error: ${string}`;

/**
 * The expression that runs every check after the reader's code and evaluates to one
 * {@link CheckStatus} per check, in order. A check that throws reports the error instead of
 * stopping the others.
 */
export function checksExpression(checks: readonly Check[]): string {
  const one = (test: string) =>
    `(() => { try { return (${test}) ? "pass" : "fail"; } catch (e) { return "error: " + (e instanceof Error ? e.message : String(e)); } })()`;
  return `[\n${checks.map((c) => one(c.test)).join(",\n")}\n]`;
}

/** Checks reach the library as `__lib.<name>`, whatever the reader imported. */
export const CHECK_IMPORT = `import * as __lib from "attention";`;

/** The program the kernel evaluates for a check: the reader's code, then the checks as the last expression. */
export function checkProgram(code: string, checks: readonly Check[]): string {
  return `${CHECK_IMPORT}\n${code}\n;${checksExpression(checks)}`;
}

/**
 * Exercises and quizzes, defined once: each exercise a folder `content/exercises/<id>/`, the
 * quizzes in `quizzes/<chapter>.ts`, all found by index.ts. The chapter pages render them, the
 * kernel runs the checks in the browser, and tests/content/exercises.test.ts proves that every
 * reference solution passes its own checks, every starter fails them, and every declared wrong
 * answer is caught by the check whose message names its mistake.
 */

/** A text in both editions. */
export interface Text {
  ko: string;
  en: string;
}

/** One check as the reader sees it; what it runs is in the exercise's checks.ts, under the same id. */
export interface Check {
  /** A stable name, unique within its exercise (kebab-case): wrong answers name the check that catches them. */
  id: string;
  /** What the check looks at, shown with ✓ or ✗. */
  label: Text;
  /** What to do when it fails (shown with the smallest failing input). */
  fail: Text;
}

/**
 * An exercise's `meta.ts`. The exercise is its folder, `content/exercises/<id>/`: `meta.ts`,
 * `starter.ts` (the code the reader starts from; it must fail at least one check), `solution.ts`
 * (a worked solution; it must pass every check, and the checks compare the reader's function with
 * it), and `checks.ts` (what each check runs, see src/kernel/checking/exercise.ts).
 */
export interface ExerciseMeta {
  /** The chapter slug the exercise belongs to. */
  chapter: string;
  title: Text;
  /** The task, in a sentence or two (Markdown inline code with backticks is allowed). */
  prompt: Text;
  hint: Text;
  checks: Check[];
  /** Typical wrong answers, at least four: the mistakes the exercise is there to catch. */
  wrong: WrongAnswer[];
}

export interface ExerciseDef extends ExerciseMeta {
  id: string;
  starter: string;
  solution: string;
}

/** A mistake students really make, written as a small edit of the solution. */
export interface WrongAnswer {
  /** The misconception, in a few words (for authors and the test report; not shown to readers). */
  mistake: string;
  /** The edit: each `[from, to]` replaces text that occurs exactly once in solution.ts. */
  replace: Array<[from: string, to: string]>;
  /** The id of the check that must be the first to fail on this code. */
  caughtBy: string;
  /** Words the catching check's fail message contains in each language: where it names this mistake. */
  named: Text;
}

/** The wrong answer's code: the solution with its edits made (an edit whose text is not there once throws). */
export function wrongCode(solution: string, wrong: WrongAnswer): string {
  return wrong.replace.reduce((code, [from, to]) => {
    const at = code.indexOf(from);
    if (from === "" || at < 0 || code.indexOf(from, at + 1) >= 0)
      throw new Error(
        `wrong answer «${wrong.mistake}»: ${JSON.stringify(from)} is not in the solution exactly once`,
      );
    return code.slice(0, at) + to + code.slice(at + from.length);
  }, solution);
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

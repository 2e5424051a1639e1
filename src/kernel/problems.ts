// The library's known errors in the reader's language. An error the library throws with a
// `problem` (a stable code and its values: the decoding guards' DecodeError and
// DecodeLengthError) reaches the page as data, and is said here in Korean or English (the words
// are in problem-strings.ts); anything else keeps the library's own message. Widgets use it, and
// so do the library checks (a verdict names the error the reader's edit threw). The problem
// comes from the sandbox, so each value is checked before it is used.

import type { Lang } from "../i18n/lang.ts";
import type { ErrorProblem } from "./output.ts";
import { strings, type ProblemWords } from "./problem-strings.ts";

type What = keyof ProblemWords["what"];

const count = (v: unknown): number | undefined =>
  typeof v === "number" && Number.isInteger(v) && v >= 1 ? v : undefined;
/** A function name as the library writes it (an identifier), or nothing. */
const caller = (v: unknown): string | undefined =>
  typeof v === "string" && /^[A-Za-z_$][\w$]{0,40}$/.test(v) ? v : undefined;
const isWhat = (v: unknown): v is What => v === "scores" || v === "weights" || v === "outputScores";

/** The library's known problem in the reader's words, or undefined (then its own message is shown). */
export function problemMessage(problem: ErrorProblem | undefined, lang: Lang): string | undefined {
  if (!problem) return undefined;
  const w = strings[lang];
  const fn = caller(problem.caller);
  if (!fn) return undefined;
  if (problem.code === "maxLength" && typeof problem.maxLength === "number")
    return w.maxLength(fn, String(problem.maxLength));
  if (problem.code === "notFinite") {
    const { step, position, value, what, input } = problem;
    if (!count(step) || !count(position) || !isWhat(what) || typeof value !== "number") return undefined;
    if (input !== undefined && !count(input)) return undefined;
    const named = input === undefined ? w.what[what] : w.ofInput(input as number, w.what[what]);
    return w.notFinite(fn, step as number, named, String(value), position as number);
  }
  return undefined;
}

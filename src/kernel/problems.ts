// The library's known errors in the reader's language. An error the library throws with a
// `problem` (a stable code and its values: the decoding guards' DecodeError and
// DecodeLengthError) reaches the page as data, and is said here in Korean or English; anything
// else keeps the library's own message. Widgets use it, and so do the library checks (a verdict
// names the error the reader's edit threw). The problem comes from the sandbox, so each value is
// checked before it is used.

import { defineStrings, type Lang } from "../i18n/lang.ts";
import type { ErrorProblem } from "./output.ts";

type What = "scores" | "weights" | "outputScores";

const words = defineStrings({
  ko: {
    what: {
      scores: "어텐션 스코어 e_ij",
      weights: "어텐션 가중치 α_ij",
      outputScores: "출력 스코어",
    } as Record<What, string>,
    ofInput: (n: number, what: string) => `${n}번째 입력의 ${what}`,
    maxLength: (caller: string, got: string) =>
      `${caller}: 최대 길이 maxLength는 1 이상의 정수여야 합니다(받은 값: ${got}).`,
    notFinite: (caller: string, step: number, what: string, value: string, position: number) =>
      `${caller}: 출력 ${step}번째 시점의 ${what}에 유한한 수가 아닌 값이 있어 토큰을 고를 수 없습니다(${position}번째 자리: ${value}).`,
  },
  en: {
    what: {
      scores: "attention scores e_ij",
      weights: "attention weights α_ij",
      outputScores: "output scores",
    },
    ofInput: (n: number, what: string) => `${what} of input ${n}`,
    maxLength: (caller: string, got: string) =>
      `${caller}: maxLength must be a whole number of at least 1 (got ${got}).`,
    notFinite: (caller: string, step: number, what: string, value: string, position: number) =>
      `${caller}: at output step ${step} the ${what} hold a value that is not a finite number (${value} at position ${position}), so no token can be chosen.`,
  },
});

const count = (v: unknown): number | undefined =>
  typeof v === "number" && Number.isInteger(v) && v >= 1 ? v : undefined;
/** A function name as the library writes it (an identifier), or nothing. */
const caller = (v: unknown): string | undefined =>
  typeof v === "string" && /^[A-Za-z_$][\w$]{0,40}$/.test(v) ? v : undefined;
const isWhat = (v: unknown): v is What => v === "scores" || v === "weights" || v === "outputScores";

/** The library's known problem in the reader's words, or undefined (then its own message is shown). */
export function problemMessage(problem: ErrorProblem | undefined, lang: Lang): string | undefined {
  if (!problem) return undefined;
  const w = words[lang];
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

/**
 * The library's known errors (problems.ts) in both languages: a DecodeError or DecodeLengthError
 * said in the reader's words. Apart from the kernel's other strings, so a widget that only shows
 * these does not load the rest.
 */
import { defineStrings } from "../i18n/lang.ts";

export const strings = defineStrings({
  ko: {
    what: {
      scores: "어텐션 스코어 e_ij",
      weights: "어텐션 가중치 α_ij",
      outputScores: "출력 스코어",
    } as Record<"scores" | "weights" | "outputScores", string>,
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

/** One language's words for the library's known errors. */
export type ProblemWords = (typeof strings)["en"];

/**
 * What the checks say to the reader, in both languages: an exercise check's failing call
 * (exercise.ts) and a library check's verdict (library.ts). Values arrive already shown
 * (`show(…)`), so each string only places them, with the particle that fits each value.
 */
import { defineStrings } from "../../i18n/lang.ts";
import { josa, particle } from "../../i18n/particles.ts";

/** 이어야/여야 after a value, as 이다/다 goes. */
const mustBe = (value: string) => (particle(value, "이다/다") === "이다" ? "이어야" : "여야");

/** "1 weight", "2 weights". */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The lists of weights a library check looks at. */
type Weights = "weights" | "alignment";

export const strings = defineStrings({
  ko: {
    exercise: {
      changedArg: (lead: string, call: string, name: string, before: string, after: string) =>
        `${lead}${josa(call, "이/가")} 인자 ${josa(name, "을/를")} 바꿨습니다. 호출 전 ${before}, 호출 뒤 ${after}입니다.`,
      threw: (lead: string, call: string, error: string, wanted: string) =>
        `${lead}${call}에서 오류가 났습니다(${error}). ${josa(wanted, "을/를")} 돌려줘야 합니다.`,
      returned: (lead: string, call: string, got: string, wanted: string) =>
        `${lead}${josa(call, "이/가")} ${josa(got, "을/를")} 돌려줬습니다. ${wanted}${mustBe(wanted)} 합니다.`,
      noFunction: (fn: string) => `코드에 함수 ${josa(fn, "이/가")} 없습니다.`,
    },
    library: {
      weights: { weights: "가중치", alignment: "정렬의 가중치" } as Record<Weights, string>,
      returned: (got: string, want: string) => `${josa(got, "을/를")} 돌려줬습니다. 맞는 값은 ${want}입니다.`,
      outputReturned: (got: string, want: string) =>
        `output이 ${josa(got, "을/를")} 돌려줬습니다. 맞는 값은 ${want}입니다.`,
      notList: (what: string, got: string) => `${josa(what, "이/가")} 배열이 아니라 ${got}입니다.`,
      count: (what: string, got: number, want: number) =>
        `${josa(what, "이/가")} ${want}개여야 하는데 ${got}개입니다.`,
      notFinite: (what: string, list: string, position: number, value: string) =>
        `${what} ${list}에서 ${position}번째가 ${value}입니다. ${josa(what, "은/는")} 모두 0 이상의 유한한 수여야 합니다.`,
      sum: (what: string, list: string, total: string) =>
        `${what} ${list}의 합이 ${total}입니다. 합은 1이어야 합니다.`,
      temperatureZero: (got: string, want: string) =>
        `온도 0에서는 가장 큰 스코어에만 가중치가 가야 하는데, ${josa(got, "을/를")} 돌려줬습니다. 맞는 값은 ${want}입니다.`,
      result: (got: string) => `결과가 ${got}입니다.`,
      scoresPerKey: (keys: number, scores: string) => `스코어가 키 ${keys}개에 하나씩이 아닙니다(${scores}).`,
      scoreOfKey: (key: number, got: string, score: string, want: string) =>
        `${key}번째 키의 스코어가 ${got}입니다. ${score}(쿼리, 키)는 ${want}입니다.`,
      notSoftmax: (weights: string, softmax: string) =>
        `가중치가 ${weights}입니다. 스코어의 소프트맥스는 ${softmax}입니다.`,
      valueSize: (got: string, size: number | undefined, dv: number, want: string) =>
        `값이 ${size === undefined ? "배열이 아닙니다" : `${size}차원입니다`}(${got}). 값(values)과 같은 ${dv}차원이어야 합니다. 가중합은 ${want}입니다.`,
      valueSum: (got: string, want: string) => `값이 ${got}입니다. 가중합 Σ_j α_j v_j는 ${want}입니다.`,
      tooManyTokens: (n: number, tokens: string, maxLength: number) =>
        `토큰을 ${n}개 썼습니다(${tokens}). maxLength ${maxLength}개를 넘으면 안 됩니다.`,
      special: (tokens: string, special: string) =>
        `출력 ${tokens}에 특수 토큰 ${special}${particle(special, "이/가", "드")} 있습니다. 패딩, 시작 토큰, 끝 토큰은 출력에 쓰지 않습니다.`,
      stepsPerToken: (n: number) => `단계(steps)가 토큰 ${n}개에 하나씩이 아닙니다.`,
      threwKnown: (_name: string, message: string) => `오류가 났습니다. ${message}`,
      threw: (error: string) => `오류가 났습니다(${error}).`,
      otherShape: (got: string) => `예상과 다른 모양의 결과를 돌려줬습니다(${got}).`,
      changedArg: (position: number, before: string, after: string) =>
        `${position}번째 인자를 바꿨습니다. 호출 전 ${before}, 호출 뒤 ${after}입니다.`,
      notExported: (name: string) => `라이브러리가 ${josa(name, "을/를")} 내보내지 않습니다(index.ts).`,
      failed: (call: string, problem: string) => `${call} 호출: ${problem}`,
      checkThrew: (error: string) => `검사하는 중에 오류가 났습니다(${error}).`,
    },
  },
  en: {
    exercise: {
      changedArg: (lead: string, call: string, name: string, before: string, after: string) =>
        `${lead}${call} changed its argument ${name}: ${before} before the call, ${after} after.`,
      threw: (lead: string, call: string, error: string, wanted: string) =>
        `${lead}${call} threw ${error}; it should return ${wanted}.`,
      returned: (lead: string, call: string, got: string, wanted: string) =>
        `${lead}${call} returned ${got}; it should return ${wanted}.`,
      noFunction: (fn: string) => `Your code defines no function ${fn}.`,
    },
    library: {
      weights: { weights: "weight", alignment: "alignment weight" },
      returned: (got: string, want: string) => `returned ${got}; it should be ${want}.`,
      outputReturned: (got: string, want: string) => `its output returned ${got}; it should be ${want}.`,
      notList: (what: string, got: string) => `its ${what}s are not a list but ${got}.`,
      count: (what: string, got: number, want: number) =>
        `it gave ${count(got, what)}; there must be ${want}.`,
      notFinite: (what: string, list: string, position: number, value: string) =>
        `${what}s ${list}: number ${position} is ${value}; every one must be a finite number ≥ 0.`,
      sum: (what: string, list: string, total: string) =>
        `${what}s ${list} sum to ${total}; they must sum to 1.`,
      temperatureZero: (got: string, want: string) =>
        `At temperature 0 only the largest scores may get weight, but it returned ${got}; it should be ${want}.`,
      result: (got: string) => `it returned ${got}.`,
      scoresPerKey: (keys: number, scores: string) =>
        `its scores ${scores} are not one per key (${count(keys, "key")}).`,
      scoreOfKey: (key: number, got: string, score: string, want: string) =>
        `the score of key ${key} is ${got}; ${score}(query, key) is ${want}.`,
      notSoftmax: (weights: string, softmax: string) =>
        `its weights ${weights} are not the softmax of its scores, ${softmax}.`,
      valueSize: (got: string, size: number | undefined, dv: number, want: string) =>
        `its value ${got} ${size === undefined ? "is not a list" : `has ${count(size, "number")}`}; it must have the values' size, ${dv}: ${want}.`,
      valueSum: (got: string, want: string) =>
        `its value is ${got}; the weighted sum Σ_j α_j v_j is ${want}.`,
      tooManyTokens: (n: number, tokens: string, maxLength: number) =>
        `it wrote ${count(n, "token")} (${tokens}); maxLength is ${maxLength}.`,
      special: (tokens: string, special: string) =>
        `its output ${tokens} contains ${special}; <pad>, <s> and </s> are never written.`,
      stepsPerToken: (n: number) => `its steps are not one per written token (${n}).`,
      threwKnown: (name: string, message: string) => `threw ${name}: ${message}`,
      threw: (error: string) => `threw ${error}.`,
      otherShape: (got: string) => `returned something of another shape: ${got}.`,
      changedArg: (position: number, before: string, after: string) =>
        `changed its argument ${position}: ${before} before the call, ${after} after.`,
      notExported: (name: string) => `The library no longer exports ${name} (index.ts).`,
      failed: (call: string, problem: string) => `${call}: ${problem}`,
      checkThrew: (error: string) => `Checking it threw ${error}.`,
    },
  },
});

/** One language's words for the library checks. */
export type LibraryWords = (typeof strings)["en"]["library"];

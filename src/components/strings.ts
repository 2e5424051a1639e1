import { defineStrings } from "../i18n/lang.ts";

/** What the course's components say in the page (each component reads only its own part). */
export const strings = defineStrings({
  ko: {
    temperatureChart: { key: "키", weight: "가중치", temp: "온도 τ", caption: "스코어" },
    exercise: {
      passed: "통과",
      failed: "아직",
      checking: "확인 중…",
      error: "코드를 실행하다가 오류가 났습니다",
      allPassed: (n: number) => `검사 ${n}개를 모두 통과했습니다.`,
      somePassed: (k: number, n: number, first: string) =>
        `검사 ${n}개 중 ${k}개를 통과했습니다. 처음 실패한 검사는 ‘${first}’입니다.`,
    },
  },
  en: {
    temperatureChart: { key: "key", weight: "weight", temp: "temperature τ", caption: "scores" },
    exercise: {
      passed: "passed",
      failed: "not yet",
      checking: "checking…",
      error: "Your code stopped with an error",
      allPassed: (n: number) => `All ${n} checks passed.`,
      somePassed: (k: number, n: number, first: string) =>
        `${k} of ${n} checks passed. The first that failed: ${first}.`,
    },
  },
});

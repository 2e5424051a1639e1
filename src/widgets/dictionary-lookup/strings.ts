import { josa } from "../../i18n/particles.ts";

/** What the dictionary-lookup widget says, in both languages. */
export const strings = {
  ko: {
    title: "딕셔너리 조회: 연도로 영화 찾기",
    query: "쿼리",
    key: "키",
    compare: "비교 (0/1)",
    value: "값",
    output: "출력",
    noMatch: (q: string) => `${josa(`“${q}”`, "과/와")} 같은 키가 없어서 출력이 없습니다.`,
    emptyQuery: "쿼리를 입력하세요 (예: 2018).",
    longQuery: (n: number) => `쿼리가 너무 깁니다 (${n}자). 20자 이하로 입력하세요.`,
    sum: "출력 = Σ 비교 × 값",
    entries: "딕셔너리 항목",
    remove: (k: string) => `${k} 항목 삭제`,
    add: "항목 추가",
    newKey: "새 키",
    newValue: "새 값",
    emptyEntry: "새 항목에는 키와 값이 모두 있어야 합니다.",
    duplicate: (k: string) =>
      `키 ${josa(`“${k}”`, "은/는")} 이미 있습니다. 딕셔너리의 키는 서로 달라야 합니다.`,
    tooMany: (n: number) => `항목은 ${n}개까지 넣을 수 있습니다.`,
    lastEntry: "항목이 하나는 있어야 조회할 수 있습니다.",
    numbers: "숫자로 보기",
    tableCaption: "키마다 비교한 결과",
    summary: (q: string, out: string | undefined) =>
      out === undefined ? `쿼리 ${q}: 일치하는 키 없음` : `쿼리 ${q}: 일치하는 키의 값은 ${out}`,
  },
  en: {
    title: "Dictionary lookup: movies by year",
    query: "query",
    key: "key",
    compare: "compare (0/1)",
    value: "value",
    output: "output",
    noMatch: (q: string) => `No key equals “${q}”, so the lookup outputs nothing.`,
    emptyQuery: "Type a query (for example 2018).",
    longQuery: (n: number) => `The query is too long (${n} characters). Use at most 20.`,
    sum: "output = Σ compare × value",
    entries: "Dictionary entries",
    remove: (k: string) => `Remove entry ${k}`,
    add: "Add entry",
    newKey: "new key",
    newValue: "new value",
    emptyEntry: "A new entry needs both a key and a value.",
    duplicate: (k: string) => `The key “${k}” is already there. Keys in a dictionary must differ.`,
    tooMany: (n: number) => `At most ${n} entries fit.`,
    lastEntry: "Keep at least one entry to look up.",
    numbers: "numbers",
    tableCaption: "The comparison with each key",
    summary: (q: string, out: string | undefined) =>
      out === undefined ? `query ${q}: no key matches` : `query ${q}: the matching key's value is ${out}`,
  },
};

export type Strings = (typeof strings)["ko"];

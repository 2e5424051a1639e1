// What the date widgets say about an input and its decoding, in both languages (see date-input.ts),
// and the example dates they offer.
import { defineStrings } from "../../i18n/lang.ts";
import { josa } from "../../i18n/particles.ts";
import { MONTHS, type DateCaution } from "../../lib/attention/data/dates.ts";

/** The course's Korean date: the first input of the widgets that read one. */
export const KOREAN_DATE = "2026년 11월 24일";

/** Example inputs one click away, the same in both editions; some put the year first, some last. */
export const EXAMPLES = [
  "24 November 2026",
  "Nov 24, 2026",
  "11/24/2026",
  KOREAN_DATE,
  "the 3rd of March 1999",
  "마감일: 2031. 7. 9.",
];

export const strings = defineStrings({
  ko: {
    empty: "날짜를 입력하세요 (예: 24 November 2026).",
    long: (n: number, max: number) => `입력이 너무 깁니다 (${n}자). ${max}자 이하로 줄이세요.`,
    cautions: {
      "no-digits": () =>
        "입력에 숫자가 하나도 없습니다. 모델은 숫자로 쓴 날짜만 보고 학습했으므로, 출력은 입력에서 읽어 낸 날짜가 아닙니다.",
      "unknown-characters": (c: Extract<DateCaution, { kind: "unknown-characters" }>) =>
        `모델이 모르는 글자가 있습니다: ${quote(c.characters)}. 모델은 이런 글자를 모두 같은 토큰 <unk> 하나로 읽습니다.`,
      "too-long": (c: Extract<DateCaution, { kind: "too-long" }>) =>
        `입력 길이가 ${c.length}자로, 학습 때 본 가장 긴 입력(${c.longest}자)보다 깁니다.`,
      "not-a-date": (c: Extract<DateCaution, { kind: "not-a-date" }>) =>
        c.output === ""
          ? "모델이 날짜를 쓰기도 전에 끝 토큰을 냈습니다. 출력이 비어 있습니다."
          : `출력 ${josa(c.output, "은/는")} YYYY-MM-DD 꼴이 아니어서 날짜로 읽을 수 없습니다.`,
      "no-such-month": (c: Extract<DateCaution, { kind: "no-such-month" }>) =>
        `출력 ${josa(c.output, "은/는")} 실제 날짜가 아닙니다. 월 자리에 쓴 ${c.month}에 해당하는 달이 없습니다(01–12).`,
      "no-such-day": (c: Extract<DateCaution, { kind: "no-such-day" }>) =>
        c.day === "00"
          ? `출력 ${josa(c.output, "은/는")} 실제 날짜가 아닙니다. 일 자리에 쓴 00에 해당하는 날이 없습니다.`
          : `출력 ${josa(c.output, "은/는")} 실제 날짜가 아닙니다. ${c.year}년 ${c.month}월에는 ${c.days}일까지만 있습니다.`,
      "not-in-input": (c: Extract<DateCaution, { kind: "not-in-input" }>) =>
        `출력 ${c.output}의 ${koreanList(c.fields.map((f) => `${FIELD_NAMES.ko[f.field]} ${f.value}`))} 입력 어디에도 없습니다. 모델이 입력에 없는 값을 채워 넣었습니다.`,
    },
    noAnswer:
      "모델에는 ‘모르겠다’는 출력이 없어서, 어떤 입력에도 날짜 모양의 답을 씁니다. 그 답이 어디를 보고 나왔는지는 그대로 보여 줍니다.",
    conventions:
      "읽는 규칙: 빗금(/)은 월을 먼저(03/04/2026 = 2026-03-04), 점(.)은 일을 먼저(03.04.2026 = 2026-04-03) 읽습니다. 연도가 맨 앞이면 연-월-일입니다. 두 자리 연도는 50–99가 1950–1999년, 00–49가 2000–2049년입니다.",
  },
  en: {
    empty: "Type a date (for example 24 November 2026).",
    long: (n: number, max: number) => `The input is too long (${n} characters). Keep it to ${max} or fewer.`,
    cautions: {
      "no-digits": () =>
        "The input has no digits. The model learned only from dates written with digits, so its output is not a date read from the input.",
      "unknown-characters": (c: Extract<DateCaution, { kind: "unknown-characters" }>) =>
        `The model does not know these characters: ${quote(c.characters)}. It reads every one of them as the same token, <unk>.`,
      "too-long": (c: Extract<DateCaution, { kind: "too-long" }>) =>
        `The input is ${c.length} characters long, longer than any input the model was trained on (${c.longest} at most).`,
      "not-a-date": (c: Extract<DateCaution, { kind: "not-a-date" }>) =>
        c.output === ""
          ? "The model wrote the end token before any date: the output is empty."
          : `The output ${c.output} does not have the form YYYY-MM-DD, so it is not a date.`,
      "no-such-month": (c: Extract<DateCaution, { kind: "no-such-month" }>) =>
        `The output ${c.output} is not a real date: there is no month ${c.month} (months run 01–12).`,
      "no-such-day": (c: Extract<DateCaution, { kind: "no-such-day" }>) =>
        c.day === "00"
          ? `The output ${c.output} is not a real date: there is no day 00.`
          : `The output ${c.output} is not a real date: ${MONTHS[c.month - 1]} ${c.year} has only ${c.days} days.`,
      "not-in-input": (c: Extract<DateCaution, { kind: "not-in-input" }>) =>
        `In the output ${c.output}, ${englishList(c.fields.map((f) => `the ${FIELD_NAMES.en[f.field]} ${f.value}`))} ${c.fields.length === 1 ? "is" : "are"} nowhere in the input: the model filled ${c.fields.length === 1 ? "it" : "them"} in.`,
    },
    noAnswer:
      "The model has no way to say “I don't know”: whatever the input, it writes something shaped like a date. Where that answer came from is still shown.",
    conventions:
      "How it reads: a slash puts the month first (03/04/2026 = 2026-03-04), a dot the day first (03.04.2026 = 2026-04-03); with the year first it is year-month-day. Two-digit years 50–99 are 1950–1999, 00–49 are 2000–2049.",
  },
});

/** What a field of an output date is called (see `not-in-input`). */
const FIELD_NAMES = {
  ko: { year: "연도", month: "월", day: "일" },
  en: { year: "year", month: "month", day: "day" },
} as const;

/** 「A는」, 「A와 B는」, 「A, B와 C는」: particles chosen by how each last item is read. */
function koreanList(items: readonly string[]): string {
  const last = josa(items[items.length - 1], "은/는");
  if (items.length === 1) return last;
  return `${items
    .slice(0, -2)
    .map((x) => `${x}, `)
    .join("")}${josa(items[items.length - 2], "과/와")} ${last}`;
}

/** "A", "A and B", "A, B and C". */
function englishList(items: readonly string[]): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function quote(chars: readonly string[]): string {
  return chars.map((c) => `“${c}”`).join(" ");
}

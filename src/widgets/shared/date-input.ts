// Checking a date input before the model reads it: empty, too long, or characters the model has
// never seen each get a clear message in the reader's language. Pure.

export const MAX_INPUT = 60;

/** Example inputs one click away; some put the year first, some last. */
export const EXAMPLES = [
  "24 November 2026",
  "Nov 24, 2026",
  "11/24/2026",
  "2026년 11월 24일",
  "the 3rd of March 1999",
  "마감일: 2031. 7. 9.",
];

const messages = {
  ko: {
    empty: "날짜를 입력하세요 (예: 24 November 2026).",
    long: (n: number) => `입력이 너무 깁니다 (${n}자). ${MAX_INPUT}자 이하로 줄이세요.`,
    unsupported: (chars: string) =>
      `모델이 모르는 글자가 있습니다: ${chars}. 숫자, 영어 알파벳, 한글 날짜 표기(년·월·일)를 쓰세요.`,
  },
  en: {
    empty: "Type a date (for example 24 November 2026).",
    long: (n: number) => `The input is too long (${n} characters). Keep it to ${MAX_INPUT} or fewer.`,
    unsupported: (chars: string) =>
      `The model does not know these characters: ${chars}. Use digits, English letters, or the Korean 년 월 일.`,
  },
};

/** The problem with an input for a model whose alphabet is `alphabet`, or null when it can be read. */
export function dateInputProblem(
  text: string,
  alphabet: readonly string[],
  lang: "ko" | "en",
): string | null {
  const m = messages[lang];
  if (text.trim() === "") return m.empty;
  const chars = Array.from(text);
  if (chars.length > MAX_INPUT) return m.long(chars.length);
  const known = new Set(alphabet);
  const unknown = [...new Set(chars.filter((c) => !known.has(c)))];
  if (unknown.length > 0) return m.unsupported(unknown.map((c) => `“${c}”`).join(" "));
  return null;
}

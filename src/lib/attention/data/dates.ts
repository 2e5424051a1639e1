// The running example's data: dates written in many ways, each paired with its ISO 8601 form.
//   "24 November 2026", "Nov 24, 2026", "11/24/2026", "2026년 11월 24일", … → "2026-11-24"
// Years 1900–2099. Some inputs put the date inside a short sentence, so that inputs of very
// different lengths exist (Bahdanau et al. 2014, Fig. 2: without attention, quality falls as
// inputs get longer). Everything is drawn from a seeded generator.
// Two varieties: "classic", the first fourteen formats as they were first shipped (the held-out
// split the course has always reported), and "wide" (the default), which adds what people
// really type: ordinals ("March 3rd, 2026"), two-digit years ("24.11.26"), Korean without spaces
// and with zero-padded numbers, ALL CAPS, extra and missing spaces.
// Conventions for orders a reader cannot tell apart (the model learns them from the data):
//   a slash puts the month first (03/04/2026 = 4 March 2026, as in the US), a dot puts the day
//   first (03.04.2026 = 3 April 2026, as in most of Europe), unless the year comes first
//   (2026/03/04, 2026. 3. 4. = 4 March); a two-digit year 50–99 is 1950–1999, 00–49 is 2000–2049.

import { type Rng, createRng } from "../rng.ts";

/** One training pair: the input text, the normalised date, and the name of the input's format. */
export interface Example {
  input: string;
  output: string;
  format: string;
}

/** A date as three numbers (month 1–12). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Train, validation and test examples; no input appears in two splits. */
export interface DateDataset {
  train: Example[];
  validation: Example[];
  test: Example[];
}

/** The English month names, January first, as the generator writes them. */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const KOREAN_WEEKDAYS = ["일요일", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일"];

/** Days in a month, with leap years (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Day of the week, 0 = Sunday (Sakamoto's method, Gregorian calendar). */
export function weekday({ year, month, day }: CalendarDate): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offsets[month - 1] + day) % 7;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** The normalised form YYYY-MM-DD. */
export function isoDate({ year, month, day }: CalendarDate): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/** The date formats: name → how a date is written in it. */
export const DATE_FORMATS: Readonly<Record<string, (d: CalendarDate) => string>> = {
  "D Month YYYY": (d) => `${d.day} ${MONTHS[d.month - 1]} ${d.year}`,
  "D Mon YYYY": (d) => `${d.day} ${MONTHS[d.month - 1].slice(0, 3)} ${d.year}`,
  "Mon D, YYYY": (d) => `${MONTHS[d.month - 1].slice(0, 3)} ${d.day}, ${d.year}`,
  "Month D, YYYY": (d) => `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`,
  "MM/DD/YYYY": (d) => `${pad2(d.month)}/${pad2(d.day)}/${d.year}`,
  "M/D/YYYY": (d) => `${d.month}/${d.day}/${d.year}`,
  "DD.MM.YYYY": (d) => `${pad2(d.day)}.${pad2(d.month)}.${d.year}`,
  "YYYY-MM-DD": (d) => isoDate(d),
  "Weekday, Month D, YYYY": (d) => `${WEEKDAYS[weekday(d)]}, ${MONTHS[d.month - 1]} ${d.day}, ${d.year}`,
  "Wkd D Mon YYYY": (d) =>
    `${WEEKDAYS[weekday(d)].slice(0, 3)} ${d.day} ${MONTHS[d.month - 1].slice(0, 3)} ${d.year}`,
  "the Dth of Month YYYY": (d) => `the ${ordinal(d.day)} of ${MONTHS[d.month - 1]} ${d.year}`,
  "YYYY년 M월 D일": (d) => `${d.year}년 ${d.month}월 ${d.day}일`,
  "YYYY년 M월 D일 요일": (d) => `${d.year}년 ${d.month}월 ${d.day}일 ${KOREAN_WEEKDAYS[weekday(d)]}`,
  "YYYY. M. D.": (d) => `${d.year}. ${d.month}. ${d.day}.`,
};

/** The formats the wide variety adds (written only with characters of the classic alphabet). */
export const WIDE_FORMATS: Readonly<Record<string, (d: CalendarDate) => string>> = {
  "Month Dth, YYYY": (d) => `${MONTHS[d.month - 1]} ${ordinal(d.day)}, ${d.year}`,
  "Dth Month YYYY": (d) => `${ordinal(d.day)} ${MONTHS[d.month - 1]} ${d.year}`,
  "Mon Dth, YYYY": (d) => `${MONTHS[d.month - 1].slice(0, 3)} ${ordinal(d.day)}, ${d.year}`,
  "Dth Mon YYYY": (d) => `${ordinal(d.day)} ${MONTHS[d.month - 1].slice(0, 3)} ${d.year}`,
  "Month D YYYY": (d) => `${MONTHS[d.month - 1]} ${d.day} ${d.year}`,
  "D.M.YYYY": (d) => `${d.day}.${d.month}.${d.year}`,
  "YYYY/MM/DD": (d) => `${d.year}/${pad2(d.month)}/${pad2(d.day)}`,
  "YYYY.MM.DD": (d) => `${d.year}.${pad2(d.month)}.${pad2(d.day)}`,
  "YYYY. MM. DD.": (d) => `${d.year}. ${pad2(d.month)}. ${pad2(d.day)}.`,
  YYYY년M월D일: (d) => `${d.year}년${d.month}월${d.day}일`,
  "YYYY년 MM월 DD일": (d) => `${d.year}년 ${pad2(d.month)}월 ${pad2(d.day)}일`,
  "DD.MM.YY": (d) => `${pad2(d.day)}.${pad2(d.month)}.${pad2(d.year % 100)}`,
  "MM/DD/YY": (d) => `${pad2(d.month)}/${pad2(d.day)}/${pad2(d.year % 100)}`,
  "M/D/YY": (d) => `${d.month}/${d.day}/${pad2(d.year % 100)}`,
  "D Mon 'YY": (d) => `${d.day} ${MONTHS[d.month - 1].slice(0, 3)} '${pad2(d.year % 100)}`,
  "YY년 M월 D일": (d) => `${pad2(d.year % 100)}년 ${d.month}월 ${d.day}일`,
};

/** Formats with a two-digit year: their dates lie in 1950–2049 (50–99 → 19xx, 00–49 → 20xx). */
const TWO_DIGIT_YEAR = new Set(["DD.MM.YY", "MM/DD/YY", "M/D/YY", "D Mon 'YY", "YY년 M월 D일"]);

/** How a wide example's text is altered, besides the classic lower case and sentence. */
export const STYLES = [
  "plain",
  "lower case",
  "all caps",
  "extra spaces",
  "missing spaces",
  "in a sentence",
] as const;

/**
 * A format name as the generator writes it split into format and style.
 *
 * @example
 * formatParts("D Mon YYYY (all caps)"); // { format: "D Mon YYYY", style: "all caps" }
 * formatParts("YYYY년 M월 D일 in a sentence"); // { format: "YYYY년 M월 D일", style: "in a sentence" }
 */
export function formatParts(name: string): { format: string; style: (typeof STYLES)[number] } {
  if (name.endsWith(" in a sentence")) return { format: name.slice(0, -14), style: "in a sentence" };
  const m = /^(.*) \((lower case|all caps|extra spaces|missing spaces)\)$/.exec(name);
  if (m) return { format: m[1], style: m[2] as (typeof STYLES)[number] };
  return { format: name, style: "plain" };
}

/** Short sentences a date can appear in ({} marks the date). */
export const SENTENCES: readonly string[] = [
  "see you on {}",
  "the meeting is on {} at 10am",
  "due date: {} (please confirm)",
  "{} is the deadline",
  "we moved in on {}, I think",
  "born {} in Seoul",
  "회의는 {}에 열립니다",
  "마감일: {}",
  "{}까지 제출하세요",
  "{} was the date printed on the letter we got from the city office",
  "please note that {} is when the library closes for renovation work",
  "{}에 보낸 메일을 확인해 주시고 내용이 맞는지 답장 부탁드립니다",
];

/** Every character the generator can write, sorted: the model's input alphabet. */
export function dateAlphabet(): string[] {
  const chars = new Set<string>();
  const add = (s: string): void => {
    for (const c of s) chars.add(c);
  };
  add("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .,/-:()'");
  [...MONTHS, ...WEEKDAYS, ...KOREAN_WEEKDAYS, ...SENTENCES, "년월일"].forEach(add);
  return [...chars].sort();
}

/** A uniformly random date between 1900-01-01 and 2099-12-31 (or within the years given). */
export function randomDate(rng: Rng, firstYear = 1900, lastYear = 2099): CalendarDate {
  const year = firstYear + rng.int(lastYear - firstYear + 1);
  const month = 1 + rng.int(12);
  const day = 1 + rng.int(daysInMonth(year, month));
  return { year, month, day };
}

const FORMAT_NAMES = Object.keys(DATE_FORMATS);

/** One random example of the classic variety: a date in one of the first formats, sometimes in a sentence or lower case. */
export function randomClassicExample(rng: Rng): Example {
  const date = randomDate(rng);
  const format = FORMAT_NAMES[rng.int(FORMAT_NAMES.length)];
  let input = DATE_FORMATS[format](date);
  let name = format;
  const style = rng.next();
  if (style < 0.1) {
    input = input.toLowerCase();
    name = `${format} (lower case)`;
  } else if (style < 0.4) {
    const sentence = SENTENCES[rng.int(SENTENCES.length)];
    input = sentence.replace("{}", input);
    name = `${format} in a sentence`;
  }
  return { input, output: isoDate(date), format: name };
}

const WIDE_NAMES = [...FORMAT_NAMES, ...Object.keys(WIDE_FORMATS)];
const ALL_FORMATS: Readonly<Record<string, (d: CalendarDate) => string>> = {
  ...DATE_FORMATS,
  ...WIDE_FORMATS,
};

/** Puts one or more extra spaces after a space or a punctuation mark (at least one). */
function addSpaces(text: string, rng: Rng): string {
  const chars = [...text];
  const spots = chars.flatMap((c, i) => (i < chars.length - 1 && " .,/-:'".includes(c) ? [i] : []));
  if (spots.length === 0) return text;
  const chosen = new Set([spots[rng.int(spots.length)]]);
  for (const i of spots) if (rng.next() < 0.3) chosen.add(i);
  return chars.map((c, i) => (chosen.has(i) ? c + " ".repeat(1 + rng.int(2)) : c)).join("");
}

/** Takes out every space (half the time) or one of them. */
function dropSpaces(text: string, rng: Rng): string {
  const spaces = [...text].flatMap((c, i) => (c === " " ? [i] : []));
  if (spaces.length === 0) return text;
  if (rng.next() < 0.5) return text.replaceAll(" ", "");
  const drop = spaces[rng.int(spaces.length)];
  return [...text].filter((_, i) => i !== drop).join("");
}

/**
 * One random example of the wide variety: any of the formats, plain, in lower case or ALL CAPS,
 * with extra or missing spaces, or inside a sentence.
 */
export function randomExample(rng: Rng): Example {
  const format = WIDE_NAMES[rng.int(WIDE_NAMES.length)];
  const date = TWO_DIGIT_YEAR.has(format) ? randomDate(rng, 1950, 2049) : randomDate(rng);
  let input = ALL_FORMATS[format](date);
  let style: (typeof STYLES)[number] = "plain";
  const r = rng.next();
  if (r < 0.08) {
    input = input.toLowerCase();
    style = "lower case";
  } else if (r < 0.14) {
    input = input.toUpperCase();
    style = "all caps";
  } else if (r < 0.22) {
    input = addSpaces(input, rng);
    style = "extra spaces";
  } else if (r < 0.3 && input.includes(" ")) {
    input = dropSpaces(input, rng);
    style = "missing spaces";
  } else if (r < 0.55) {
    input = SENTENCES[rng.int(SENTENCES.length)].replace("{}", input);
    style = "in a sentence";
  }
  const name =
    style === "plain"
      ? format
      : style === "in a sentence"
        ? `${format} in a sentence`
        : `${format} (${style})`;
  return { input, output: isoDate(date), format: name };
}

/**
 * The longest input either variety can write, in characters: past it, a model reads what it never saw.
 *
 * @example
 * longestDateInput(); // 93: the longest sentence around "Wednesday, September 27, 2000"
 */
export function longestDateInput(): number {
  // The longest sentence around the longest written date, with room for a few extra spaces.
  const longestDate = Math.max(
    ...Object.values(ALL_FORMATS).map((f) => [...f({ year: 2000, month: 9, day: 27 })].length),
  );
  const longestSentence = Math.max(...SENTENCES.map((s) => [...s].length - 2));
  return longestSentence + longestDate;
}

/** Options of {@link makeDateDataset}. */
export interface DateDatasetOptions {
  seed: number;
  train: number;
  validation: number;
  test: number;
  /** "wide" (default): every format and style; "classic": the first fourteen formats, as first shipped. */
  variety?: "wide" | "classic";
  /** Inputs that may appear in no split (e.g. another dataset's test split). */
  exclude?: readonly string[];
}

function draw(rng: Rng, count: number, taken: Set<string>, example: (rng: Rng) => Example): Example[] {
  const out: Example[] = [];
  let attempts = 0;
  while (out.length < count) {
    if (++attempts > count * 20 + 1000)
      throw new RangeError("makeDateDataset: too few distinct inputs for the sizes asked");
    const ex = example(rng);
    if (taken.has(ex.input)) continue;
    taken.add(ex.input);
    out.push(ex);
  }
  return out;
}

/**
 * A seeded dataset of dates in many formats with train/validation/test splits. No input appears
 * in two splits (nor among `exclude`); the test split depends only on the seed, its size, the
 * variety and `exclude`.
 *
 * @example
 * const data = makeDateDataset({ seed: 1, train: 1000, validation: 100, test: 100 });
 * data.train[0]; // e.g. { input: "Nov 24, 2026", output: "2026-11-24", format: "Mon D, YYYY" }
 */
export function makeDateDataset(options: DateDatasetOptions): DateDataset {
  const taken = new Set<string>(options.exclude ?? []);
  const example = options.variety === "classic" ? randomClassicExample : randomExample;
  const test = draw(createRng(options.seed ^ 0x7e57_0001), options.test, taken, example);
  const validation = draw(createRng(options.seed ^ 0x0a11_0002), options.validation, taken, example);
  const train = draw(createRng(options.seed), options.train, taken, example);
  return { train, validation, test };
}

/**
 * Something a reader should know about one decoding: the input is far from everything the model
 * was trained on, or the output is not a real calendar date. A model always writes some output
 * (its softmax over output characters picks one at every step, and no output means "I don't
 * know"), so these are read off the input and the output, not asked of the model.
 */
export type DateCaution =
  /** The input has no digit at all: every training input has some. */
  | { kind: "no-digits" }
  /** Characters outside the model's input vocabulary: each is read as the one token "<unk>". */
  | { kind: "unknown-characters"; characters: string[] }
  /** Longer than every input the generator writes. */
  | { kind: "too-long"; length: number; longest: number }
  /** The output is not of the form YYYY-MM-DD. */
  | { kind: "not-a-date"; output: string }
  /** YYYY-MM-DD with a month outside 01–12. */
  | { kind: "no-such-month"; output: string; month: string }
  /** YYYY-MM-DD with a day the month does not have (e.g. 2023-02-29). */
  | { kind: "no-such-day"; output: string; year: number; month: number; day: string; days: number }
  /** Fields of the output found nowhere in the input: the model filled them in ("2026" → 2026-02-20). */
  | { kind: "not-in-input"; output: string; fields: DateField[] };

/** One field of an output date, as written in the output ("2026", "02", "20"). */
export interface DateField {
  field: "year" | "month" | "day";
  value: string;
}

/**
 * The cautions for one decoding of `input` into `output` by a model whose input vocabulary is
 * `vocabulary` (characters; the special tokens are ignored). Empty when nothing is amiss. With
 * `output` null (only the encoder ran), only the input is checked.
 *
 * @example
 * dateCautions("29 February 2023", "2023-02-29", model.config.inputVocab);
 * // [{ kind: "no-such-day", output: "2023-02-29", year: 2023, month: 2, day: "29", days: 28 }]
 * dateCautions("tomorrow", "1939-03-09", model.config.inputVocab); // [{ kind: "no-digits" }]
 */
export function dateCautions(
  input: string,
  output: string | null,
  vocabulary: readonly string[],
): DateCaution[] {
  const cautions: DateCaution[] = [];
  const chars = [...input];
  if (!/[0-9]/.test(input)) cautions.push({ kind: "no-digits" });
  const known = new Set(vocabulary);
  const unknown = [...new Set(chars.filter((c) => !known.has(c)))];
  if (unknown.length > 0) cautions.push({ kind: "unknown-characters", characters: unknown });
  const longest = longestDateInput();
  if (chars.length > longest) cautions.push({ kind: "too-long", length: chars.length, longest });
  if (output === null) return cautions;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(output);
  if (!m) {
    cautions.push({ kind: "not-a-date", output });
    return cautions;
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) cautions.push({ kind: "no-such-month", output, month: m[2] });
  else if (day < 1 || day > daysInMonth(year, month))
    cautions.push({ kind: "no-such-day", output, year, month, day: m[3], days: daysInMonth(year, month) });
  // Without digits in the input, "no-digits" has already said the output was not read from it.
  const missing = cautions.some((c) => c.kind === "no-digits")
    ? []
    : fieldsNotInInput(input, m[1], m[2], m[3]);
  if (missing.length > 0) cautions.push({ kind: "not-in-input", output, fields: missing });
  return cautions;
}

/**
 * The fields of an output date YYYY-MM-DD that cannot be found in the input: the year as a
 * number of its own (2026, or its last two digits: '26, 26년), the month as a number (11, 03,
 * 11월) or an English month name in any case (Nov, NOVEMBER, nov2026), the day as a number (24,
 * 03, 3rd). A date written in any of the generator's formats and styles has all three; what a
 * model writes beyond them it made up.
 *
 * @example
 * fieldsNotInInput("13/32/2026", "2026", "03", "03"); // [{ field: "month", value: "03" }, { field: "day", value: "03" }]
 * fieldsNotInInput("the 3rd of March 1999", "1999", "03", "03"); // []
 */
export function fieldsNotInInput(input: string, year: string, month: string, day: string): DateField[] {
  // Each run of digits as written; a run that ends in the year is the year and the number before
  // it (a day or a month written straight before the year: "July 41930" without its space).
  const numbers = (input.match(/\d+/g) ?? []).flatMap((n) =>
    n.length > year.length && n.endsWith(year) ? [n.slice(0, -year.length), year] : [n],
  );
  const hasNumber = (value: string): boolean =>
    numbers.some((n) => n.length <= 2 && Number(n) === Number(value));
  const missing: DateField[] = [];
  if (!numbers.some((n) => n === year || n === year.slice(2))) missing.push({ field: "year", value: year });
  if (!hasNumber(month) && !hasMonthName(input, Number(month)))
    missing.push({ field: "month", value: month });
  if (!hasNumber(day)) missing.push({ field: "day", value: day });
  return missing;
}

/**
 * Whether the input names month m (1–12) in English: its first three letters, optionally more of
 * the name, and then no further letter ("Nov", "november", "24NOV2026"; not the "nov" of
 * "renovation").
 */
function hasMonthName(input: string, m: number): boolean {
  const name = MONTHS[m - 1]?.toLowerCase();
  if (name === undefined) return false;
  const text = input.toLowerCase();
  for (let at = text.indexOf(name.slice(0, 3)); at >= 0; at = text.indexOf(name.slice(0, 3), at + 1)) {
    let end = at + 3;
    while (end - at < name.length && text[end] === name[end - at]) end++;
    if (!/[a-z]/.test(text[end] ?? "")) return true;
  }
  return false;
}

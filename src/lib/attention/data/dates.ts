// The running example's data: dates written in many ways, each paired with its ISO 8601 form.
//   "24 November 2026", "Nov 24, 2026", "11/24/2026", "2026년 11월 24일", … → "2026-11-24"
// Years 1900–2099. Some inputs put the date inside a short sentence, so that inputs of very
// different lengths exist (Bahdanau et al. 2014, Fig. 2: without attention, quality falls as
// inputs get longer). Everything is drawn from a seeded generator.

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

const MONTHS = [
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

/** A uniformly random date between 1900-01-01 and 2099-12-31. */
export function randomDate(rng: Rng): CalendarDate {
  const year = 1900 + rng.int(200);
  const month = 1 + rng.int(12);
  const day = 1 + rng.int(daysInMonth(year, month));
  return { year, month, day };
}

const FORMAT_NAMES = Object.keys(DATE_FORMATS);

/** One random example: a random date in a random format, sometimes in a sentence or lower case. */
export function randomExample(rng: Rng): Example {
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

/** Options of {@link makeDateDataset}. */
export interface DateDatasetOptions {
  seed: number;
  train: number;
  validation: number;
  test: number;
}

function draw(rng: Rng, count: number, taken: Set<string>): Example[] {
  const out: Example[] = [];
  let attempts = 0;
  while (out.length < count) {
    if (++attempts > count * 20 + 1000)
      throw new RangeError("makeDateDataset: too few distinct inputs for the sizes asked");
    const ex = randomExample(rng);
    if (taken.has(ex.input)) continue;
    taken.add(ex.input);
    out.push(ex);
  }
  return out;
}

/**
 * A seeded dataset of dates in many formats with train/validation/test splits. No input appears
 * in two splits; the test split depends only on the seed and its size.
 *
 * @example
 * const data = makeDateDataset({ seed: 1, train: 1000, validation: 100, test: 100 });
 * data.train[0]; // e.g. { input: "Nov 24, 2026", output: "2026-11-24", format: "Mon D, YYYY" }
 */
export function makeDateDataset(options: DateDatasetOptions): DateDataset {
  const taken = new Set<string>();
  const test = draw(createRng(options.seed ^ 0x7e57_0001), options.test, taken);
  const validation = draw(createRng(options.seed ^ 0x0a11_0002), options.validation, taken);
  const train = draw(createRng(options.seed), options.train, taken);
  return { train, validation, test };
}

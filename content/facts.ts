/**
 * Every number a chapter quotes from data, by name: the measurements in public/models/report.json,
 * the shipped model's sizes and the library's constants. Chapters write `<Num of="…" />` (see
 * src/components/Num.astro) instead of the digits, so a retrained model or a changed default
 * changes the prose with it; tests/content/numbers.test.ts fails when a chapter types one of
 * these numbers by hand.
 */
import report from "../public/models/report.json" with { type: "json" };
import shipped from "../public/models/bahdanau.json" with { type: "json" };
import { DATE_FORMATS, WIDE_FORMATS } from "../src/lib/attention/data/dates.ts";
import { defaultInputVocab, defaultOutputVocab } from "../src/lib/attention/seq2seq.ts";
import { attend, softmax, type AttendOptions } from "../src/lib/attention/attention.ts";

/**
 * What a fact counts, which decides how prose writes it: things (2,000 dates, 14 formats), the
 * dimensions of a vector (48), a length in characters (15), or a share (98%).
 */
export type FactKind = "count" | "dim" | "length" | "percent" | "decimal";

export interface Fact {
  value: number;
  kind: FactKind;
  /** For a decimal (a weight, a score a cell prints): the decimals the prose shows. */
  digits?: number;
}

type Task = "dates" | "reversal";
type Model = "bahdanau" | "none";
/** A length bucket of the report, its dash written as a hyphen ("11-15"), or every length ("all"). */
type Bucket = "1-10" | "11-15" | "16-20" | "21-25" | "26-30" | "31-40" | "41+" | "all";

interface TaskReport {
  models: Record<
    string,
    { accuracy: number; byLength: Array<{ bucket: string; count: number; accuracy: number }> }
  >;
}

const count = (value: number): Fact => ({ value, kind: "count" });
const dim = (value: number): Fact => ({ value, kind: "dim" });
const length = (value: number): Fact => ({ value, kind: "length" });

/** Exact-match accuracy of each model of a task, per length bucket that holds examples, and overall. */
function accuracies(task: Task, section: TaskReport): Record<string, Fact> {
  const out: Record<string, Fact> = {};
  for (const model of ["bahdanau", "none"] as const) {
    const m = section.models[model]!;
    for (const b of m.byLength)
      if (b.count > 0)
        out[`${task}.${model}.${b.bucket.replace("–", "-")}`] = { value: b.accuracy, kind: "percent" };
    out[`${task}.${model}.all`] = { value: m.accuracy, kind: "percent" };
  }
  return out;
}

/** The last length (in characters) before the first bucket where the model's accuracy is below `share`. */
function rightUpTo(section: TaskReport, model: Model, share: number): number {
  const failing = section.models[model]!.byLength.find((b) => b.count > 0 && b.accuracy < share);
  if (!failing) throw new Error(`report.json: the ${model} model never falls below ${share}`);
  return Number(/^\d+/.exec(failing.bucket)![0]) - 1;
}

const config = shipped.config;

/**
 * Chapter 03's cells, computed again here with the library and the cells' own inputs, so the
 * prose quotes what those cells print (tests/content/numbers.test.ts checks each against the
 * cell's output as the build ran it).
 */
const decimal = (value: number, digits = 3): Fact => ({ value, kind: "decimal", digits });
const ch03 = (() => {
  const scores = [2, 1, 0.1];
  const yearKeys = [[2019], [2018], [2012]];
  const runtimes = [[181], [149], [143]];
  const closeness = (q: ArrayLike<number>, k: ArrayLike<number>) => -Math.abs(q[0] - k[0]);
  const years = attend([2017], yearKeys, runtimes, { score: closeness });
  const keys2d = [
    [1, 0],
    [0, 1],
    [-1, 0],
  ];
  const values2d = [
    [10, 0],
    [0, 10],
    [-10, 0],
  ];
  const query2d = [1.5, 0.5];
  const vectors = (options: AttendOptions) => attend(query2d, keys2d, values2d, options);
  const dotted = vectors({ score: "dot" });
  const identity = [
    [1, 0],
    [0, 1],
  ];
  return {
    "ch03.softmax.0": decimal(softmax(scores)[0]),
    "ch03.softmax.1": decimal(softmax(scores)[1]),
    "ch03.softmax.2": decimal(softmax(scores)[2]),
    "ch03.softmaxAt2.0": decimal(softmax(scores, 2)[0]),
    "ch03.years.2019": decimal(years.weights[0]),
    "ch03.years.2018": decimal(years.weights[1]),
    "ch03.years.2012": decimal(years.weights[2]),
    "ch03.years.value": decimal(years.value[0], 1),
    "ch03.dot.score0": decimal(dotted.scores[0], 1),
    "ch03.dot.score1": decimal(dotted.scores[1], 1),
    "ch03.dot.score2": decimal(dotted.scores[2], 1),
    "ch03.dot.0": decimal(dotted.weights[0]),
    "ch03.dot.value0": decimal(dotted.value[0]),
    "ch03.dot.value1": decimal(dotted.value[1]),
    "ch03.scaledDot.0": decimal(vectors({ score: "scaledDot" }).weights[0]),
    "ch03.cosine.0": decimal(vectors({ score: "cosine" }).weights[0]),
    "ch03.general.1": decimal(
      vectors({
        score: "general",
        W: [
          [0, 1],
          [1, 0],
        ],
      }).weights[1],
    ),
    "ch03.additive.1": decimal(
      vectors({ score: "additive", additiveParams: { W: identity, U: identity, v: [1, 1] } }).weights[1],
    ),
  };
})();

const facts = {
  // The shipped date models (public/models/*.json) and the library's vocabularies.
  "model.embedDim": dim(config.embedDim),
  "model.hiddenDim": dim(config.hiddenDim),
  "model.decoderInput": dim(config.embedDim + config.hiddenDim),
  "model.inputVocab": count(defaultInputVocab().length),
  "model.outputVocab": count(defaultOutputVocab().length),
  // The date data: the formats the generator writes, and the splits the report measured.
  "dates.classicFormats": count(Object.keys(DATE_FORMATS).length),
  "dates.wideFormats": count(Object.keys(DATE_FORMATS).length + Object.keys(WIDE_FORMATS).length),
  "dates.addedFormats": count(Object.keys(WIDE_FORMATS).length),
  "dates.train": count(report.wide.dataset.train),
  "dates.test": count(report.dataset.test),
  // The reversal experiment.
  "reversal.train": count(report.reversal.dataset.train),
  "reversal.test": count(report.reversal.dataset.test),
  "reversal.minLength": length(report.reversal.dataset.minLength),
  "reversal.maxLength": length(report.reversal.dataset.maxLength),
  "reversal.embedDim": dim(report.reversal.model.embedDim),
  /** Beyond this many characters the model without attention gets fewer than 1 in 100 right. */
  "reversal.none.almostNoneAbove": length(rightUpTo(report.reversal, "none", 0.01)),
  /** Beyond this many characters the model without attention gets none right. */
  "reversal.none.noneAbove": length(rightUpTo(report.reversal, "none", Number.MIN_VALUE)),
  ...ch03,
  ...(accuracies("dates", report) as Record<
    `dates.${Model}.${Exclude<Bucket, "all">}` | `dates.${Model}.all`,
    Fact
  >),
  ...(accuracies("reversal", report.reversal) as Record<
    `reversal.${Model}.${"1-10" | "11-15" | "16-20" | "21-25" | "all"}`,
    Fact
  >),
} satisfies Record<string, Fact>;

export type FactId = keyof typeof facts;

export const FACTS: Readonly<Record<FactId, Fact>> = facts;

/** A fact as the prose writes it, the same in both editions: 2,000 · 48 · 98% (no space before %). */
export function formatFact({ value, kind, digits }: Fact): string {
  if (kind === "percent") return `${Math.round(value * 100)}%`;
  // A decimal as the cell's rounding shows it, with a real minus sign (−1.5).
  if (kind === "decimal") return value.toFixed(digits ?? 3).replace("-", "−");
  return value.toLocaleString("en-US");
}

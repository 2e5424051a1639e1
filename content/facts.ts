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

/**
 * What a fact counts, which decides how prose writes it: things (2,000 dates, 14 formats), the
 * dimensions of a vector (48), a length in characters (15), or a share (98%).
 */
export type FactKind = "count" | "dim" | "length" | "percent";

export interface Fact {
  value: number;
  kind: FactKind;
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
export function formatFact({ value, kind }: Fact): string {
  if (kind === "percent") return `${Math.round(value * 100)}%`;
  return value.toLocaleString("en-US");
}

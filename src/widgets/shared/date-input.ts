// Checking a date input before the model reads it, and what to tell the reader about a decoding.
// Only an empty input or one too long to draw is refused; an input far from the training data
// (no digits, characters the model does not know, longer than any training input) or an output
// that is no real date is decoded and drawn anyway, with a caution: a confident wrong answer is
// worth seeing. Pure.
import type { Lang } from "../../i18n/lang.ts";
import { dateCautions, type DateCaution } from "../../lib/attention/data/dates.ts";
import { strings as messages } from "./date-strings.ts";

/** The longest input a widget draws (a heatmap column per character). */
export const MAX_INPUT = 160;

/** The problem that keeps an input from being decoded at all (empty, too long to draw), or null. */
export function dateInputProblem(text: string, lang: Lang): string | null {
  const m = messages[lang];
  if (text.trim() === "") return m.empty;
  const n = Array.from(text).length;
  if (n > MAX_INPUT) return m.long(n, MAX_INPUT);
  return null;
}

/** One caution as a sentence in the reader's language. */
export function cautionLine(caution: DateCaution, lang: Lang): string {
  return (messages[lang].cautions[caution.kind] as (c: DateCaution) => string)(caution);
}

/**
 * The cautions about one decoding as sentences in the reader's language, closed by why the model
 * answers anyway (empty when all is well).
 */
export function cautionLines(cautions: readonly DateCaution[], lang: Lang): string[] {
  if (cautions.length === 0) return [];
  return [...cautions.map((c) => cautionLine(c, lang)), messages[lang].noAnswer];
}

/** Which way the models read orders a reader cannot tell apart (03/04/2026, 24.11.26). */
export function conventionNote(lang: Lang): string {
  return messages[lang].conventions;
}

/** What the build adds to a date widget's props: the characters the shipped models read. */
export interface Built {
  alphabet: string[];
}

/** What a date widget's state holds of the reader's input. */
export interface DateState extends Built {
  input: string;
}

/** The refusal of a date widget's input (widget.ts's `problem`), or null. */
export function dateProblem({ input }: DateState, lang: Lang): string | null {
  return dateInputProblem(input, lang);
}

/** The cautions about decoding `input` to `output` (null: only the encoder ran). */
export function dateCautionLines(
  { input, alphabet }: DateState,
  output: string | null,
  lang: Lang,
): string[] {
  return cautionLines(dateCautions(input, output, alphabet), lang);
}

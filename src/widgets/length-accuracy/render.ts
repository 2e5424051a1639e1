// Accuracy by input length for the shipped models of one task, as grouped bars: one group per length
// bucket, one bar per model, each bar labelled with its model's letter and its percentage.
// Pure: the report's numbers in, SVG out.

import { FONT, esc, numbersTableHtml } from "../shared/format.ts";
import type { Strings } from "./strings.ts";

export type ModelKind = "bahdanau" | "luong" | "none";
export const KINDS: ModelKind[] = ["bahdanau", "luong", "none"];

/** One task's models in public/models/report.json: accuracy overall and by input-length bucket. */
export interface TaskReport {
  models: Partial<
    Record<
      ModelKind,
      { accuracy: number; byLength: Array<{ bucket: string; count: number; accuracy: number }> }
    >
  >;
}

/** The part of public/models/report.json this widget draws: the date task, and the reversal task. */
export interface Report extends TaskReport {
  reversal?: TaskReport;
}

const CLASSES: Record<ModelKind, string> = { bahdanau: "w-accent", luong: "w-value", none: "w-query" };
/** Each model's letter on its bars and in the legend (the same in both languages). */
const LETTERS: Record<ModelKind, string> = { bahdanau: "B", luong: "L", none: "N" };
const LEFT = 44;
const TOP = 16;
const PLOT_H = 180;
const BAR = 16;
const MIN_WIDTH = 380;

/** Buckets that hold at least one example, in the report's order. */
function buckets(report: TaskReport): Array<{ bucket: string; count: number }> {
  const first = KINDS.map((k) => report.models[k]).find((m) => m !== undefined);
  return (first?.byLength ?? []).filter((b) => b.count > 0).map(({ bucket, count }) => ({ bucket, count }));
}

/** The chart, showing the models in `shown`. */
export function renderLengthAccuracy(report: TaskReport, shown: readonly ModelKind[], s: Strings): string {
  const groups = buckets(report);
  const kinds = KINDS.filter((k) => shown.includes(k) && report.models[k]);
  const groupW = Math.max(kinds.length, 1) * (BAR + 2) + 22;
  // At least wide enough for the axis caption under a chart with few buckets.
  const width = Math.max(LEFT + groups.length * groupW + 10, MIN_WIDTH);
  const height = TOP + PLOT_H + 56;
  const y = (pct: number) => TOP + PLOT_H - (pct / 100) * PLOT_H;
  const out: string[] = [];
  for (const pct of [0, 25, 50, 75, 100]) {
    out.push(`<line x1="${LEFT}" y1="${y(pct)}" x2="${width - 10}" y2="${y(pct)}" class="w-line"/>`);
    out.push(
      `<text x="${LEFT - 6}" y="${y(pct) + 4}" text-anchor="end" class="w-soft" font-size="${FONT.note}">${pct}</text>`,
    );
  }
  groups.forEach((g, gi) => {
    const x0 = LEFT + gi * groupW + 11;
    kinds.forEach((k, ki) => {
      const entry = report.models[k]?.byLength.find((b) => b.bucket === g.bucket);
      if (!entry) return;
      const pct = entry.accuracy * 100;
      const x = x0 + ki * (BAR + 2);
      out.push(
        `<rect x="${x}" y="${y(pct)}" width="${BAR}" height="${Math.max(0, TOP + PLOT_H - y(pct))}" class="${CLASSES[k]}"/>`,
      );
      out.push(
        `<text x="${x + BAR / 2}" y="${y(pct) - 4}" text-anchor="middle" class="w-text w-mono" font-size="${FONT.tiny}">${Math.round(pct)}</text>`,
      );
      out.push(
        `<text x="${x + BAR / 2}" y="${TOP + PLOT_H + 12}" text-anchor="middle" class="w-soft" font-size="${FONT.tiny}">${LETTERS[k]}</text>`,
      );
    });
    out.push(
      `<text x="${x0 + (kinds.length * (BAR + 2)) / 2}" y="${TOP + PLOT_H + 28}" text-anchor="middle" class="w-text" font-size="${FONT.note}">${esc(g.bucket)}</text>`,
    );
  });
  out.push(
    `<text x="${LEFT}" y="${height - 6}" class="w-soft" font-size="${FONT.note}">${esc(`${s.bucket} · ${s.axis}`)}</text>`,
  );
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(s.summary)}">${out.join("")}</svg>`;
}

/** The legend: each model's letter and name (the colour is named by the letter, not only shown). */
export function legendHtml(report: TaskReport, s: Strings): string {
  return KINDS.filter((k) => report.models[k])
    .map(
      (k) =>
        `<span class="la-key"><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" class="${CLASSES[k]}"/></svg> ${LETTERS[k]} = ${esc(s.models[k])}</span>`,
    )
    .join(" ");
}

/** The numbers behind a chart, under `caption`. */
export function lengthAccuracyTable(report: TaskReport, s: Strings, caption = s.tableCaption): string {
  const groups = buckets(report);
  const kinds = KINDS.filter((k) => report.models[k]);
  return numbersTableHtml({
    caption,
    corner: s.bucket,
    columns: [...kinds.map((k) => s.models[k]), s.examples],
    rows: groups.map((g) => ({
      label: g.bucket,
      values: [
        ...kinds.map(
          (k) => (report.models[k]?.byLength.find((b) => b.bucket === g.bucket)?.accuracy ?? NaN) * 100,
        ),
        String(g.count),
      ],
    })),
    digits: 1,
  });
}

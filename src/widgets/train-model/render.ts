// Pure pieces of the training widget: checking the hyper-parameters, the time left, the history
// table. The curves are drawn by chart.ts (with Plot, loaded only when training starts).

import { fmt, numbersTableHtml } from "../shared/format.ts";
import { TRAIN_DEFAULTS, type HyperParameters } from "./protocol.ts";
import type { Strings } from "./strings.ts";

/** One point of the training history. */
export interface HistoryPoint {
  step: number;
  loss: number;
  accuracy?: number;
}

/** The message for hyper-parameters that cannot be used, or null. */
export function hyperProblem(h: HyperParameters, s: Strings): string | null {
  if (!(h.learningRate >= 0.0001 && h.learningRate <= 0.1)) return s.bad.lr;
  if (!Number.isInteger(h.steps) || h.steps < 20 || h.steps > 5000) return s.bad.steps;
  return null;
}

/** A duration in milliseconds in whole minutes and seconds, as the reader's language writes it. */
export function duration(ms: number, s: Strings): string {
  const total = Math.max(0, Math.round(ms / 1000));
  return s.duration(Math.floor(total / 60), total % 60);
}

/** Accuracy as a percentage, or "–" when not measured yet. */
export function percent(accuracy: number | undefined): string {
  return accuracy === undefined ? "–" : `${fmt(accuracy * 100, 1)}%`;
}

/** The history as a table: every 50th step and every step where accuracy was measured. */
export function historyTable(history: readonly HistoryPoint[], s: Strings): string {
  const rows = history.filter(
    (h, i) => h.step % 50 === 0 || h.accuracy !== undefined || i === history.length - 1,
  );
  return numbersTableHtml({
    caption: s.tableCaption,
    corner: s.step,
    columns: [s.loss, s.accuracy],
    rows: rows.map((h) => ({
      label: String(h.step),
      values: [h.loss, h.accuracy === undefined ? "–" : percent(h.accuracy)],
    })),
    digits: 3,
  });
}

/**
 * What the reader should expect before pressing Train. With the defaults: the measured time to
 * 99 % held-out exact match. Otherwise the time for all steps, scaled from the defaults' measured
 * time per step by batch size and (roughly) hidden size: only a guide.
 */
export function expectedText(h: Omit<HyperParameters, "attention">, s: Strings): string {
  const d = TRAIN_DEFAULTS;
  const isDefault =
    h.steps === d.steps &&
    h.batchSize === d.batchSize &&
    h.hiddenDim === d.hiddenDim &&
    h.learningRate === d.learningRate;
  if (isDefault) return s.expectedDefault(duration(d.measured.secondsTo99 * 1000, s));
  const perStep = d.measured.msPerStep * (h.batchSize / d.batchSize) * (h.hiddenDim / d.hiddenDim) ** 1.5;
  return s.expectedOther(duration(h.steps * perStep, s));
}

// The live training curves: loss by step, and validation accuracy where it was measured. Plot is
// passed in (loaded on demand), and so is the document, so this also runs in Node for tests.
import type * as PlotModule from "@observablehq/plot";
import type { HistoryPoint } from "./render.ts";

export interface CurveLabels {
  step: string;
  loss: string;
  accuracy: string;
}

/** Two small charts side by side: loss (line) and validation accuracy in % (line with dots). */
export function trainingCurves(
  Plot: typeof PlotModule,
  history: readonly HistoryPoint[],
  steps: number,
  labels: CurveLabels,
  document: Document,
): HTMLElement {
  const measured = history
    .filter((h) => h.accuracy !== undefined)
    .map((h) => ({ step: h.step, accuracy: (h.accuracy ?? 0) * 100 }));
  const common = {
    width: 320,
    height: 180,
    marginLeft: 44,
    document,
    style: { background: "transparent", color: "currentColor" },
  };
  const loss = Plot.plot({
    ...common,
    x: { domain: [0, steps], label: labels.step },
    y: { label: labels.loss, grid: true, zero: true },
    marks: [Plot.lineY(history, { x: "step", y: "loss", stroke: "currentColor" })],
  });
  const accuracy = Plot.plot({
    ...common,
    x: { domain: [0, steps], label: labels.step },
    y: { domain: [0, 100], label: `${labels.accuracy} (%)`, grid: true },
    marks: [
      Plot.lineY(measured, { x: "step", y: "accuracy", stroke: "currentColor" }),
      Plot.dot(measured, { x: "step", y: "accuracy", fill: "currentColor", r: 3 }),
    ],
  });
  const box = document.createElement("div");
  box.className = "tm-curves";
  box.append(loss, accuracy);
  return box;
}

import type * as PlotModule from "@observablehq/plot";

type Plot = typeof PlotModule;

/** Scores used by the intro chapter's temperature chart. */
export const exampleScores = [2.0, 1.0, 0.1, -1.0];

/** Softmax with a temperature, written out plainly for the chart (the library has the real one). */
function weightsAt(scores: number[], temperature: number): number[] {
  const scaled = scores.map((s) => s / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export interface TemperatureChartOptions {
  temperature: number;
  /** The document to draw into: the page's in the browser, a linkedom one at build time. */
  document: Document;
  labels: { key: string; weight: string };
}

/** A bar chart of softmax weights over four keys at one temperature. */
export function softmaxTemperatureChart(
  Plot: Plot,
  options: TemperatureChartOptions,
): SVGSVGElement | HTMLElement {
  const weights = weightsAt(exampleScores, options.temperature);
  const data = weights.map((weight, i) => ({ key: `k${i + 1}`, score: exampleScores[i], weight }));
  const chart = Plot.plot({
    document: options.document,
    width: 560,
    height: 240,
    marginLeft: 48,
    style: { background: "transparent", color: "currentColor", fontSize: "13px" },
    x: { label: options.labels.key, padding: 0.25 },
    y: { label: options.labels.weight, domain: [0, 1], grid: true },
    marks: [
      Plot.barY(data, { x: "key", y: "weight", fill: "var(--accent)" }),
      Plot.text(data, {
        x: "key",
        y: "weight",
        text: (d: { weight: number }) => d.weight.toFixed(2),
        dy: -8,
        fill: "currentColor",
      }),
      Plot.ruleY([0]),
    ],
  });
  // Plot names each mark's <g> with aria-label; without a role that attribute is not allowed.
  for (const g of chart.querySelectorAll("g[aria-label]:not([role])")) g.setAttribute("role", "group");
  return chart;
}

/**
 * `Plot` for cells: Observable Plot drawing into a linkedom document (there is no DOM in the
 * kernel worker or in Node), so a chart comes back as SVG markup. Loaded on first use only.
 */
type PlotModule = typeof import("@observablehq/plot");

export async function loadPlot(devicePixelRatio = 1): Promise<PlotModule> {
  // Plot reads window.devicePixelRatio for its half-pixel offset: match the page's.
  const g = globalThis as { window?: { devicePixelRatio: number; document?: unknown } };
  g.window ??= { devicePixelRatio };
  const [Plot, { parseHTML }] = await Promise.all([import("@observablehq/plot"), import("linkedom")]);
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const doc = document as unknown as Document;
  // `Plot.barY(data).plot()` finds its document on window (there is none in a worker or in Node).
  g.window.document ??= doc;
  return {
    ...Plot,
    plot: (options: Parameters<PlotModule["plot"]>[0] = {}) => Plot.plot({ document: doc, ...options }),
    legend: (options: Parameters<PlotModule["legend"]>[0] = {}) =>
      Plot.legend({ document: doc, ...options } as Parameters<PlotModule["legend"]>[0]),
  } as PlotModule;
}

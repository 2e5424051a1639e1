// Accuracy by length in the browser: loads the shipped report when the page did not have it at
// build time, and lets the reader show or hide each model's bars (in both tasks' charts).
import { pageLang } from "../../i18n/lang.ts";
import { type WidgetHandle, part, setMessage, setReady, timed } from "../shared/dom.ts";
import {
  legendHtml,
  lengthAccuracyTable,
  renderLengthAccuracy,
  type ModelKind,
  type Report,
} from "./render.ts";
import { strings } from "./strings.ts";

async function loadReport(): Promise<Report | null> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL.replace(/\/$/, "")}/models/report.json`);
    return response.ok ? ((await response.json()) as Report) : null;
  } catch {
    return null;
  }
}

async function start(root: HTMLElement): Promise<void> {
  const s = strings[pageLang()];
  const plot = part(root, "[data-plot]");
  const reversalPlot = part(root, "[data-plot-reversal]");
  const buttons = [...root.querySelectorAll<HTMLButtonElement>("[data-kind]")];
  const report = await loadReport();
  if (!report) {
    setMessage(root, s.missing);
    setReady(root, true);
    return;
  }
  const draw = () =>
    timed(root, () => {
      const shown = buttons
        .filter((b) => b.getAttribute("aria-pressed") === "true")
        .map((b) => b.dataset.kind as ModelKind);
      plot.innerHTML = renderLengthAccuracy(report, shown, s);
      if (report.reversal) reversalPlot.innerHTML = renderLengthAccuracy(report.reversal, shown, s);
    });
  part(root, "[data-legend]").innerHTML = legendHtml(report, s);
  part(root, "[data-table]").innerHTML = lengthAccuracyTable(report, s);
  part(root, "[data-reversal]").hidden = !report.reversal;
  if (report.reversal)
    part(root, "[data-table-reversal]").innerHTML = lengthAccuracyTable(
      report.reversal,
      s,
      s.reversalCaption,
    );
  for (const button of buttons) {
    if (!report.models[button.dataset.kind as ModelKind]) button.hidden = true;
    button.addEventListener("click", () => {
      button.setAttribute("aria-pressed", String(button.getAttribute("aria-pressed") !== "true"));
      void draw();
    });
  }
  await draw();
  setReady(root, true);
}

export function mount(root: HTMLElement): WidgetHandle {
  void start(root);
  return {};
}

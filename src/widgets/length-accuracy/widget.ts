// Accuracy by input length, one definition for the build and the page: the report `npm run train`
// ships with the models (public/models/report.json: read at build time, fetched in the page) drawn
// as grouped bars for both tasks, beside Bahdanau et al.'s finding. The reader shows or hides each
// model's bars (in both tasks' charts) without anything being computed again.
import { NothingToShow, defineWidget, type Parts } from "../shared/widget.ts";
import {
  KINDS,
  legendHtml,
  lengthAccuracyTable,
  renderLengthAccuracy,
  type ModelKind,
  type Report,
} from "./render.ts";
import { strings } from "./strings.ts";

interface State {
  /** The models whose bars are shown (their buttons are pressed). */
  shown: ModelKind[];
}

export default defineWidget({
  name: "length-accuracy",
  strings,
  initial: (): State => ({ shown: [...KINDS] }),
  async compute({ shipped }, _state, s) {
    const report = await shipped<Report>("models/report.json");
    if (!report) throw new NothingToShow(s.missing);
    return report;
  },
  render(report, { shown }, s) {
    const reversal: Parts = report.reversal
      ? {
          "plot-reversal": renderLengthAccuracy(report.reversal, shown, s),
          "table-reversal": lengthAccuracyTable(report.reversal, s, s.reversalCaption),
        }
      : {};
    // A model the report does not have has no button.
    const buttons: Parts = Object.fromEntries(
      KINDS.map((k) => [`kind="${k}"`, { attrs: { hidden: !report.models[k] } }]),
    );
    return {
      plot: renderLengthAccuracy(report, shown, s),
      legend: legendHtml(report, s),
      table: lengthAccuracyTable(report, s),
      reversal: { attrs: { hidden: !report.reversal } },
      ...reversal,
      ...buttons,
    };
  },
  bind(live) {
    const buttons = [...live.root.querySelectorAll<HTMLButtonElement>("[data-kind]")];
    for (const button of buttons) {
      button.addEventListener("click", () => {
        // Without the report (it could not be loaded) there are no bars to show or hide.
        if (!live.result) return;
        button.setAttribute("aria-pressed", String(button.getAttribute("aria-pressed") !== "true"));
        live.show({
          shown: buttons
            .filter((b) => b.getAttribute("aria-pressed") === "true")
            .map((b) => b.dataset.kind as ModelKind),
        });
      });
    }
  },
});

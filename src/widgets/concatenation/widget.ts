// Concatenation, one definition for the build and the page: the reader's date decoded with and
// without attention (greedyDecode of the bahdanau and none models), and at output step i the
// decoder input [embed(y_{i-1}); a_i] of either with its real sizes and values. Switching
// attention on or off and stepping redraw what is already decoded.
import { bindInput, bindSteps, clampStep, stepParts, toggleGroup } from "../shared/controls.ts";
import { dateCautionLines, dateProblem, type Built, type DateState } from "../shared/date-input.ts";
import { esc } from "../shared/format.ts";
import { defineWidget } from "../shared/widget.ts";
import type { DecodeResult } from "../../lib/attention/index.ts";
import { changeText, concatenationTable, renderConcatenation } from "./render.ts";
import { strings } from "./strings.ts";

export interface Props {
  input?: string;
  step?: number;
}

interface State extends DateState {
  /** The output step shown (1-based). */
  step: number;
  /** Which decoding is shown: with attention (bahdanau) or without (none). */
  attention: boolean;
}

export default defineWidget({
  name: "concatenation",
  strings,
  initial: ({ input = "Nov 24, 2026", step = 2, alphabet }: Props & Built): State => ({
    input,
    step,
    alphabet,
    attention: true,
  }),
  problem: (state, _s, lang) => dateProblem(state, lang),
  async compute({ withModel }, { input }): Promise<{ on: DecodeResult; off: DecodeResult }> {
    const [on, off] = await Promise.all([
      withModel("bahdanau").greedyDecode(input),
      withModel("none").greedyDecode(input),
    ]);
    return { on, off };
  },
  render(decoded, state, s) {
    const d = state.attention ? decoded.on : decoded.off;
    const count = d.steps.length;
    const i = clampStep(state.step, count);
    const shown = i > 0;
    return {
      plot: shown ? renderConcatenation(d.steps, d.outputTokens, i, state.attention, s) : "",
      change: shown ? esc(changeText(d.steps, i, s)) : "",
      table: shown ? concatenationTable(d.steps, i, state.attention, s) : "",
      outputs: esc(s.output(decoded.on.output, decoded.off.output)),
      ...stepParts(i, count, shown ? s.stepOf(i, count) : ""),
    };
  },
  empty: () => ({ plot: "", table: "", change: "", outputs: "", "step-label": "" }),
  cautions: (decoded, state, lang) =>
    dateCautionLines(state, (state.attention ? decoded.on : decoded.off).output, lang),
  bind(live) {
    bindInput(live);
    bindSteps(live, () => {
      const decoded = live.result;
      return decoded ? (live.state.attention ? decoded.on : decoded.off).steps.length : 0;
    });
    toggleGroup(live.root, "attention", (choice) => live.show({ attention: choice === "on" }));
  },
});

// Alignment heatmap, one definition for the build and the page: the chosen model decodes the
// reader's input (greedyDecode), and the alignment matrix is drawn with a takeaway, the output and
// the numbers. In the page a new matrix fills row by row; arrow keys and the pointer pick a cell
// whose α is read out. The matrix is an ARIA grid: the focus stays on it and
// aria-activedescendant names the active cell (a row header, or a weight), so a screen reader
// speaks the row summary or the cell, with its headers.
import type { ModelName } from "../../kernel/api.ts";
import { bindInput } from "../shared/controls.ts";
import { dateCautionLines, dateProblem, type Built, type DateState } from "../shared/date-input.ts";
import { esc } from "../shared/format.ts";
import { NothingToShow, defineWidget } from "../shared/widget.ts";
import {
  alignmentTable,
  cellAt,
  cellId,
  readCell,
  renderAlignment,
  ringBox,
  ringHtml,
  takeaway,
  type Cell,
} from "./render.ts";
import { strings } from "./strings.ts";

/** The time between two rows as the matrix fills. */
const ROW_MS = 70;

export interface Props {
  input?: string;
  model?: "bahdanau" | "luong";
}

interface State extends DateState {
  model: ModelName;
  /** The prefix of the grid's cell ids (the component's id). */
  id: string;
  /** How many rows are filled in (null: all of them). */
  rows: number | null;
  /** The active cell (j = -1 is the row header), or null before the reader picks one. */
  active: Cell | null;
}

/** The rows filled in, of `total`. */
const filled = (rows: number | null, total: number) => Math.min(rows ?? total, total);

export default defineWidget({
  name: "alignment-heatmap",
  strings,
  initial: ({
    input = "24 November 2026",
    model = "bahdanau",
    alphabet,
    id,
  }: Props & Built & { id: string }): State => ({ input, model, alphabet, id, rows: null, active: null }),
  problem: (state, _s, lang) => dateProblem(state, lang),
  failure: ({ model }, s) => (model === "mine" ? s.noMine : null),
  async compute({ withModel }, { input, model }, s) {
    const decoded = await withModel(model).greedyDecode(input);
    if (decoded.alignment.length === 0) throw new NothingToShow(s.noRows);
    return decoded;
  },
  reveal: {
    ms: ROW_MS,
    // A new matrix starts on its first row, with no cell active.
    stages: (decoded) =>
      decoded.alignment.map((_, i) => (i === 0 ? { rows: 1, active: null } : { rows: i + 1 })),
  },
  render(decoded, { input, id, rows, active }, s) {
    const shown = filled(rows, decoded.alignment.length);
    const on = active && active.i < shown ? active : null;
    return {
      output: esc(`${s.output}: ${decoded.output}`),
      takeaway: esc(takeaway(decoded, s)),
      // The frame around the active cell moves by its attributes: the grid's elements stay.
      plot: {
        html: renderAlignment(decoded, shown, null, s, id, on ? ringHtml() : ""),
        attrs: {
          "aria-label": s.summary(input, decoded.output),
          "aria-activedescendant": on ? cellId(id, on) : false,
        },
      },
      active: {
        attrs: on ? Object.fromEntries(Object.entries(ringBox(on)).map(([k, v]) => [k, String(v)])) : {},
      },
      readout: esc(on ? readCell(decoded, on.i, on.j, s) : ""),
      table: alignmentTable(decoded, s),
    };
  },
  empty: (s) => ({
    plot: { html: "", attrs: { "aria-activedescendant": false, "aria-label": s.grid } },
    table: "",
    output: "",
    takeaway: "",
    readout: "",
  }),
  cautions: (decoded, state, lang) => dateCautionLines(state, decoded.output, lang),
  bind(live) {
    const plot = live.part("[data-plot]");
    const modelSelect = live.part<HTMLSelectElement>("[data-model]");
    const rows = () => filled(live.state.rows, live.result?.alignment.length ?? 0);
    /** Makes `to` (clamped to the drawn rows; j = -1 is the row header) the active cell. */
    const go = (to: Cell) => {
      const result = live.result;
      if (!result || rows() === 0) return;
      live.show({
        active: {
          i: Math.max(0, Math.min(rows() - 1, to.i)),
          j: Math.max(-1, Math.min(result.inputTokens.length - 1, to.j)),
        },
      });
    };
    /** The column of row i's largest weight. */
    const peak = (i: number) => {
      const row = Array.from(live.result?.alignment[i] ?? []);
      return row.indexOf(Math.max(...row));
    };
    // The first stop is row 1's header: its summary, then the cells.
    plot.addEventListener("focus", () => go(live.state.active ?? { i: 0, j: -1 }));
    plot.addEventListener("keydown", (event) => {
      const at = live.state.active ?? { i: 0, j: -1 };
      const last = (live.result?.inputTokens.length ?? 1) - 1;
      const to: Record<string, Cell> = {
        ArrowUp: { i: at.i - 1, j: at.j },
        ArrowDown: { i: at.i + 1, j: at.j },
        ArrowLeft: { i: at.i, j: at.j - 1 },
        ArrowRight: { i: at.i, j: at.j + 1 },
        // A row at a time, to its header: the row's summary is read.
        PageUp: { i: at.i - 1, j: -1 },
        PageDown: { i: at.i + 1, j: -1 },
        // The row's first and last weight; with Ctrl, the first and last row.
        Home: { i: event.ctrlKey ? 0 : at.i, j: 0 },
        End: { i: event.ctrlKey ? rows() - 1 : at.i, j: last },
        // The row's peak ("P" on any layout: a Korean keyboard types ㅔ there).
        Peak: { i: at.i, j: peak(at.i) },
      };
      const key = event.code === "KeyP" || event.key === "p" || event.key === "P" ? "Peak" : event.key;
      if (!to[key] || event.altKey || event.metaKey || (key === "Peak" && event.ctrlKey)) return;
      event.preventDefault();
      go(to[key]);
    });
    plot.addEventListener("pointermove", (event) => {
      const toSvg = plot.querySelector("svg")?.getScreenCTM()?.inverse();
      const result = live.result;
      if (!result || !toSvg) return;
      const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(toSvg);
      const cell = cellAt(result, p.x, p.y);
      const active = live.state.active;
      if (cell && cell.i < rows() && (cell.i !== active?.i || cell.j !== active?.j))
        live.show({ active: cell });
    });
    const model = () => live.set({ model: modelSelect.value as ModelName });
    modelSelect.addEventListener("change", model);
    model();
    bindInput(live);
  },
});

// Alignment heatmap in the browser: decode the reader's input with the chosen model (through the
// kernel), then fill the matrix row by row while the widget is on screen; arrow keys and the
// pointer pick a cell whose α is read out. The matrix is an ARIA grid: the focus stays on it and
// aria-activedescendant names the active cell (a row header, or a weight), so a screen reader
// speaks the row summary or the cell, with its headers.
import { pageLang } from "../../i18n/lang.ts";
import { KernelFailure, kernelMessage, onLibraryChange, pageLibrary } from "../shared/compute.ts";
import { dateCautions } from "../../lib/attention/data/dates.ts";
import { cautionLines, dateInputProblem } from "../shared/date-input.ts";
import {
  part,
  readProps,
  serialUpdates,
  setCautions,
  setHtml,
  setMessage,
  setText,
  timed,
  type WidgetHandle,
} from "../shared/dom.ts";
import {
  alignmentTable,
  cellAt,
  cellId,
  readCell,
  renderAlignment,
  ringBox,
  takeaway,
  type Alignment,
  type Cell,
} from "./render.ts";
import { strings } from "./strings.ts";
import type { ModelName } from "../../kernel/api.ts";

const ROW_MS = 70;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export function mount(root: HTMLElement): WidgetHandle {
  const lang = pageLang();
  const s = strings[lang];
  const props = readProps<{ alphabet: string[] }>(root);
  const input = part<HTMLInputElement>(root, "[data-input]");
  const modelSelect = part<HTMLSelectElement>(root, "[data-model]");
  const plot = part(root, "[data-plot]");
  const table = part(root, "[data-table]");
  const output = part(root, "[data-output]");
  const readout = part(root, "[data-readout]");
  const summary = part(root, "[data-takeaway]");
  // Cell ids: the same prefix as the build-time drawing.
  const prefix = summary.id.replace(/-takeaway$/, "");
  const calm = matchMedia("(prefers-reduced-motion: reduce)").matches;
  let result: Alignment | null = null;
  let rows = 0;
  let active: Cell | null = null;
  let generation = 0;
  let visible = true;
  /** What the SVG in the page shows: only a new result or a new row redraws it. */
  let drawn: { result: Alignment; rows: number } | null = null;

  const draw = () => {
    if (!result) return;
    const on = active && active.i < rows ? active : null;
    if (drawn?.result !== result || drawn.rows !== rows) {
      setHtml(plot, renderAlignment(result, rows, on, s, prefix));
      drawn = { result, rows };
    } else {
      // Only the active cell moved: move the ring, keep every element (and so the reader's place).
      let ring = plot.querySelector<SVGRectElement>("[data-active]");
      if (on && !ring) {
        ring = document.createElementNS("http://www.w3.org/2000/svg", "rect");
        ring.setAttribute("class", "w-focus-ring");
        ring.setAttribute("aria-hidden", "true");
        ring.dataset.active = "";
        plot.querySelector("svg")?.append(ring);
      }
      if (on && ring) for (const [k, v] of Object.entries(ringBox(on))) ring.setAttribute(k, String(v));
      else ring?.remove();
    }
    if (on) plot.setAttribute("aria-activedescendant", cellId(prefix, on));
    else plot.removeAttribute("aria-activedescendant");
    setText(readout, on ? readCell(result, on.i, on.j, s) : "");
  };
  const clear = (message: string) => {
    result = null;
    drawn = null;
    plot.innerHTML = "";
    plot.removeAttribute("aria-activedescendant");
    plot.setAttribute("aria-label", s.grid);
    table.innerHTML = "";
    output.textContent = "";
    summary.textContent = "";
    readout.textContent = "";
    setCautions(root, []);
    setMessage(root, message);
  };

  const update = serialUpdates(root, async () => {
    const mine = ++generation;
    let decoded: Alignment | null = null;
    await timed(root, async () => {
      const text = input.value;
      const problem = dateInputProblem(text, lang);
      if (problem) return clear(problem);
      const model = modelSelect.value as ModelName;
      let answer: Alignment & { output: string };
      try {
        answer = await pageLibrary.withModel(model).greedyDecode(text);
      } catch (error) {
        if (!(error instanceof KernelFailure)) throw error;
        return clear(model === "mine" ? s.noMine : kernelMessage(error.error, lang));
      }
      if (answer.alignment.length === 0) return clear(s.noRows);
      decoded = answer;
      result = decoded;
      active = null;
      setText(output, `${s.output}: ${answer.output}`);
      plot.setAttribute("aria-label", s.summary(text, answer.output));
      setText(summary, takeaway(decoded, s));
      setHtml(table, alignmentTable(decoded, s));
      setCautions(root, cautionLines(dateCautions(text, answer.output, props.alphabet), lang));
      setMessage(root, null);
      rows = calm ? decoded.alignment.length : 1;
      draw();
    });
    if (!decoded) return;
    // Fill the remaining rows one by one, unless a newer update or leaving the screen cuts it short.
    const total = (decoded as Alignment).alignment.length;
    while (rows < total) {
      await sleep(ROW_MS);
      rows = generation === mine && visible ? rows + 1 : total;
      if (generation === mine) draw();
    }
  });

  /** Makes `to` (clamped to the drawn rows; j = -1 is the row header) the active cell. */
  const go = (to: Cell) => {
    if (!result || rows === 0) return;
    active = {
      i: Math.max(0, Math.min(rows - 1, to.i)),
      j: Math.max(-1, Math.min(result.inputTokens.length - 1, to.j)),
    };
    void timed(root, draw);
  };
  /** The column of row i's largest weight. */
  const peak = (i: number) => {
    const row = Array.from(result?.alignment[i] ?? []);
    return row.indexOf(Math.max(...row));
  };
  // The first stop is row 1's header: its summary, then the cells.
  plot.addEventListener("focus", () => go(active ?? { i: 0, j: -1 }));
  plot.addEventListener("keydown", (event) => {
    const at = active ?? { i: 0, j: -1 };
    const last = (result?.inputTokens.length ?? 1) - 1;
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
      End: { i: event.ctrlKey ? rows - 1 : at.i, j: last },
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
    if (!result || !toSvg) return;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(toSvg);
    const cell = cellAt(result, p.x, p.y);
    if (cell && cell.i < rows && (cell.i !== active?.i || cell.j !== active?.j)) {
      active = cell;
      draw();
    }
  });
  for (const button of root.querySelectorAll<HTMLButtonElement>("[data-example]")) {
    button.addEventListener("click", () => {
      input.value = button.dataset.example ?? "";
      update();
    });
  }
  input.addEventListener("input", update);
  modelSelect.addEventListener("change", update);
  onLibraryChange(update);
  update();
  return {
    show: () => {
      visible = true;
    },
    hide: () => {
      visible = false;
    },
  };
}

// Alignment heatmap in the browser: decode the reader's input with the chosen model (through the
// kernel), then fill the matrix row by row while the widget is on screen; arrow keys and the
// pointer pick a cell whose α is read out.
import { callWithModel, kernelMessage, onLibraryChange } from "../shared/compute.ts";
import { dateCautions } from "../../lib/attention/data/dates.ts";
import { cautionLines, dateInputProblem } from "../shared/date-input.ts";
import {
  type WidgetHandle,
  part,
  readProps,
  serialUpdates,
  setCautions,
  setMessage,
  timed,
} from "../shared/dom.ts";
import { alignmentTable, cellAt, readCell, renderAlignment, type Alignment } from "./render.ts";
import { strings } from "./strings.ts";
import type { ModelName } from "../../kernel/api.ts";

const ROW_MS = 70;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export function mount(root: HTMLElement): WidgetHandle {
  const lang = root.dataset.lang === "en" ? "en" : "ko";
  const s = strings[lang];
  const props = readProps<{ alphabet: string[] }>(root);
  const input = part<HTMLInputElement>(root, "[data-input]");
  const modelSelect = part<HTMLSelectElement>(root, "[data-model]");
  const plot = part(root, "[data-plot]");
  const table = part(root, "[data-table]");
  const output = part(root, "[data-output]");
  const readout = part(root, "[data-readout]");
  const calm = matchMedia("(prefers-reduced-motion: reduce)").matches;
  let result: Alignment | null = null;
  let rows = 0;
  let active: { i: number; j: number } | null = null;
  let generation = 0;
  let visible = true;

  const draw = () => {
    if (!result) return;
    plot.innerHTML = renderAlignment(result, rows, active, s);
    readout.textContent = active && active.i < rows ? readCell(result, active.i, active.j, s) : "";
  };
  const clear = (message: string) => {
    result = null;
    plot.innerHTML = "";
    table.innerHTML = "";
    output.textContent = "";
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
      const answer = await callWithModel<Alignment & { output: string }>(model, "greedyDecode", [text]);
      if (!answer.ok) return clear(model === "mine" ? s.noMine : kernelMessage(answer.error, lang));
      if (answer.value.alignment.length === 0) return clear(s.noRows);
      decoded = answer.value;
      result = decoded;
      active = null;
      output.textContent = `${s.output}: ${answer.value.output}`;
      table.innerHTML = alignmentTable(decoded, s);
      setCautions(root, cautionLines(dateCautions(text, answer.value.output, props.alphabet), lang));
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

  const move = (di: number, dj: number) => {
    if (!result) return;
    const at = active ?? { i: 0, j: 0 };
    active = {
      i: Math.max(0, Math.min(rows - 1, at.i + di)),
      j: Math.max(0, Math.min(result.inputTokens.length - 1, at.j + dj)),
    };
    void timed(root, draw);
  };
  plot.addEventListener("focus", () => move(0, 0));
  plot.addEventListener("keydown", (event) => {
    const d: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      move(0, event.key === "Home" ? -1e6 : 1e6);
    } else if (d[event.key]) {
      event.preventDefault();
      move(...d[event.key]);
    }
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

// Concatenation in the browser: decode the reader's input with and without attention (through
// the kernel), then step through the decoder inputs of either.
import { pageLang } from "../../i18n/lang.ts";
import { kernelMessage, onLibraryChange, withModel } from "../shared/compute.ts";
import { dateCautions } from "../../lib/attention/data/dates.ts";
import { cautionLines, dateInputProblem } from "../shared/date-input.ts";
import { stepper, toggleGroup } from "../shared/controls.ts";
import {
  type WidgetHandle,
  part,
  readProps,
  serialUpdates,
  setCautions,
  setMessage,
  timed,
} from "../shared/dom.ts";
import type { DecodeResult } from "../../lib/attention/index.ts";
import { changeText, concatenationTable, renderConcatenation } from "./render.ts";
import { strings } from "./strings.ts";

export function mount(root: HTMLElement): WidgetHandle {
  const lang = pageLang();
  const s = strings[lang];
  const props = readProps<{ step: number; alphabet: string[] }>(root);
  const input = part<HTMLInputElement>(root, "[data-input]");
  const plot = part(root, "[data-plot]");
  const table = part(root, "[data-table]");
  const change = part(root, "[data-change]");
  const outputs = part(root, "[data-outputs]");
  const outputStep = stepper(root, props.step, () => redraw());
  let attention = true;
  let decoded: { on?: DecodeResult; off?: DecodeResult } | null = null;
  let decodedInput = "";

  const draw = () => {
    if (!decoded) return;
    const d = attention ? decoded.on : decoded.off;
    if (!d || d.steps.length === 0) return;
    const i = outputStep.show(d.steps.length, s.stepOf);
    setCautions(root, cautionLines(dateCautions(decodedInput, d.output, props.alphabet), lang));
    plot.innerHTML = renderConcatenation(d.steps, d.outputTokens, i, attention, s);
    change.textContent = changeText(d.steps, i, s);
    table.innerHTML = concatenationTable(d.steps, i, attention, s);
    outputs.textContent = s.output(decoded.on?.output ?? "…", decoded.off?.output ?? "…");
  };
  const clear = (message: string) => {
    decoded = null;
    for (const el of [plot, table, change, outputs, outputStep.label]) el.textContent = "";
    setCautions(root, []);
    setMessage(root, message);
  };

  // The model on screen is decoded and drawn first; the other one follows for the comparison.
  const update = serialUpdates(root, async () => {
    const problem = dateInputProblem(input.value, lang);
    if (problem) return clear(problem);
    decodedInput = input.value;
    const shown = attention ? "on" : "off";
    const models = { on: "bahdanau", off: "none" } as const;
    const current: { on?: DecodeResult; off?: DecodeResult } = {};
    decoded = current;
    for (const which of [shown, shown === "on" ? "off" : "on"] as const) {
      const work = async () => {
        const answer = await withModel(models[which]).greedyDecode(input.value);
        if (!answer.ok) return clear(kernelMessage(answer.error, lang));
        current[which] = answer.value;
        setMessage(root, null);
        draw();
      };
      await (which === shown ? timed(root, work) : work());
      if (decoded !== current) return;
    }
  });
  const redraw = serialUpdates(root, () => timed(root, draw));

  toggleGroup(root, "attention", (choice) => {
    attention = choice === "on";
    redraw();
  });
  input.addEventListener("input", update);
  onLibraryChange(update);
  update();
  return {};
}

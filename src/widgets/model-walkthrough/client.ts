// The whole-model walkthrough in the browser: encode and decode the reader's input with the
// shipped Bahdanau model (through the kernel, so an edited library drives every stage), then step
// through the output with the ←/→ buttons.
import { pageLang } from "../../i18n/lang.ts";
import { kernelMessage, onLibraryChange, withModel } from "../shared/compute.ts";
import { dateCautions } from "../../lib/attention/data/dates.ts";
import { cautionLines, dateInputProblem } from "../shared/date-input.ts";
import { stepper } from "../shared/controls.ts";
import {
  type WidgetHandle,
  part,
  readProps,
  serialUpdates,
  setCautions,
  setMessage,
  timed,
} from "../shared/dom.ts";
import { renderWalkthrough, walkthroughTables, type Walk } from "./render.ts";
import { strings } from "./strings.ts";

export function mount(root: HTMLElement): WidgetHandle {
  const lang = pageLang();
  const s = strings[lang];
  const props = readProps<{ step: number; alphabet: string[] }>(root);
  const input = part<HTMLInputElement>(root, "[data-input]");
  const plot = part(root, "[data-plot]");
  const table = part(root, "[data-table]");
  const output = part(root, "[data-output]");
  const outputStep = stepper(root, props.step, () => redraw());
  let walk: Walk | null = null;
  let shownInput = input.value;

  const draw = () => {
    if (!walk) return;
    const i = outputStep.show(walk.steps.length, s.stepOf);
    plot.innerHTML = renderWalkthrough(walk, i, s);
    plot.setAttribute("aria-label", s.summary(i, shownInput));
    table.innerHTML = walkthroughTables(walk, i, s);
  };
  const clear = (message: string) => {
    walk = null;
    for (const el of [plot, table, output, outputStep.label]) el.textContent = "";
    plot.setAttribute("aria-label", s.stages);
    setCautions(root, []);
    setMessage(root, message);
  };

  const update = serialUpdates(root, () =>
    timed(root, async () => {
      const text = input.value;
      const problem = dateInputProblem(text, lang);
      if (problem) return clear(problem);
      const [decoded, encoded] = await Promise.all([
        withModel("bahdanau").greedyDecode(text),
        withModel("bahdanau").encode(text),
      ]);
      if (!decoded.ok) return clear(kernelMessage(decoded.error, lang));
      if (!encoded.ok) return clear(kernelMessage(encoded.error, lang));
      if (decoded.value.steps.length === 0) return clear(s.noSteps);
      walk = { ...decoded.value, encoderStates: encoded.value.encoderStates };
      shownInput = text;
      output.textContent = s.result(decoded.value.output);
      setCautions(root, cautionLines(dateCautions(text, decoded.value.output, props.alphabet), lang));
      setMessage(root, null);
      draw();
    }),
  );
  const redraw = serialUpdates(root, () => timed(root, draw));

  for (const button of root.querySelectorAll<HTMLButtonElement>("[data-example]")) {
    button.addEventListener("click", () => {
      input.value = button.dataset.example ?? "";
      update();
    });
  }
  input.addEventListener("input", update);
  onLibraryChange(update);
  update();
  return {};
}

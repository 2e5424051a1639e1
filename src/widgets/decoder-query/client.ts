// Decoder query in the browser: decode the reader's input with the chosen variant (through the
// kernel) and step through the output one position at a time.
import { callWithModel, kernelMessage, onLibraryChange } from "../shared/compute.ts";
import { dateInputProblem } from "../shared/date-input.ts";
import { stepper, toggleGroup } from "../shared/controls.ts";
import { type WidgetHandle, part, readProps, serialUpdates, setMessage, timed } from "../shared/dom.ts";
import { decoderTable, queryIdentity, renderDecoderQuery, type Decoded, type Variant } from "./render.ts";
import { strings } from "./strings.ts";

export function mount(root: HTMLElement): WidgetHandle {
  const lang = root.dataset.lang === "en" ? "en" : "ko";
  const s = strings[lang];
  const props = readProps<{ step: number; alphabet: string[] }>(root);
  const input = part<HTMLInputElement>(root, "[data-input]");
  const plot = part(root, "[data-plot]");
  const table = part(root, "[data-table]");
  const explain = part(root, "[data-explain]");
  const outputStep = stepper(root, props.step, () => redraw());
  let variant: Variant = "bahdanau";
  let decoded: Decoded | null = null;

  const draw = () => {
    if (!decoded) return;
    const i = outputStep.show(decoded.steps.length, s.stepOf);
    plot.innerHTML = renderDecoderQuery(decoded, i, variant, s);
    explain.textContent = queryIdentity(decoded, i, variant, s);
    table.innerHTML = decoderTable(decoded, i, s);
  };
  const clear = (message: string) => {
    decoded = null;
    for (const el of [plot, table, explain, outputStep.label]) el.textContent = "";
    setMessage(root, message);
  };

  const update = serialUpdates(root, () =>
    timed(root, async () => {
      const problem = dateInputProblem(input.value, props.alphabet, lang);
      if (problem) return clear(problem);
      const answer = await callWithModel<Decoded>(variant, "greedyDecode", [input.value]);
      if (!answer.ok) return clear(kernelMessage(answer.error, lang));
      if (answer.value.steps.length === 0) return clear(s.nothing);
      decoded = answer.value;
      setMessage(root, null);
      draw();
    }),
  );
  const redraw = serialUpdates(root, () => timed(root, draw));

  toggleGroup(root, "variant", (choice) => {
    variant = choice === "luong" ? "luong" : "bahdanau";
    update();
  });
  input.addEventListener("input", update);
  onLibraryChange(update);
  update();
  return {};
}

// Decoder query in the browser: decode the reader's input (through the kernel) with Bahdanau's
// model, Luong's, or both side by side, and step through the output one position at a time.
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
import { decoderTable, queryIdentity, renderDecoderQuery, type Decoded, type Variant } from "./render.ts";
import { strings } from "./strings.ts";

type View = Variant | "both";

export function mount(root: HTMLElement): WidgetHandle {
  const lang = pageLang();
  const s = strings[lang];
  const props = readProps<{ step: number; alphabet: string[] }>(root);
  const input = part<HTMLInputElement>(root, "[data-input]");
  const main = {
    heading: part(root, "[data-heading]"),
    explain: part(root, "[data-explain]"),
    plot: part(root, "[data-plot]"),
    table: part(root, "[data-table]"),
  };
  const beside = {
    panel: part(root, '[data-panel="luong"]'),
    explain: part(root, "[data-explain-luong]"),
    plot: part(root, "[data-plot-luong]"),
    table: part(root, "[data-table-luong]"),
  };
  const outputStep = stepper(root, props.step, () => redraw());
  let view: View = "bahdanau";
  /** The decodings of `decodedInput`, by variant: switching the view decodes only what is missing. */
  let decoded: Partial<Record<Variant, Decoded>> = {};
  let decodedInput = "";
  const mainVariant = (): Variant => (view === "luong" ? "luong" : "bahdanau");

  const draw = () => {
    const d = decoded[mainVariant()];
    if (!d) return;
    setCautions(
      root,
      cautionLines(dateCautions(decodedInput, d.outputTokens.join(""), props.alphabet), lang),
    );
    const i = outputStep.show(d.steps.length, s.stepOf);
    main.plot.innerHTML = renderDecoderQuery(d, i, mainVariant(), s);
    main.explain.textContent = queryIdentity(d, i, mainVariant(), s);
    main.table.innerHTML = decoderTable(d, i, s);
    main.heading.hidden = view !== "both";
    const luong = view === "both" ? decoded.luong : undefined;
    beside.panel.hidden = !luong;
    if (!luong) return;
    // The same output step in Luong's decoding (its output may be shorter or longer).
    const j = Math.min(i, luong.steps.length);
    beside.plot.innerHTML = renderDecoderQuery(luong, j, "luong", s);
    beside.explain.textContent = queryIdentity(luong, j, "luong", s);
    beside.table.innerHTML = decoderTable(luong, j, s);
  };
  const clear = (message: string) => {
    decoded = {};
    decodedInput = "";
    for (const el of [main.plot, main.table, main.explain, outputStep.label]) el.textContent = "";
    main.heading.hidden = true;
    beside.panel.hidden = true;
    setCautions(root, []);
    setMessage(root, message);
  };

  const update = serialUpdates(root, () =>
    timed(root, async () => {
      const problem = dateInputProblem(input.value, lang);
      if (problem) return clear(problem);
      if (input.value !== decodedInput) {
        decoded = {};
        decodedInput = input.value;
      }
      const wanted: Variant[] = view === "both" ? ["bahdanau", "luong"] : [mainVariant()];
      for (const variant of wanted.filter((v) => !decoded[v])) {
        const answer = await withModel(variant).greedyDecode(input.value);
        if (!answer.ok) return clear(kernelMessage(answer.error, lang));
        if (answer.value.steps.length === 0) return clear(s.nothing);
        decoded[variant] = answer.value;
      }
      setMessage(root, null);
      draw();
    }),
  );
  const redraw = serialUpdates(root, () => timed(root, draw));

  toggleGroup(root, "variant", (choice) => {
    view = choice === "luong" || choice === "both" ? choice : "bahdanau";
    update();
  });
  input.addEventListener("input", update);
  onLibraryChange(() => {
    decodedInput = ""; // the edited library may decode differently
    update();
  });
  update();
  return {};
}

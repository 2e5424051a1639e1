// Encoder states in the browser: the library's encode (through the kernel) gives every state at
// once; stepping and playing reveal them one character at a time. Playing runs only on screen.
import { pageLang } from "../../i18n/lang.ts";
import { kernelMessage, onLibraryChange, withModel } from "../shared/compute.ts";
import { dateCautions } from "../../lib/attention/data/dates.ts";
import { cautionLines, dateInputProblem } from "../shared/date-input.ts";
import { toggleGroup } from "../shared/controls.ts";
import {
  type WidgetHandle,
  part,
  readProps,
  serialUpdates,
  setCautions,
  setMessage,
  timed,
} from "../shared/dom.ts";
import { renderColumns, renderDictionary, statesTable, type Encoded } from "./render.ts";
import { strings } from "./strings.ts";

const PLAY_MS = 300;

export function mount(root: HTMLElement): WidgetHandle {
  const lang = pageLang();
  const s = strings[lang];
  const props = readProps<{ alphabet: string[] }>(root);
  const input = part<HTMLInputElement>(root, "[data-input]");
  const plot = part(root, "[data-plot]");
  const table = part(root, "[data-table]");
  const progress = part(root, "[data-progress]");
  const caption = part(root, "[data-caption]");
  const playButton = part<HTMLButtonElement>(root, "[data-play]");
  let encoded: Encoded | null = null;
  let shown = Number.MAX_SAFE_INTEGER;
  let view = "columns";
  let timer: ReturnType<typeof setInterval> | undefined;

  const draw = () =>
    timed(root, () => {
      if (!encoded) return;
      plot.innerHTML =
        view === "columns" ? renderColumns(encoded, shown, s) : renderDictionary(encoded, shown, s);
      caption.textContent = view === "columns" ? s.legend : s.same;
      table.innerHTML = statesTable(encoded, shown, s);
      // At the last character Step has nothing left to read: say how to watch again.
      const T = encoded.tokens.length;
      progress.textContent = shown < T ? s.progress(shown, T) : `${s.progress(T, T)} ${s.again}`;
    });
  const pause = () => {
    clearInterval(timer);
    timer = undefined;
    playButton.textContent = s.play;
    playButton.setAttribute("aria-pressed", "false");
  };
  const advance = () => {
    if (!encoded || shown >= encoded.tokens.length) return pause();
    shown++;
    void draw();
  };

  const update = serialUpdates(root, async () => {
    pause();
    const problem = dateInputProblem(input.value, lang);
    if (problem) {
      encoded = null;
      plot.innerHTML = "";
      table.innerHTML = "";
      progress.textContent = "";
      setCautions(root, []);
      setMessage(root, problem);
      return;
    }
    const answer = await withModel("bahdanau").encode(input.value);
    if (!answer.ok) {
      setMessage(root, kernelMessage(answer.error, lang));
      return;
    }
    setMessage(root, null);
    setCautions(root, cautionLines(dateCautions(input.value, null, props.alphabet), lang));
    encoded = answer.value;
    shown = Math.min(shown, encoded.tokens.length) || 1;
    await draw();
  });

  part(root, "[data-step]").addEventListener("click", () => {
    pause();
    advance();
  });
  playButton.addEventListener("click", () => {
    if (timer) return pause();
    if (encoded && shown >= encoded.tokens.length) shown = 0;
    playButton.textContent = s.pause;
    playButton.setAttribute("aria-pressed", "true");
    advance();
    timer = setInterval(advance, PLAY_MS);
  });
  part(root, "[data-reset]").addEventListener("click", () => {
    pause();
    shown = 1;
    void draw();
  });
  toggleGroup(root, "view", (choice) => {
    view = choice;
    void draw();
  });
  input.addEventListener("input", () => {
    shown = Number.MAX_SAFE_INTEGER;
    update();
  });
  onLibraryChange(update);
  update();
  return { hide: pause };
}

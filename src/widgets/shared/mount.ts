// A widget definition (widget.ts) come alive in the page: the state it starts from is what its
// component drew at build time (`data-props`); each change computes through the kernel, one
// computation at a time with the newest state, and redraws the parts `render` names.
import { pageLang } from "../../i18n/lang.ts";
import { markHtml } from "../../i18n/lang-parts.ts";
import { KernelFailure, kernelMessage, onLibraryChange, pageLibrary } from "./compute.ts";
import { type WidgetHandle, part, readProps, serialUpdates, setCautions, setMessage, timed } from "./dom.ts";
import { NothingToShow, partOf, type Live, type Parts, type WidgetDefinition } from "./widget.ts";

/** Writes each part into the element carrying its hook (`plot` → `[data-plot]`). */
export function paint(root: HTMLElement, parts: Parts): void {
  const lang = pageLang();
  for (const [hook, value] of Object.entries(parts)) {
    const el = root.querySelector(`[data-${hook}]`);
    if (!el) continue;
    const { html, attrs } = partOf(value);
    // A run in the other language (a Korean input's characters on an English page) gets its lang.
    if (html !== undefined) el.innerHTML = markHtml(html, lang);
    for (const [name, v] of Object.entries(attrs)) {
      if (v === false) el.removeAttribute(name);
      else el.setAttribute(name, v === true ? "" : v);
    }
  }
}

/** Starts the widget `definition` on its element `root`. */
export function mountWidget<Props, State, Result, S>(
  definition: WidgetDefinition<Props, State, Result, S>,
  root: HTMLElement,
): WidgetHandle {
  const lang = pageLang();
  const s = definition.strings[lang];
  let state = readProps<State>(root);
  let result: Result | null = null;
  let binding = true;

  const clear = (message: string) => {
    result = null;
    paint(root, definition.empty?.(s) ?? {});
    if (definition.cautions) setCautions(root, []);
    setMessage(root, message);
  };
  const draw = () => {
    if (result === null) return;
    paint(root, definition.render(result, state, s));
    if (definition.cautions) setCautions(root, definition.cautions(result, state, lang));
    const note = definition.note?.(result, state, s) ?? null;
    setMessage(root, note?.text ?? null, note?.kind);
  };
  const compute = async () => {
    const problem = definition.problem?.(state, s, lang) ?? null;
    if (problem !== null) return clear(problem);
    try {
      result = await definition.compute(pageLibrary, state, s);
    } catch (error) {
      if (error instanceof KernelFailure) return clear(kernelMessage(error.error, lang));
      if (error instanceof NothingToShow) return clear(error.message);
      throw error;
    }
    draw();
  };
  const update = serialUpdates(root, () => timed(root, compute));
  // Drawing is synchronous: it needs no turn of its own (and must not mark a computing widget ready).
  const redraw = () => void timed(root, draw);

  const live: Live<State, Result, S> = {
    root,
    lang,
    s,
    get state() {
      return state;
    },
    get result() {
      return result;
    },
    set(change) {
      state = { ...state, ...change };
      if (!binding) update();
    },
    update,
    redraw,
    show(change) {
      state = { ...state, ...change };
      redraw();
    },
    part: (selector) => part(root, selector),
    message: (text, kind) => setMessage(root, text, kind),
  };
  const handle = definition.bind(live) ?? {};
  binding = false;
  onLibraryChange(update);
  update();
  return handle;
}

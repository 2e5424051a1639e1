// A widget definition (widget.ts) come alive in the page: the state it starts from is what its
// component drew at build time (`data-props`); each change computes through the kernel, one
// computation at a time with the newest state, and redraws the parts `render` names.
import { pageLang } from "../../i18n/lang.ts";
import { KernelFailure, kernelMessage, onLibraryChange, pageLibrary } from "./compute.ts";
import { type WidgetHandle, part, readProps, serialUpdates, setMessage, timed } from "./dom.ts";
import { partOf, type Live, type Parts, type WidgetDefinition } from "./widget.ts";

/** Writes each part into the element carrying its hook (`plot` → `[data-plot]`). */
export function paint(root: HTMLElement, parts: Parts): void {
  for (const [hook, value] of Object.entries(parts)) {
    const el = root.querySelector(`[data-${hook}]`);
    if (!el) continue;
    const { html, attrs } = partOf(value);
    el.innerHTML = html;
    for (const [name, v] of Object.entries(attrs)) el.setAttribute(name, v);
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

  const clear = () => {
    result = null;
    paint(root, Object.fromEntries((definition.clear ?? []).map((hook) => [hook, ""])));
  };
  const draw = () => {
    if (result === null) return;
    paint(root, definition.render(result, state, s));
    const note = definition.note?.(result, state, s) ?? null;
    setMessage(root, note?.text ?? null, note?.kind);
  };
  const compute = async () => {
    const problem = definition.problem?.(state, s, lang) ?? null;
    if (problem !== null) {
      clear();
      setMessage(root, problem);
      return;
    }
    try {
      result = await definition.compute(pageLibrary, state, s);
    } catch (error) {
      if (!(error instanceof KernelFailure)) throw error;
      clear();
      setMessage(root, kernelMessage(error.error, lang));
      return;
    }
    draw();
  };
  const update = serialUpdates(root, () => timed(root, compute));
  const redraw = serialUpdates(root, () => timed(root, draw));

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
    part: (selector) => part(root, selector),
    message: (text, kind) => setMessage(root, text, kind),
  };
  const handle = definition.bind(live) ?? {};
  binding = false;
  onLibraryChange(update);
  update();
  return handle;
}

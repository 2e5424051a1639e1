// A widget definition (widget.ts) come alive in the page: the state it starts from is what its
// component drew at build time (`data-props`); each change computes through the kernel, one
// computation at a time with the newest state, and redraws the parts `render` names.
import { pageLang } from "../../i18n/lang.ts";
import { markHtml } from "../../i18n/lang-parts.ts";
import { KernelFailure, kernelMessage, onLibraryChange, pageLibrary } from "./compute.ts";
import { type WidgetHandle, part, readProps, serialUpdates, setCautions, setMessage, timed } from "./dom.ts";
import { NothingToShow, partOf, type Live, type Parts, type WidgetDefinition } from "./widget.ts";

/** The HTML `paint` last wrote into each element (parts are written only by `paint`). */
const written = new WeakMap<Element, string>();

/**
 * Writes each part into the element carrying its hook (`plot` → `[data-plot]`). A part whose HTML
 * is what was written there last is left as it is: its elements stay, and so does a screen
 * reader's place in them (the heatmap's active cell moves by attributes alone).
 */
export function paint(root: HTMLElement, parts: Parts): void {
  const lang = pageLang();
  for (const [hook, value] of Object.entries(parts)) {
    const el = root.querySelector(`[data-${hook}]`);
    if (!el) continue;
    const { html, attrs } = partOf(value);
    if (html !== undefined && written.get(el) !== html) {
      // A run in the other language (a Korean input's characters on an English page) gets its lang.
      el.innerHTML = markHtml(html, lang);
      written.set(el, html);
    }
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

  // The live regions are written only when what they say changes (a redraw that says the same is
  // not read out again). The message is the widget's own (a problem, a failure, a note) or one
  // `bind` put up (`live.message`): a drawing takes down only its own, unless the widget has notes.
  let cautions: string | undefined;
  let own: string | null = null;
  const say = (lines: readonly string[], message: string | null, kind?: "error" | "info") => {
    const now = JSON.stringify(lines);
    if (definition.cautions && now !== cautions) setCautions(root, lines);
    cautions = now;
    const said = message === null ? null : JSON.stringify([message, kind]);
    if (said === own || (said === null && own === null && !definition.note)) return;
    own = said;
    setMessage(root, message, kind);
  };
  const clear = (message: string) => {
    result = null;
    paint(root, definition.empty?.(s) ?? {});
    say([], message);
  };
  const draw = () => {
    if (result === null) return;
    paint(root, definition.render(result, state, s));
    const note = definition.note?.(result, state, s) ?? null;
    say(definition.cautions?.(result, state, lang) ?? [], note?.text ?? null, note?.kind);
  };
  let visible = true;
  /** The stages of the new result still to show (`reveal`). */
  let stages: Partial<State>[] = [];
  const compute = async () => {
    stages = [];
    const problem = definition.problem?.(state, s, lang) ?? null;
    if (problem !== null) return clear(problem);
    try {
      result = await definition.compute(pageLibrary, state, s);
    } catch (error) {
      if (error instanceof KernelFailure)
        return clear(definition.failure?.(state, s) ?? kernelMessage(error.error, lang));
      if (error instanceof NothingToShow) return clear(error.message);
      throw error;
    }
    stages = definition.reveal?.stages(result, state) ?? [];
    if (matchMedia("(prefers-reduced-motion: reduce)").matches) stages = [Object.assign({}, ...stages)];
    state = { ...state, ...stages.shift() };
    draw();
  };
  /** Shows the remaining stages `reveal.ms` apart; off screen, all that are left at once. */
  const revealRest = async () => {
    while (stages.length > 0) {
      await new Promise((ok) => setTimeout(ok, definition.reveal?.ms));
      state = { ...state, ...(visible ? stages.shift() : Object.assign({}, ...stages.splice(0))) };
      draw();
    }
  };
  /** What `bind` asked to wait for before the widget is ready. */
  let waiting: Promise<unknown> = Promise.resolve();
  const update = serialUpdates(root, async () => {
    await timed(root, compute);
    await revealRest();
    await waiting;
  });
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
    message: (text, kind) => {
      own = null;
      setMessage(root, text, kind);
    },
    waitFor(work) {
      waiting = Promise.all([waiting, work.catch(() => undefined)]);
    },
  };
  const handle = definition.bind(live) ?? {};
  binding = false;
  onLibraryChange(update);
  update();
  return {
    show() {
      visible = true;
      handle.show?.();
    },
    hide() {
      visible = false;
      handle.hide?.();
    },
  };
}

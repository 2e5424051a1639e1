// What a widget is: one definition, used at build time (the library itself draws the first state
// into the page) and in the page (the kernel computes every later state, so an edited library
// drives it). The same `compute` and `render` run in both places; only the library they are given
// differs (`buildLibrary` in build-library.ts, `pageLibrary` in compute.ts).
//
//   export default defineWidget({
//     name: "soft-lookup",
//     strings,
//     initial: (props) => ({ query: props.query ?? [1.5, 0.5] }),
//     compute: ({ library }, state) => library.attend(state.query, KEYS, VALUES),
//     render: (result, state, s) => ({ plot: renderSoftLookup(state.query, result, s) }),
//     bind(live) { live.part("[data-preset]").addEventListener("click", () => live.set({ … })); },
//   });

import type * as attention from "../../lib/attention/index.ts";
import type { Seq2Seq } from "../../lib/attention/index.ts";
import type { ModelName } from "../../kernel/api.ts";
import type { Lang, Strings } from "../../i18n/lang.ts";
import type { WidgetName } from "../index.ts";
import type { WidgetHandle } from "./dom.ts";

type Library = typeof attention;
type FunctionName = {
  [K in keyof Library]: Library[K] extends (...args: never[]) => unknown ? K : never;
}[keyof Library];
type ModelFunctionName = {
  [K in FunctionName]: Library[K] extends (model: Seq2Seq, ...args: never[]) => unknown ? K : never;
}[FunctionName];

/** The library's functions with their own arguments; the result comes later (a failure throws). */
export type Computing = {
  [K in FunctionName]: Library[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : never;
};
/** The library's functions that take a model first, with the model already given. */
export type ComputingWithModel = {
  [K in ModelFunctionName]: Library[K] extends (model: Seq2Seq, ...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : never;
};

/** What a widget computes with: the library, the library bound to one of the models, the models' files. */
export interface Lib {
  library: Computing;
  withModel(model: ModelName): ComputingWithModel;
  /** A JSON file the course ships under public/ (`models/report.json`), or null when it is not there. */
  shipped<T>(file: string): Promise<T | null>;
}

/**
 * A part of the widget to draw: its inner HTML, or that and attributes to set on it. The key is
 * the part's hook: `plot` is the element with `data-plot`.
 */
export type Part = string | { html?: string; attrs?: Attributes };
/** Attributes to set on a part: `true` sets an empty one (`disabled`), `false` removes it. */
export type Attributes = Readonly<Record<string, string | boolean>>;
export type Parts = Readonly<Record<string, Part>>;

/** What a widget in the page can do: read and change its state, recompute, redraw. */
export interface Live<State, Result, S> {
  readonly root: HTMLElement;
  readonly lang: Lang;
  readonly s: S;
  /** The current state (change it with `set`). */
  readonly state: State;
  /** What was last computed (null before the first answer, or after a failure). */
  readonly result: Result | null;
  /** Changes the state and computes again (one computation at a time, with the newest state). */
  set(change: Partial<State>): void;
  /** Computes again with the same state (the controls' values may have changed). */
  update(): void;
  /** Draws the last result again, without computing (after a change only `render` reads). */
  redraw(): void;
  /** Changes what is shown (a step, a view) and draws the last result again, without computing. */
  show(change: Partial<State>): void;
  /** The element under the widget matching `selector` (its component wrote it). */
  part<T extends Element = HTMLElement>(selector: string): T;
  /** Shows (or with null hides) the widget's inline message. */
  message(text: string | null, kind?: "error" | "info"): void;
  /** Keeps the widget from being ready until `work` has ended (from `bind`: e.g. reading the store). */
  waitFor(work: Promise<unknown>): void;
}

export interface WidgetDefinition<Props, State, Result, S> {
  /** The folder's name, as listed in src/widgets/index.ts. */
  name: WidgetName;
  strings: Strings<S>;
  /** The state a widget starts from, from what its chapter gave (the component's props). */
  initial(props: Props): State;
  /** What the library computes for a state. A reader's input the library cannot take: `problem`. */
  compute(lib: Lib, state: State, s: S): Promise<Result>;
  /** The parts to draw for a state and its result (build time and page alike). */
  render(result: Result, state: State, s: S): Parts;
  /**
   * A message for a state that is not computed (a reader's input the widget cannot take), or null.
   * The widget then shows `empty` meanwhile.
   */
  problem?(state: State, s: S, lang: Lang): string | null;
  /** The parts drawn when nothing can be shown (a problem or a failure); none keeps the last picture. */
  empty?(s: S): Parts;
  /** Cautions about the result (DateCautions.astro shows them), in the reader's language. */
  cautions?(result: Result, state: State, lang: Lang): readonly string[];
  /**
   * What to say, instead of the library's own words, when the kernel could not compute a state
   * (the reader's own model that is not there yet), or null to say what the library said.
   */
  failure?(state: State, s: S): string | null;
  /**
   * In the page: a new result shown in stages (the heatmap fills row by row), as changes of state
   * applied `ms` apart, the first before the result is drawn. Off screen, or for a reader who asks
   * for reduced motion, the rest are applied at once. The widget is ready after the last.
   */
  reveal?: { ms: number; stages(result: Result, state: State): Partial<State>[] };
  /** A note under the picture for a computed state (e.g. "no key matches"), or null. */
  note?(result: Result, state: State, s: S): { text: string; kind: "error" | "info" } | null;
  /** In the page: wires the controls to `live.set`/`live.update`; what it returns hears visibility. */
  bind(live: Live<State, Result, S>): WidgetHandle | void;
}

/** Declares a widget (types only: the definition is what it is). */
export function defineWidget<Props, State, Result, S>(
  definition: WidgetDefinition<Props, State, Result, S>,
): WidgetDefinition<Props, State, Result, S> {
  return definition;
}

/** A part's HTML (undefined: leave what is there) and attributes, whichever way it was given. */
export function partOf(part: Part | undefined): { html: string | undefined; attrs: Attributes } {
  if (part === undefined) return { html: undefined, attrs: {} };
  return typeof part === "string" ? { html: part, attrs: {} } : { html: part.html, attrs: part.attrs ?? {} };
}

/**
 * Thrown by `compute` when the library answered but there is nothing to show (a decoding with no
 * output steps): the widget empties its `clear` parts and says `message`.
 */
export class NothingToShow extends Error {}

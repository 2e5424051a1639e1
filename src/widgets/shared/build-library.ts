// Build time only (Node): the library itself as a widget computes with it, so a widget's first
// state is drawn into the page by the same `compute` and `render` the page runs through the
// kernel. A model whose weights are not in public/models leaves the picture empty until the page
// computes it. The files shipped with the models
// (`shipped`, e.g. models/report.json) are read from public/.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as attention from "../../lib/attention/index.ts";
import { routeLang, type Lang } from "../../i18n/lang.ts";
import { stableId } from "./ids.ts";
import type { ModelName } from "../../kernel/api.ts";
import { shippedModel } from "./build-model.ts";
import { markHtml } from "../../i18n/lang-parts.ts";
import {
  NothingToShow,
  partOf,
  type Attributes,
  type Lib,
  type Parts,
  type WidgetDefinition,
} from "./widget.ts";

/** A model that is not there at build time (no shipped weights, or the reader's own). */
class NoWeights extends Error {}

type AnyFunction = (...args: unknown[]) => unknown;
const fn = (name: string | symbol) => (attention as unknown as Record<string | symbol, AnyFunction>)[name];

export const buildLibrary: Lib = {
  library: new Proxy(
    {},
    {
      get:
        (_target, name) =>
        async (...args: unknown[]) =>
          fn(name)(...args),
    },
  ) as Lib["library"],
  withModel: (name: ModelName) =>
    new Proxy(
      {},
      {
        get:
          (_target, fnName) =>
          async (...args: unknown[]) => {
            const model = name === "mine" ? null : shippedModel(name);
            if (!model) throw new NoWeights(name);
            return fn(fnName)(model, ...args);
          },
      },
    ) as ReturnType<Lib["withModel"]>,
  shipped: async <T>(file: string) => {
    const path = join(process.cwd(), "public", file);
    return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : null;
  },
};

/** A widget as its component draws it: its strings, its first state, and (when computed) the parts. */
export interface BuiltWidget<State, Result, S> {
  s: S;
  state: State;
  /** null when a model it needs is not there at build time. */
  result: Result | null;
  parts: Parts;
  /** The inner HTML of part `hook` ("" when nothing was computed). */
  html(hook: string): string;
  /** The attributes `render` gives part `hook`. */
  attrs(hook: string): Attributes;
  /** The cautions about the result (none when nothing was computed). */
  cautions: readonly string[];
}

/** Computes and renders a widget's first state at build time, from the props its chapter gave. */
export async function buildWidget<Props, State, Result, S>(
  definition: WidgetDefinition<Props, State, Result, S>,
  props: Props,
  lang: Lang,
): Promise<BuiltWidget<State, Result, S>> {
  const s = definition.strings[lang];
  const state = definition.initial(props);
  let result: Result | null = null;
  try {
    result = await definition.compute(buildLibrary, state, s);
  } catch (error) {
    if (!(error instanceof NoWeights || error instanceof NothingToShow)) throw error;
  }
  const parts = result === null ? {} : definition.render(result, state, s);
  return {
    s,
    state,
    result,
    parts,
    // A run in the other language (a Korean input's characters on an English page) gets its lang.
    html: (hook) => markHtml(partOf(parts[hook]).html ?? "", lang),
    attrs: (hook) => partOf(parts[hook]).attrs,
    cautions: result === null ? [] : (definition.cautions?.(result, state, lang) ?? []),
  };
}

/** What a widget's component has of Astro: its route, its page, and the props its chapter wrote. */
interface Component {
  params: Readonly<Record<string, string | undefined>>;
  locals: object;
  props: object;
}

/**
 * A widget's component, drawn: the page's language, the component's stable id (`prefix-…`, given
 * to `initial` too as `id`) and the built widget (`buildWidget`) from the chapter's props and what
 * the build adds to them (`add`: the models' alphabet).
 *
 *   const widget = await buildComponent(softLookup, Astro, "sl");
 *   const { lang, id, s, state } = widget;
 */
export async function buildComponent<Props, State, Result, S>(
  definition: WidgetDefinition<Props, State, Result, S>,
  astro: Component,
  prefix: string,
  add: object = {},
): Promise<BuiltWidget<State, Result, S> & { lang: Lang; id: string }> {
  const lang = routeLang(astro.params);
  const id = stableId(prefix, astro.locals, astro.props);
  const widget = await buildWidget(definition, { ...astro.props, ...add, id } as Props, lang);
  return { ...widget, lang, id };
}

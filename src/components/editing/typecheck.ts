/**
 * TypeScript help in a CodeMirror 6 editor: completions, hover with type and JSDoc, signature
 * help while typing a call's arguments, and squiggles for type errors. All answers come from the
 * page's type worker (src/kernel/typescript/client.ts), so the main thread only draws. Plug it into an editor with:
 *
 *   const { typescriptExtension } = await import("../editing/typecheck.ts");
 *   extensions.push(typescriptExtension({ lang, doc: { cell: id }, getCells: pageCells }));
 *
 * or, to an editor that exists already: `attachTypescript(view, { ... })`.
 *
 * A type error never blocks a run: it is shown, that is all.
 */
import { autocompletion, type Completion, type CompletionContext } from "@codemirror/autocomplete";
import { linter, type Diagnostic } from "@codemirror/lint";
import { EditorState, StateEffect, StateField, type Extension } from "@codemirror/state";
import {
  EditorView,
  hoverTooltip,
  keymap,
  showPanel,
  showTooltip,
  ViewPlugin,
  type Panel,
  type Tooltip,
  type ViewUpdate,
} from "@codemirror/view";
import { ask, type AskContext } from "../../kernel/typescript/client.ts";
import { t } from "../../i18n/index.ts";
import type {
  CellSource,
  DocRef,
  Hover,
  Lang,
  SignatureHelp,
  TypeDiagnostic,
} from "../../kernel/typescript/core.ts";

export interface TypescriptOptions {
  lang: Lang;
  /** The document this editor shows: a cell of the page or a file of the library. */
  doc: DocRef;
  /** The page's cells in order with their current code (for a cell: the names above it). */
  getCells?: () => CellSource[];
  /** The library as the kernel uses it: the reader's edited files, or null for the shipped one. */
  getLibrary?: () => Record<string, string> | null;
  /**
   * Subscribe to changes the editor cannot see (e.g. the kernel took the reader's edited library):
   * `listen(recheck)` returns an unsubscribe function.
   */
  listen?: (recheck: () => void) => () => void;
  /** Called with each new set of type errors (e.g. to show them next to the cell's output). */
  onDiagnostics?: (diagnostics: TypeDiagnostic[]) => void;
}

const strings = (lang: Lang) => ({
  example: t(lang, "types.example"),
  summary: (n: number) => t(lang, n === 1 ? "types.errorsOne" : "types.errorsMany", { n }),
  line: (n: number) => t(lang, "types.line", { n }),
});

/** TypeScript's kinds of names, as CodeMirror's completion icons. */
const completionType: Record<string, string> = {
  function: "function",
  "local function": "function",
  method: "method",
  const: "constant",
  let: "variable",
  var: "variable",
  "local var": "variable",
  parameter: "variable",
  class: "class",
  interface: "interface",
  type: "type",
  enum: "enum",
  "enum member": "constant",
  module: "namespace",
  alias: "variable",
  property: "property",
  getter: "property",
  setter: "property",
  keyword: "keyword",
};

function element(tag: string, className: string, text?: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function hoverView(hover: Hover, lang: Lang): HTMLElement {
  const dom = element("div", "cm-ts-hover");
  dom.dataset.typesHover = "";
  dom.append(element("pre", "cm-ts-signature", hover.signature));
  if (hover.documentation) dom.append(element("div", "cm-ts-doc", hover.documentation));
  for (const tag of hover.tags) {
    if (tag.name === "example") {
      dom.append(element("div", "cm-ts-tag", strings(lang).example));
      dom.append(element("pre", "cm-ts-example", tag.text));
    } else {
      const line = element("div", "cm-ts-tag");
      line.append(element("code", "", `@${tag.name}`), ` ${tag.text}`);
      dom.append(line);
    }
  }
  return dom;
}

function signatureView(help: SignatureHelp): HTMLElement {
  const dom = element("div", "cm-ts-signature-help");
  dom.dataset.typesSignature = "";
  const label = element("pre", "cm-ts-signature");
  label.append(help.label.slice(0, help.activeFrom));
  if (help.activeTo > help.activeFrom)
    label.append(element("strong", "cm-ts-active", help.label.slice(help.activeFrom, help.activeTo)));
  label.append(help.label.slice(help.activeTo));
  if (help.overload) label.prepend(element("span", "cm-ts-overload", `${help.overload} `));
  dom.append(label);
  const doc = help.parameterDocumentation || help.documentation.split("\n\n")[0];
  if (doc) dom.append(element("div", "cm-ts-doc", doc));
  return dom;
}

/** Tooltips in the site's colours (light and dark), over CodeMirror's fixed light grey. */
const theme = EditorView.theme({
  ".cm-tooltip": {
    color: "var(--fg, #1d1d1f)",
    backgroundColor: "var(--bg-soft, #f3f1ec)",
    border: "1px solid var(--border, #dcd8cf)",
    borderRadius: "4px",
  },
  ".cm-ts-hover, .cm-ts-signature-help": {
    maxWidth: "min(40rem, 90vw)",
    maxHeight: "18rem",
    overflow: "auto",
    padding: "0.4rem 0.6rem",
    fontSize: "0.85rem",
    lineHeight: "1.45",
  },
  ".cm-ts-signature, .cm-ts-example": {
    margin: "0",
    padding: "0",
    border: "none",
    background: "none",
    whiteSpace: "pre-wrap",
    fontFamily: "var(--font-mono, monospace)",
    fontSize: "0.8rem",
  },
  ".cm-ts-doc": { whiteSpace: "pre-wrap", marginTop: "0.35rem" },
  ".cm-ts-tag": { marginTop: "0.35rem", fontWeight: "600" },
  ".cm-ts-example": {
    padding: "0.3rem 0.4rem",
    backgroundColor: "var(--bg-code, #f5f3ee)",
    borderRadius: "4px",
  },
  ".cm-ts-errors": {
    padding: "0.3rem 0.6rem",
    fontSize: "0.85rem",
    color: "var(--bad, #b3261e)",
    backgroundColor: "var(--bg-soft, #f3f1ec)",
    borderTop: "1px solid var(--border, #dcd8cf)",
  },
  ".cm-ts-error-summary": { fontWeight: "600" },
  ".cm-ts-error-list": { margin: "0.15rem 0 0", paddingLeft: "1.2rem", color: "var(--fg, #1d1d1f)" },
  ".cm-ts-error-line": { fontFamily: "var(--font-mono, monospace)", color: "var(--fg-soft, #55565c)" },
  ".cm-ts-active": { color: "var(--accent, #1f5fbf)" },
  ".cm-ts-overload": { color: "var(--fg-soft, #55565c)" },
});

/** The type errors of the document, shown in a panel under the editor with the editor's line numbers. */
const setErrors = StateEffect.define<TypeDiagnostic[]>();

const errorsField = StateField.define<TypeDiagnostic[]>({
  create: () => [],
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(setErrors)) return effect.value;
    return value;
  },
});

function errorsPanel(lang: Lang) {
  return (view: EditorView): Panel => {
    const dom = element("div", "cm-ts-errors");
    dom.dataset.typeErrors = "";
    dom.setAttribute("role", "status");
    const render = (state: EditorState) => {
      const errors = state.field(errorsField);
      const lineOf = (pos: number) => state.doc.lineAt(Math.min(pos, state.doc.length)).number;
      const list = element("ul", "cm-ts-error-list");
      for (const e of errors) {
        const item = element("li", "");
        item.append(
          element("span", "cm-ts-error-line", `${strings(lang).line(lineOf(e.from))}: `),
          e.message,
        );
        list.append(item);
      }
      dom.replaceChildren(element("div", "cm-ts-error-summary", strings(lang).summary(errors.length)), list);
    };
    render(view.state);
    return {
      dom,
      update: (update) => {
        if (update.startState.field(errorsField) !== update.state.field(errorsField)) render(update.state);
      },
    };
  };
}

const setSignature = StateEffect.define<Tooltip | null>();

const signatureField = StateField.define<Tooltip | null>({
  create: () => null,
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(setSignature)) return effect.value;
    if (value && tr.docChanged) return { ...value, pos: tr.changes.mapPos(value.pos) };
    return value;
  },
  provide: (field) => showTooltip.from(field),
});

/** Check the types again although the document did not change (its context did). */
const recheckTypes = StateEffect.define<null>();
const recheck = (view: EditorView) => view.dispatch({ effects: recheckTypes.of(null) });

/** The page's open editors: when one changes (a cell or a library file), the others' names may have changed too. */
const openViews = new Set<EditorView>();
let othersTimer: ReturnType<typeof setTimeout> | undefined;

function recheckOthers(changed: EditorView): void {
  clearTimeout(othersTimer);
  othersTimer = setTimeout(() => {
    for (const view of openViews) if (view !== changed) recheck(view);
  }, 400);
}

export function typescriptExtension(options: TypescriptOptions): Extension {
  const { lang, doc } = options;
  const context = (state: EditorState): AskContext => ({
    lang,
    doc,
    code: state.doc.toString(),
    cells: "cell" in doc ? (options.getCells?.() ?? []) : [],
    library: options.getLibrary?.() ?? null,
  });

  const panel = errorsPanel(lang);

  const complete = async (ctx: CompletionContext) => {
    const word = ctx.matchBefore(/[\w$]*/);
    const afterDot =
      ctx.state.sliceDoc(Math.max(0, (word?.from ?? ctx.pos) - 1), word?.from ?? ctx.pos) === ".";
    if (!ctx.explicit && !afterDot && (!word || word.from === word.to)) return null;
    const answer = await ask("completions", context(ctx.state), ctx.pos);
    if (!answer || ctx.aborted) return null;
    const options: Completion[] = answer.items.map((item) => ({
      label: item.label,
      type: completionType[item.kind] ?? "text",
      boost: Math.max(-99, 50 - item.rank),
    }));
    return { from: answer.from, options, validFor: /^[\w$]*$/ };
  };

  const lint = linter(
    async (view) => {
      const asked = view.state.doc;
      const found = await ask("diagnostics", context(view.state));
      if (!found || view.state.doc !== asked) return [];
      options.onDiagnostics?.(found);
      // How many times the types were checked: tests wait for it before looking for squiggles.
      view.dom.dataset.typesChecked = String(Number(view.dom.dataset.typesChecked ?? 0) + 1);
      const errors = found.filter((d) => d.severity === "error");
      if (errors.length || view.state.field(errorsField).length)
        view.dispatch({ effects: setErrors.of(errors) });
      return found.map((d): Diagnostic => ({
        from: d.from,
        to: d.to,
        severity: d.severity,
        message: d.message,
        source: `TypeScript ${d.code}`,
      }));
    },
    {
      delay: 150,
      needsRefresh: (update) => update.transactions.some((tr) => tr.effects.some((e) => e.is(recheckTypes))),
    },
  );

  const hover = hoverTooltip(
    async (view, pos) => {
      const found = await ask("hover", context(view.state), pos);
      if (!found || (!found.signature && !found.documentation)) return null;
      return { pos: found.from, end: found.to, above: true, create: () => ({ dom: hoverView(found, lang) }) };
    },
    { hoverTime: 350 },
  );

  const signatures = ViewPlugin.fromClass(
    class {
      private asked = 0;
      /** Between typing `(` or `,` and leaving the call (or Escape), the help follows the cursor. */
      active = false;
      private view: EditorView;
      constructor(view: EditorView) {
        this.view = view;
      }
      update(update: ViewUpdate) {
        const closed = update.transactions.some((tr) =>
          tr.effects.some((e) => e.is(setSignature) && !e.value),
        );
        if (closed) this.active = false;
        if (!update.docChanged && !update.selectionSet) return;
        const state = update.state;
        const pos = state.selection.main.head;
        if (update.docChanged && /[(,]/.test(state.sliceDoc(Math.max(0, pos - 1), pos))) this.active = true;
        if (!this.active) return;
        const asked = ++this.asked;
        ask("signatureHelp", context(state), pos).then((help) => {
          if (asked !== this.asked) return;
          const head = this.view.state.selection.main.head;
          const tooltip: Tooltip | null = help
            ? { pos: head, above: true, create: () => ({ dom: signatureView(help) }) }
            : null;
          if (tooltip || this.view.state.field(signatureField))
            this.view.dispatch({ effects: setSignature.of(tooltip) });
          else this.active = false;
        });
      }
      /** Escape: close the help and forget an answer still on its way. */
      stop() {
        this.active = false;
        this.asked++;
      }
      destroy() {
        this.asked = -1;
      }
    },
  );

  const closeSignature = keymap.of([
    {
      key: "Escape",
      run: (view) => {
        const plugin = view.plugin(signatures);
        if (!plugin?.active && !view.state.field(signatureField)) return false;
        plugin?.stop();
        view.dispatch({ effects: setSignature.of(null) });
        return true;
      },
    },
  ]);

  const contextChanges = ViewPlugin.define((view) => {
    const unlisten = options.listen?.(() => recheck(view));
    openViews.add(view);
    return {
      update(update: ViewUpdate) {
        if (update.docChanged) recheckOthers(view);
      },
      destroy() {
        unlisten?.();
        openViews.delete(view);
      },
    };
  });

  return [
    autocompletion({ override: [complete] }),
    contextChanges,
    lint,
    hover,
    errorsField,
    showPanel.from(errorsField, (errors) => (errors.length ? panel : null)),
    signatureField,
    signatures,
    closeSignature,
    theme,
  ];
}

/** Add TypeScript help to an editor that already exists. */
export function attachTypescript(view: EditorView, options: TypescriptOptions): void {
  view.dispatch({ effects: StateEffect.appendConfig.of(typescriptExtension(options)) });
}

/**
 * The one code editor: CodeMirror 6 in TypeScript mode, loaded when the reader first focuses or
 * clicks the code (never on page load). Every use composes it from the same parts:
 *
 *   createEditor(host, code, { label, onChange, setup: [cellSetup, runKeys(run)] })   // cells, exercises
 *   createEditor(host, code, { label, onChange, setup: librarySetup })              // library page
 *
 * with `typecheck.ts` added once it loads (`attachTypescript`). `onChange` hears the reader's
 * typing only; `setCode` replaces the text without calling it.
 */
import {
  Decoration,
  EditorView,
  MatchDecorator,
  ViewPlugin,
  keymap,
  lineNumbers,
  highlightActiveLine,
  drawSelection,
  type DecorationSet,
  type ViewUpdate,
} from "@codemirror/view";
import { PARTS } from "../../i18n/lang-parts.ts";
import { Annotation, EditorState, Prec, type Extension } from "@codemirror/state";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { javascript } from "@codemirror/lang-javascript";
import { syntaxHighlighting, HighlightStyle, bracketMatching, indentOnInput } from "@codemirror/language";
import { tags } from "@lezer/highlight";
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";

/** The same `tok-*` classes as the static view (highlight.ts), so light and dark follow the site. */
const highlightStyle = HighlightStyle.define([
  {
    tag: [tags.keyword, tags.controlKeyword, tags.moduleKeyword, tags.operatorKeyword, tags.bool, tags.null],
    class: "tok-keyword",
  },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], class: "tok-string" },
  { tag: tags.number, class: "tok-number" },
  { tag: [tags.lineComment, tags.blockComment], class: "tok-comment" },
  { tag: [tags.typeName, tags.className, tags.namespace], class: "tok-type" },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], class: "tok-fn" },
]);

/** Tooltips and panels in the site's colours (CodeMirror's defaults are light only). */
const siteTheme = EditorView.theme({
  ".cm-tooltip": { backgroundColor: "var(--bg-soft)", color: "var(--fg)", border: "1px solid var(--border)" },
  ".cm-tooltip-autocomplete ul li[aria-selected]": {
    backgroundColor: "var(--accent)",
    color: "var(--accent-fg)",
  },
  ".cm-panels": { backgroundColor: "var(--bg-soft)", color: "var(--fg)" },
  ".cm-cursor": { borderLeftColor: "var(--fg)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": { backgroundColor: "var(--accent-soft)" },
});

export interface CodeEditor {
  view: EditorView;
  getCode(): string;
  /** Replace the text (not the reader's typing: `onChange` is not called). */
  setCode(code: string): void;
  focus(): void;
}

/** Shift+Enter and Ctrl/Cmd+Enter run the code (before any other key binding). */
export function runKeys(onRun: () => void): Extension {
  const run = () => {
    onRun();
    return true;
  };
  return Prec.highest(
    keymap.of([
      { key: "Shift-Enter", run },
      { key: "Mod-Enter", run },
    ]),
  );
}

/** The cells' and exercises' editor: a light set, in the site's `tok-*` colours and theme. */
export const cellSetup: Extension = [
  lineNumbers(),
  history(),
  drawSelection(),
  indentOnInput(),
  bracketMatching(),
  closeBrackets(),
  highlightActiveLine(),
  syntaxHighlighting(highlightStyle),
  siteTheme,
  keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap]),
  // tabindex 0 on the (already tabbable) editable content: one tab stop, as before, and
  // checkers now see that the scroller around it is reachable by keyboard.
  EditorView.contentAttributes.of({ tabindex: "0" }),
];

/** Marks the transactions of `setCode`, which are not the reader's typing. */
const fromCode = Annotation.define<boolean>();

/**
 * Language of parts in code: each Korean run (a string holding a Korean date, a comment) is marked
 * `lang="ko"`, so an English voice does not spell it out; the code itself is read as code.
 */
const koreanRuns = new MatchDecorator({
  regexp: new RegExp(PARTS.source, "gu"),
  decoration: (m) => (m[1] !== undefined ? Decoration.mark({ attributes: { lang: "ko" } }) : null),
});
export const languageOfParts = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = koreanRuns.createDeco(view);
    }
    update(u: ViewUpdate) {
      this.decorations = koreanRuns.updateDeco(u, this.decorations);
    }
  },
  { decorations: (v) => v.decorations },
);

export function createEditor(
  host: HTMLElement,
  code: string,
  options: { label: string; onChange: (code: string) => void; setup: Extension },
): CodeEditor {
  const view = new EditorView({
    parent: host,
    state: EditorState.create({
      doc: code,
      extensions: [
        options.setup,
        javascript({ typescript: true }),
        languageOfParts,
        EditorView.contentAttributes.of({ "aria-label": options.label }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged && !u.transactions.some((t) => t.annotation(fromCode)))
            options.onChange(u.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    getCode: () => view.state.doc.toString(),
    setCode: (next) =>
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: next },
        annotations: fromCode.of(true),
      }),
    focus: () => view.focus(),
  };
}

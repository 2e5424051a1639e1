/**
 * The cell editor: CodeMirror 6 in TypeScript mode, loaded when the reader focuses or clicks a
 * cell (never on page load). Shift+Enter and Ctrl/Cmd+Enter run the cell.
 */
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection } from "@codemirror/view";
import { EditorState, Prec } from "@codemirror/state";
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

export interface CellEditor {
  view: EditorView;
  getCode(): string;
  setCode(code: string): void;
  focus(): void;
}

export function createEditor(
  host: HTMLElement,
  code: string,
  options: { label: string; onRun: () => void; onChange: (code: string) => void },
): CellEditor {
  const run = () => {
    options.onRun();
    return true;
  };
  const view = new EditorView({
    parent: host,
    state: EditorState.create({
      doc: code,
      extensions: [
        Prec.highest(
          keymap.of([
            { key: "Shift-Enter", run },
            { key: "Mod-Enter", run },
          ]),
        ),
        lineNumbers(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        syntaxHighlighting(highlightStyle),
        siteTheme,
        javascript({ typescript: true }),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap]),
        // tabindex 0 on the (already tabbable) editable content: one tab stop, as before, and
        // checkers now see that the scroller around it is reachable by keyboard.
        EditorView.contentAttributes.of({ "aria-label": options.label, tabindex: "0" }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) options.onChange(u.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    getCode: () => view.state.doc.toString(),
    setCode: (next) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } }),
    focus: () => view.focus(),
  };
}

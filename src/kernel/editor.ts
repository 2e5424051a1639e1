/**
 * The cell editor: CodeMirror 6 in TypeScript mode, loaded when the reader focuses or clicks a
 * cell (never on page load). Shift+Enter and Ctrl/Cmd+Enter run the cell.
 */
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection } from "@codemirror/view";
import { EditorState, Prec, StateEffect, type Extension } from "@codemirror/state";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { javascript } from "@codemirror/lang-javascript";
import {
  syntaxHighlighting,
  defaultHighlightStyle,
  bracketMatching,
  indentOnInput,
} from "@codemirror/language";
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";

export interface CellEditor {
  view: EditorView;
  getCode(): string;
  setCode(code: string): void;
  focus(): void;
  /** Add behaviour once it has loaded (e.g. type hints from the type worker). */
  extend(extension: Extension): void;
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
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        javascript({ typescript: true }),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap]),
        EditorView.contentAttributes.of({ "aria-label": options.label }),
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
    extend: (extension) => view.dispatch({ effects: StateEffect.appendConfig.of(extension) }),
  };
}

/**
 * A CodeMirror 6 TypeScript editor for a library file, loaded only when the reader first focuses
 * or clicks the file (never on page load). Colours come from the site's CSS (`tok-*` classes), so
 * light and dark mode both read well.
 */
import { EditorView, basicSetup } from "codemirror";
import { javascript } from "@codemirror/lang-javascript";
import { syntaxHighlighting } from "@codemirror/language";
import { classHighlighter } from "@lezer/highlight";

export interface LibraryEditor {
  view: EditorView;
  getCode(): string;
  setCode(code: string): void;
}

export function mountEditor(
  host: HTMLElement,
  code: string,
  label: string,
  onChange: (code: string) => void,
): LibraryEditor {
  let silent = false;
  const view = new EditorView({
    doc: code,
    parent: host,
    extensions: [
      basicSetup,
      javascript({ typescript: true }),
      syntaxHighlighting(classHighlighter),
      EditorView.contentAttributes.of({ "aria-label": label }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged && !silent) onChange(u.state.doc.toString());
      }),
    ],
  });
  return {
    view,
    getCode: () => view.state.doc.toString(),
    setCode(next) {
      silent = true;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
      silent = false;
    },
  };
}

/**
 * The library page's editor set (for `createEditor` in editor.ts): CodeMirror's basic set —
 * folding, search, multiple selections — for files of a few hundred lines, coloured by the same
 * `tok-*` classes as the site's static view. Loaded with the library page's first editor only.
 */
import { basicSetup } from "codemirror";
import { syntaxHighlighting } from "@codemirror/language";
import { classHighlighter } from "@lezer/highlight";
import type { Extension } from "@codemirror/state";

export const librarySetup: Extension = [basicSetup, syntaxHighlighting(classHighlighter)];

/**
 * A small TypeScript highlighter for the static view of a cell (before the editor loads, and
 * with JavaScript off). Class-based spans only — no inline styles — so a strict CSP holds.
 */
import { markHtml } from "../i18n/lang-parts.ts";
import { escapeHtml } from "./output.ts";

const KEYWORDS = new Set(
  (
    "as async await break case catch class const continue debugger default delete do else export extends " +
    "false finally for from function if import in instanceof interface let new null of return static super " +
    "switch this throw true try type typeof undefined var void while with yield readonly keyof"
  ).split(" "),
);

const TOKEN =
  /(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|("(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|`(?:[^`\\]|\\[\s\S])*`?)|(\b\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?n?\b|\b0x[\da-f]+\b)|([A-Za-z_$][\w$]*)/gi;

/** HTML for TypeScript source, with `tok-*` classes; a Korean run (in a string or a comment) is marked `lang="ko"`. */
export function highlight(code: string): string {
  let out = "";
  let last = 0;
  for (const m of code.matchAll(TOKEN)) {
    out += escapeHtml(code.slice(last, m.index));
    last = m.index + m[0].length;
    const text = escapeHtml(m[0]);
    if (m[1]) out += `<span class="tok-comment">${text}</span>`;
    else if (m[2]) out += `<span class="tok-string">${text}</span>`;
    else if (m[3]) out += `<span class="tok-number">${text}</span>`;
    else if (KEYWORDS.has(m[4])) out += `<span class="tok-keyword">${text}</span>`;
    else if (/^[A-Z]/.test(m[4])) out += `<span class="tok-type">${text}</span>`;
    else if (code[last] === "(") out += `<span class="tok-fn">${text}</span>`;
    else out += text;
  }
  // Code is English to a screen reader except its Korean runs: mark those on either page.
  return markHtml(out + escapeHtml(code.slice(last)), "en");
}

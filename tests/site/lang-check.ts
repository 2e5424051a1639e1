/**
 * Language of parts, checked on a page's DOM (a built page parsed in Node, or the live page in a
 * browser through `page.evaluate(unmarkedText)`): every text node is read in the voice of its
 * nearest `lang`. This file's rule is its own, written apart from the marking code
 * (src/i18n/lang-parts.ts), so a run the marking misses is caught rather than agreed with.
 *
 * - Any Hangul under a nearest `lang="en"` is a finding, wherever it is (prose, tables, SVG text,
 *   code, cell outputs).
 * - Three English words in a row under a nearest `lang="ko"` are a finding, outside code (code,
 *   pre, kbd, samp, var, textarea, KaTeX, a cell output's values). A word is letters only, at
 *   least two, with at most a leading capital: identifiers (`greedyDecode`, `s_i`), single letters
 *   and numbers break a run.
 * - `<title>` is left out: it cannot hold a part in another language (the bilingual pages' titles
 *   say both).
 *
 * Self-contained (no imports, no outside names) so a browser can run it.
 */
export interface Finding {
  /** The nearest `lang` the text is read with. */
  lang: string;
  /** The offending run. */
  text: string;
  /** Where: the parent element's tag and classes. */
  where: string;
}

export function unmarkedText(doc: Document): Finding[] {
  const out: Finding[] = [];
  const hangul = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3][^]*/u;
  const codeLike = "code, pre, kbd, samp, var, textarea, .katex, math, .o-value, .o-name, .o-log";
  const pageLang = doc.documentElement.getAttribute("lang") ?? "";
  const describe = (el: Element | null) =>
    el
      ? `${el.tagName.toLowerCase()}${el.getAttribute("class") ? `.${el.getAttribute("class")!.trim().split(/\s+/).join(".")}` : ""}`
      : "?";
  const englishRun = (text: string): string | undefined => {
    let run: string[] = [];
    for (const raw of text.split(/\s+/)) {
      const word = raw.replace(/^[("“‘']+|[)"”’',.;:!?]+$/g, "");
      if (/^[A-Za-z][a-z]+$/.test(word) && !/[(]$/.test(raw)) {
        run.push(word);
        if (run.length >= 3) return run.join(" ");
        // A sentence end or a bracket closes the run.
        if (/[.!?)"”]$/.test(raw)) run = [];
      } else run = [];
    }
    return undefined;
  };
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toLowerCase();
        if (tag === "script" || tag === "style" || tag === "title") continue;
        visit(el);
        if (tag === "template") visit((el as HTMLTemplateElement).content);
        continue;
      }
      if (child.nodeType !== 3) continue;
      const text = (child as Text).data;
      const parent = child.parentElement ?? (child.parentNode as Element | null);
      const lang = (parent?.closest?.("[lang]")?.getAttribute("lang") ?? pageLang).toLowerCase();
      if (lang.startsWith("en")) {
        const m = hangul.exec(text);
        if (m) out.push({ lang, text: text.trim().slice(0, 60), where: describe(parent) });
      } else if (lang.startsWith("ko") && !parent?.closest?.(codeLike)) {
        const run = englishRun(text);
        if (run) out.push({ lang, text: run, where: describe(parent) });
      }
    }
  };
  visit(doc.documentElement);
  return out;
}

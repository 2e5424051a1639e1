/**
 * Language of parts: a screen reader speaks each piece of text in the voice of its nearest `lang`.
 * An English page that shows 「2026년 11월 24일」 (an example input, a character of it, a cell's
 * output) must mark that run `lang="ko"`, or an English voice spells it out; a Korean page that
 * quotes a paper's title marks it `lang="en"`. Pure: no DOM, used at build time (the chapters'
 * rehype step, widgets' markup, cell outputs, code) and in the browser (CodeMirror, widgets).
 *
 * - A Korean run: Hangul, with the digits, spaces and punctuation between Hangul (「2026년 11월
 *   24일」, 「마감일: 2031. 7. 9.」 are one run each).
 * - An English phrase: three or more English words in a row (names and initials between them
 *   count: "Christopher D. Manning"). Identifiers (`greedyDecode`, `s_i`, `x.length`), single
 *   letters ("s, h, v") and numbers are not words, so code-like text stays unmarked.
 */
import type { Lang } from "./lang.ts";

const H = "\\u1100-\\u11ff\\u3130-\\u318f\\uac00-\\ud7a3";
/** Korean: Hangul (after a number it counts, as in 2026년), through digits and punctuation to the last Hangul or digit. */
const KO = `(?:(?<!\\w)\\d+ ?)?[${H}](?:[\\s\\d.,:·()~–-]*[${H}\\d])*\\.?`;
/** One English word (dot-product, Attention-based, it's), or an initial (D.). */
const WORD = `(?:[A-Za-z][a-z]+(?:['’-][A-Za-z]?[a-z]+)*|[A-Z]\\.)`;
const EDGE_BEFORE = "(?<![\\w$.'’-])";
const EDGE_AFTER = "(?![\\w$(])";
const GAP = "(?:[,;:]?\\s+)";
/** Three words or more, each on word edges. */
const EN = `${EDGE_BEFORE}${WORD}(?:${GAP}${WORD}){2,}${EDGE_AFTER}`;

/** Matches a Korean run (group 1) or an English phrase (group 2), anywhere. Global: reset lastIndex. */
export const PARTS = new RegExp(`(${KO})|(${EN})`, "gu");

/** A run of text in a language, by its offsets in the text. */
export interface Part {
  start: number;
  end: number;
  lang: Lang;
}

/**
 * The runs of `text` that need their own `lang` on a page in `pageLang`: Korean runs on an
 * English page, English phrases on a Korean one. Without `pageLang` (text that can appear on
 * either page, like an input date), both.
 */
export function foreignParts(text: string, pageLang?: Lang): Part[] {
  const out: Part[] = [];
  for (const m of text.matchAll(PARTS)) {
    const lang: Lang = m[1] !== undefined ? "ko" : "en";
    // An English phrase needs three real words: initials alone ("A. B. C.") are not one.
    if (lang === "en" && (m[0].match(/[A-Za-z][a-z]+/g) ?? []).length < 3) continue;
    if (pageLang && lang === pageLang) continue;
    out.push({ start: m.index, end: m.index + m[0].length, lang });
  }
  return out;
}

/** Escapes text for HTML or SVG text content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * `text` as escaped HTML with each foreign run wrapped: `<span lang="ko">2026년</span>`. In SVG
 * `<text>`, pass `tag: "tspan"`. For text content only, never inside an attribute.
 */
export function markParts(text: string, options: { pageLang?: Lang; tag?: "span" | "tspan" } = {}): string {
  const tag = options.tag ?? "span";
  let out = "";
  let last = 0;
  for (const p of foreignParts(text, options.pageLang)) {
    out += `${escapeHtml(text.slice(last, p.start))}<${tag} lang="${p.lang}">${escapeHtml(text.slice(p.start, p.end))}</${tag}>`;
    last = p.end;
  }
  return out + escapeHtml(text.slice(last));
}

/**
 * The language to put on an element whose whole text is `text`, when that text is all one foreign
 * run (an example button 「2026년 11월 24일」), else undefined.
 */
export function wholeLang(text: string, pageLang?: Lang): Lang | undefined {
  const trimmed = text.trim();
  const parts = foreignParts(trimmed, pageLang);
  return parts.length === 1 && parts[0].start === 0 && parts[0].end === trimmed.length
    ? parts[0].lang
    : undefined;
}

/** Elements whose text is not the reader's text, or cannot hold an element (an SVG tooltip, MathML). */
const RAW = new Set(["script", "style", "textarea", "title", "option", "math"]);
/** Code: English there is code, not a phrase, so only Korean runs are marked inside. */
const CODE = new Set(["code", "pre", "kbd", "samp", "var"]);
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/**
 * Marks the foreign runs in the text of an HTML (or inline SVG) fragment, such as a widget's
 * markup: `<th>h5 년</th>` on an English page becomes `<th>h5 <span lang="ko">년</span></th>`,
 * SVG text gets a `<tspan lang>`. In code only Korean runs are marked. Attributes, elements already marked with a `lang`, KaTeX, and
 * the text of script, style, textarea, option, title and math elements are left as they are. The fragment must
 * be well formed, with `<` and `>` escaped in text and attributes (as `escapeHtml` does).
 */
export function markHtml(html: string, pageLang?: Lang): string {
  const open: Array<{ name: string; skip: boolean }> = [];
  const inside = (test: (e: { name: string; skip: boolean }) => boolean) => open.some(test);
  return html.replace(/(<[^>]*>)|([^<]+)/g, (whole, tag: string | undefined, text: string | undefined) => {
    if (tag) {
      const m = /^<(\/)?([A-Za-z][\w:-]*)/.exec(tag);
      if (!m) return whole; // a comment or a doctype
      const name = m[2].toLowerCase();
      if (m[1]) {
        const at = open.map((e) => e.name).lastIndexOf(name);
        if (at >= 0) open.length = at;
      } else if (!tag.endsWith("/>") && !VOID.has(name))
        // Skipped: an element already marked, raw text, and KaTeX's drawing (math is no phrase).
        open.push({ name, skip: RAW.has(name) || /\slang=|\sclass="katex/.test(tag) });
      return whole;
    }
    if (!text || inside((e) => e.skip)) return whole;
    const inSvg = inside((e) => e.name === "svg");
    const inSvgText = inside((e) => e.name === "text" || e.name === "tspan");
    if (inSvg && !inSvgText) return whole;
    const tag2 = inSvgText ? "tspan" : "span";
    const inCode = inside((e) => CODE.has(e.name));
    let out = "";
    let last = 0;
    for (const p of foreignParts(text, pageLang)) {
      if (inCode && p.lang === "en") continue;
      out += `${text.slice(last, p.start)}<${tag2} lang="${p.lang}">${text.slice(p.start, p.end)}</${tag2}>`;
      last = p.end;
    }
    return out + text.slice(last);
  });
}

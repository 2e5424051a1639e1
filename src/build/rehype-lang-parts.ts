/**
 * Language of parts in the chapters' prose: on an English chapter each Korean run (a Korean date
 * in the text, in inline code, in a table) gets `lang="ko"`; on a Korean chapter each
 * English phrase of three words or more (a paper's title, its authors) gets `lang="en"`, outside
 * code and math. An element whose whole text is the run takes the `lang` itself (`<code
 * lang="ko">`); otherwise the run is wrapped in a `<span lang>`. The rules are in
 * src/i18n/lang-parts.ts; the file's language comes from its folder.
 */
import { foreignParts } from "../i18n/lang-parts.ts";
import type { Lang } from "../i18n/lang.ts";
import { fileLang, type HastNode } from "./rehype-tables.ts";

/** Elements whose English text is code or math, not a phrase in English. */
const CODE = new Set(["code", "pre", "kbd", "samp", "var", "math", "script", "style"]);

const classes = (node: HastNode): string[] => {
  const c = node.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === "string" ? c.split(" ") : [];
};

/** Marks the foreign runs under `node` (whose nearest language is `lang`); returns how many. */
export function markTree(node: HastNode, lang: Lang): number {
  let marked = 0;
  const children = node.children ?? [];
  for (let k = 0; k < children.length; k++) {
    const child = children[k];
    if (child.type !== "element" && child.type !== "text" && child.children) {
      // An MDX component's children (<Callout>…</Callout>) are prose of the page too.
      marked += markTree(child, lang);
      continue;
    }
    if (child.type === "element") {
      const own = child.properties?.lang;
      if (own === "ko" || own === "en") continue; // already marked by hand
      const codeOrMath = CODE.has(child.tagName ?? "") || classes(child).includes("katex");
      // Korean in code is still Korean: an English voice must not spell out a Korean date there.
      if (codeOrMath && lang === "ko") continue;
      marked += markTree(child, lang);
      continue;
    }
    if (child.type !== "text" || !child.value) continue;
    const text = child.value;
    const parts = foreignParts(text, lang);
    if (!parts.length) continue;
    const whole =
      parts.length === 1 &&
      text.slice(0, parts[0].start).trim() === "" &&
      text.slice(parts[0].end).trim() === "";
    if (whole && children.length === 1 && node.type === "element" && node.properties) {
      node.properties.lang = parts[0].lang;
      return marked + 1;
    }
    const pieces: HastNode[] = [];
    let last = 0;
    for (const p of parts) {
      if (p.start > last) pieces.push({ type: "text", value: text.slice(last, p.start) });
      pieces.push({
        type: "element",
        tagName: "span",
        properties: { lang: p.lang },
        children: [{ type: "text", value: text.slice(p.start, p.end) }],
      });
      last = p.end;
    }
    if (last < text.length) pieces.push({ type: "text", value: text.slice(last) });
    children.splice(k, 1, ...pieces);
    k += pieces.length - 1;
    marked += parts.length;
  }
  return marked;
}

/** The rehype step: marks every chapter's foreign runs. */
export default function rehypeLangParts() {
  return (tree: HastNode, file: { path?: string; history?: string[] }) => {
    markTree(tree, fileLang(file.path ?? file.history?.[0]));
  };
}

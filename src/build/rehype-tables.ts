/**
 * Chapter tables on a narrow screen: each `<table>` is wrapped in a box that scrolls sideways by
 * itself (the page never does), takes the keyboard focus so it can be scrolled without a pointer,
 * and is a named region so a screen reader says what the focus landed on. The name is the
 * table's caption when it has one, else "Table:" (in the page's language) and its column headings. The visible cue
 * that there is more to the side is CSS (`.table-scroll` in global.css: a shadow at the edge that
 * has more).
 */
import type { Lang } from "../i18n/lang.ts";
import { strings as words } from "./strings.ts";

/** The part of a hast tree this step reads and writes. */
export interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** The text a reader hears in a node: KaTeX's drawn half and its TeX source are left out. */
export function spokenText(node: HastNode): string {
  if (node.type === "text") return node.value ?? "";
  if (node.type !== "element" && node.type !== "root") return "";
  const cls = node.properties?.className;
  const classes = Array.isArray(cls) ? cls.map(String) : typeof cls === "string" ? cls.split(" ") : [];
  if (classes.includes("katex-html") || node.tagName === "annotation") return "";
  if (node.properties?.ariaHidden === "true" || node.properties?.ariaHidden === true) return "";
  return (node.children ?? []).map(spokenText).join("");
}

const find = (node: HastNode, tag: string): HastNode | undefined => {
  for (const child of node.children ?? []) {
    if (child.type !== "element") continue;
    if (child.tagName === tag) return child;
    const deeper = find(child, tag);
    if (deeper) return deeper;
  }
  return undefined;
};

/** The region's name: the caption, or the column headings after "Table:" in the page's language. */
export function tableName(table: HastNode, lang: Lang): string {
  const caption = find(table, "caption");
  if (caption) return spokenText(caption).trim();
  const head = find(table, "thead") ?? table;
  const row = find(head, "tr");
  const headings = (row?.children ?? [])
    .filter((c) => c.type === "element" && (c.tagName === "th" || c.tagName === "td"))
    .map((c) => spokenText(c).replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return `${words[lang].table}: ${headings.join(", ")}`;
}

/** The page language of a chapter file, from its folder (content/chapters/ko/…). */
export function fileLang(path: string | undefined): Lang {
  return /[\\/]ko[\\/]/.test(path ?? "") ? "ko" : "en";
}

/** The rehype step: wraps every table in a focusable, named region that scrolls sideways. */
export default function rehypeTables() {
  return (tree: HastNode, file: { path?: string; history?: string[] }) => {
    const lang = fileLang(file.path ?? file.history?.[0]);
    const walk = (node: HastNode) => {
      const children = node.children ?? [];
      children.forEach((child, k) => {
        // An MDX component's children (a table inside <Predict>, say) are walked too.
        if (child.type !== "element") return walk(child);
        if (child.tagName === "table") {
          children[k] = {
            type: "element",
            tagName: "div",
            properties: {
              className: ["table-scroll"],
              role: "region",
              tabIndex: 0,
              ariaLabel: tableName(child, lang),
            },
            children: [child],
          };
        } else walk(child);
      });
    };
    walk(tree);
  };
}

/**
 * Inline text of exercises and quizzes → HTML: `code` becomes <code>, $math$ is rendered by KaTeX
 * at build time, everything else is escaped. A run in the other language than the page's
 * (a Korean date on an English page) is marked with its `lang`.
 */
import katex from "katex";
import { routeLang, type Lang } from "../i18n/lang.ts";
import { markHtml } from "../i18n/lang-parts.ts";

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function inlineHtml(text: string, lang: Lang): string {
  const html = text
    .split(/(`[^`]+`|\$[^$]+\$)/g)
    .map((part) => {
      if (part.startsWith("`") && part.endsWith("`") && part.length > 1)
        return `<code>${escape(part.slice(1, -1))}</code>`;
      if (part.startsWith("$") && part.endsWith("$") && part.length > 1) {
        return katex.renderToString(part.slice(1, -1), { throwOnError: true, output: "htmlAndMathml" });
      }
      return escape(part);
    })
    .join("");
  return markHtml(html, lang);
}

/** What `<Quiz id>`, `<Exercise id>` and `<Predict id>` give: the page's language and the item. */
interface ById {
  params: Readonly<Record<string, string | undefined>>;
  props: { id: string };
}

/**
 * The item a content component shows (`<Quiz id="…">` → `quizzes[id]`), in the route's language;
 * an id that is not in `table` stops the build, naming the component and `what` is missing where
 * ("quiz in content/exercises").
 */
export function itemById<T>(
  astro: ById,
  table: Readonly<Record<string, T>>,
  tag: string,
  what: string,
): { lang: Lang; id: string; item: T } {
  const { id } = astro.props;
  const item = table[id];
  if (!item) throw new Error(`<${tag} id="${id}">: no such ${what}`);
  return { lang: routeLang(astro.params), id, item };
}

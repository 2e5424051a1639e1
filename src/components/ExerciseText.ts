/**
 * Inline text of exercises and quizzes → HTML: `code` becomes <code>, $math$ is rendered by KaTeX
 * at build time, everything else is escaped.
 */
import katex from "katex";

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function inlineHtml(text: string): string {
  return text
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
}

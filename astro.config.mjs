// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import postbuild from "./src/build/postbuild.ts";
import rehypeLangParts from "./src/build/rehype-lang-parts.ts";
import rehypeTables from "./src/build/rehype-tables.ts";
import remarkCells, { cellsLibraryWatch } from "./src/build/remark-cells.ts";
import sandbox from "./src/build/sandbox.ts";

const base = process.env.SITE_BASE ?? "/";

/**
 * Site-wide fixes to chapter HTML: code blocks may scroll sideways, so `tabindex="0"` lets keyboard
 * readers scroll them too; links written as `/en/glossary/` get the base path in front, so
 * chapters work when the site is served from a sub-path.
 */
function rehypeSiteHtml() {
  const prefix = base.replace(/\/$/, "");
  /** @param {any} node */
  const walk = (node) => {
    if (node.type === "element" && node.tagName === "pre") node.properties.tabIndex = 0;
    const href = node.type === "element" && node.tagName === "a" ? node.properties.href : undefined;
    if (
      prefix &&
      typeof href === "string" &&
      href.startsWith("/") &&
      !href.startsWith("//") &&
      !href.startsWith(`${prefix}/`)
    )
      node.properties.href = prefix + href;
    for (const child of node.children ?? []) walk(child);
  };
  return walk;
}

export default defineConfig({
  site: process.env.SITE_URL ?? "https://attention-live.example.org",
  base,
  trailingSlash: "always",
  output: "static",
  // sandbox() before postbuild(): the service worker precaches the sandbox's files too.
  integrations: [mdx(), sandbox(), postbuild()],
  markdown: {
    // Prism marks tokens with classes (no inline styles, so a strict CSP works); colours for light
    // and dark mode are in src/styles/global.css.
    syntaxHighlight: "prism",
    // Astro 7's default processor (Sätteri) ignores remark/rehype plugins: use unified().
    processor: unified({
      remarkPlugins: [remarkMath, remarkCells],
      rehypePlugins: [
        [rehypeKatex, { output: "htmlAndMathml", strict: "warn" }],
        rehypeSiteHtml,
        rehypeLangParts,
        rehypeTables,
      ],
    }),
  },
  vite: {
    // Under astro dev, a change to the library re-runs the pages' cells.
    plugins: [cellsLibraryWatch()],
    // The kernel worker imports lazily (Plot, the library): it must be a module worker.
    worker: { format: "es" },
    build: {
      // Small scripts are emitted as files, never inlined, so a strict script-src works.
      assetsInlineLimit: 0,
    },
  },
});

/**
 * Performance budgets over the built site: for every page, the JavaScript a reader downloads
 * before touching anything (scripts in the HTML and everything they import statically; dynamic
 * `import()` is lazy and not counted) and the page's weight before interaction (HTML, CSS, that
 * JavaScript and images), gzip-compressed as a static host would send them.
 *
 *   node scripts/check-budgets.ts [--dist dist]      (or DIST_DIR=...; SITE_BASE if built under a sub-path)
 *
 * Prints a table and exits with 1 when a chapter page is over its first-load JavaScript budget.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "acorn";
import { builtPages } from "../tests/e2e/pages.ts";

/** First-load JavaScript allowed on a chapter page, in bytes gzip. */
export const CHAPTER_JS_BUDGET = 30 * 1024;

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** The file in `dist` behind a site URL path (`/base/_astro/x.js` → `dist/_astro/x.js`). */
function fileOf(dist: string, base: string, urlPath: string): string | undefined {
  if (/^[a-z]+:/i.test(urlPath) || urlPath.startsWith("//")) return undefined;
  const path = urlPath.split(/[?#]/)[0];
  const rel = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, "");
  const file = join(dist, rel);
  return existsSync(file) ? file : undefined;
}

/** `file` and every module it imports statically, transitively (as files in `dist`). */
function staticGraph(dist: string, base: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const program = parse(readFileSync(file, "utf8"), { ecmaVersion: "latest", sourceType: "module" });
  for (const node of program.body) {
    if (
      (node.type === "ImportDeclaration" ||
        node.type === "ExportAllDeclaration" ||
        node.type === "ExportNamedDeclaration") &&
      node.source &&
      typeof node.source.value === "string"
    ) {
      const spec = node.source.value;
      const target = spec.startsWith(".") ? posix.join(posix.dirname(file), spec) : fileOf(dist, base, spec);
      if (target && existsSync(target)) staticGraph(dist, base, target, seen);
    }
  }
  return seen;
}

export interface PageWeight {
  page: string;
  scripts: number;
  jsGzip: number;
  cssGzip: number;
  htmlGzip: number;
  imgGzip: number;
  totalGzip: number;
}

/**
 * What `page` (a site path such as `/en/chapters/00-intro/`) of the site built into `dist` costs
 * before interaction; `base` is the sub-path the site was built for.
 */
export function weighPage(dist: string, page: string, base = "/"): PageWeight {
  const fileAt = (urlPath: string) => fileOf(dist, base, urlPath);
  const graph = (file: string) => staticGraph(dist, base, file);
  const htmlFile = join(dist, page, "index.html");
  const html = readFileSync(htmlFile, "utf8");
  const js = new Set<string>();
  let inlineJs = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    if (/type=["']?(application\/(ld\+)?json|text\/plain)/i.test(attrs)) continue;
    const src = /\bsrc=["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (src) {
      const file = fileAt(src);
      if (file) for (const f of /type=["']?module/i.test(attrs) ? graph(file) : [file]) js.add(f);
    } else if (m[2].trim()) {
      inlineJs += gzipSync(m[2]).length;
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel=["']?modulepreload[^>]*>/gi)) {
    const file = fileAt(/href=["']?([^"'\s>]+)/i.exec(m[0])?.[1] ?? "");
    if (file) for (const f of graph(file)) js.add(f);
  }
  const css = new Set<string>();
  for (const m of html.matchAll(/<link\b[^>]*rel=["']?stylesheet[^>]*>/gi)) {
    const file = fileAt(/href=["']?([^"'\s>]+)/i.exec(m[0])?.[1] ?? "");
    if (file) css.add(file);
  }
  const img = new Set<string>();
  for (const m of html.matchAll(/<img\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)) {
    const file = fileAt(m[1]);
    if (file) img.add(file);
  }
  const sum = (files: Set<string>) => [...files].reduce((s, f) => s + gzipSize(f), 0);
  const jsGzip = sum(js) + inlineJs;
  const cssGzip = sum(css);
  const htmlGzip = gzipSize(htmlFile);
  const imgGzip = sum(img);
  return {
    page,
    scripts: js.size,
    jsGzip,
    cssGzip,
    htmlGzip,
    imgGzip,
    totalGzip: jsGzip + cssGzip + htmlGzip + imgGzip,
  };
}

export const isChapter = (page: string) => /^\/(ko|en)\/chapters\/[^/]+\/$/.test(page);

function main() {
  const argDist = process.argv.indexOf("--dist");
  const dist = argDist > 0 ? process.argv[argDist + 1] : (process.env.DIST_DIR ?? "dist");
  const base = (process.env.SITE_BASE ?? "/").replace(/\/?$/, "/");
  if (!existsSync(join(dist, "index.html"))) {
    console.error(`budgets: ${dist}/index.html is missing: build the site first`);
    process.exit(1);
  }
  const kb = (n: number) => (n / 1024).toFixed(1);
  const rows = builtPages(dist).map((page) => weighPage(dist, page, base));
  const over = rows.filter((r) => isChapter(r.page) && r.jsGzip > CHAPTER_JS_BUDGET);
  console.log(`first-load JavaScript budget for chapter pages: ${kb(CHAPTER_JS_BUDGET)} KB gzip\n`);
  console.log("| page | JS files | JS KB gz | CSS KB gz | HTML KB gz | img KB gz | total KB gz | budget |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
  for (const r of rows) {
    const verdict = isChapter(r.page) ? (r.jsGzip > CHAPTER_JS_BUDGET ? "OVER" : "ok") : "—";
    console.log(
      `| ${r.page} | ${r.scripts} | ${kb(r.jsGzip)} | ${kb(r.cssGzip)} | ${kb(r.htmlGzip)} | ${kb(r.imgGzip)} | ${kb(r.totalGzip)} | ${verdict} |`,
    );
  }
  const infoFile = join(".astro", "build-time.json");
  if (existsSync(infoFile)) {
    const info = JSON.parse(readFileSync(infoFile, "utf8")) as { seconds: number; pages: number };
    console.log(`\nbuild time: ${info.seconds.toFixed(1)} s for ${info.pages} pages`);
  } else {
    console.log("\nbuild time: not recorded (no .astro/build-time.json: run `npm run build` here)");
  }
  if (over.length > 0) {
    console.error(
      `\nbudgets: ${over.length} chapter page(s) over budget: ${over.map((r) => r.page).join(", ")}`,
    );
    process.exit(1);
  }
  console.log(`budgets: all ${rows.length} pages within budget`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();

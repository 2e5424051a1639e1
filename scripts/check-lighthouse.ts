/**
 * Lighthouse (performance, accessibility, best practices, SEO) on the built site, run against
 * Debian's Chromium with Lighthouse's desktop preset (a mobile run on our shared 2-core machines
 * measures the machine's load more than the page). Every category must score 100.
 *
 *   node scripts/check-lighthouse.ts            every built page
 *   node scripts/check-lighthouse.ts --sample   the home page and two chapters per language
 *   node scripts/check-lighthouse.ts --only=/ko/library/,/en/library/   just these pages
 *
 * Reads the site from dist/ (or DIST_DIR). Prints a table and exits with 1 when a score is below 100.
 */
import { resolve } from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { chromiumArgs, chromiumPath } from "../tests/e2e/browser.ts";
import { builtPages, distDir } from "../tests/e2e/pages.ts";
import { serveDist } from "../tests/e2e/server.ts";

const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

/** The pages the quick run checks: each edition's home page and its first two chapters. */
export function samplePages(pages: string[]): string[] {
  const chapters = (lang: string) =>
    pages.filter((p) => new RegExp(`^/${lang}/chapters/[^/]+/$`).test(p)).slice(0, 2);
  return ["/ko/", ...chapters("ko"), "/en/", ...chapters("en")].filter((p) => pages.includes(p));
}

async function audit(url: string, port: number) {
  const result = await lighthouse(
    url,
    { port, output: "json", logLevel: "error", onlyCategories: [...categories] },
    desktopConfig,
  );
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  return result.lhr;
}

const scoresOf = (lhr: Awaited<ReturnType<typeof audit>>) =>
  categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));

async function main() {
  if (!chromiumPath) throw new Error("Chromium not found: install Debian's `chromium` or set CHROMIUM_PATH");
  const all = builtPages(distDir);
  const only = process.argv
    .find((a) => a.startsWith("--only="))
    ?.slice("--only=".length)
    .split(",");
  const pages = only
    ? all.filter((p) => only.includes(p))
    : process.argv.includes("--sample")
      ? samplePages(all)
      : all;
  const server = await serveDist(resolve(distDir));
  const profile = mkdtempSync(join(tmpdir(), "lighthouse-profile-"));
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    userDataDir: profile,
    chromeFlags: ["--headless=new", ...chromiumArgs],
  });
  const failures: string[] = [];
  try {
    console.log(`| page | ${categories.join(" | ")} | weight KB | LCP ms | TBT ms |`);
    console.log(`| --- |${categories.map(() => " ---: |").join("")} ---: | ---: | ---: |`);
    for (const page of pages) {
      const url = new URL(page.slice(1), server.url).href;
      // A page below 100 is measured once more and the better run counts: on a shared machine a
      // busy neighbour can add blocking time to one run; a real problem shows up in both.
      let lhr = await audit(url, chrome.port);
      let scores = scoresOf(lhr);
      if (scores.some((s) => s < 100)) {
        const again = await audit(url, chrome.port);
        if (scoresOf(again).reduce((a, b) => a + b) > scores.reduce((a, b) => a + b)) {
          lhr = again;
          scores = scoresOf(again);
        }
      }
      const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      console.log(
        `| ${page} | ${scores.join(" | ")} | ${(value("total-byte-weight") / 1024).toFixed(0)} | ${value("largest-contentful-paint").toFixed(0)} | ${value("total-blocking-time").toFixed(0)} |`,
      );
      categories.forEach((c, i) => {
        if (scores[i] >= 100) return;
        const lost = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative")
          .filter((a) => lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0))
          .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}`);
        failures.push(`${page} ${c} ${scores[i]}: ${lost.join(", ") || "see the report"}`);
      });
    }
  } finally {
    chrome.kill();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.error(`\nlighthouse: ${failures.length} score(s) below 100:\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`lighthouse: ${pages.length} page(s), every category 100`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

/**
 * The site built for a sub-path (SITE_BASE=/attention-live/, as on GitHub Pages): every internal
 * link and asset stays under that path and resolves. This test runs its own build (≈ 30–60 s).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, openPage } from "./browser.ts";
import { builtPages } from "./pages.ts";
import { serveDist, type StaticServer } from "./server.ts";

const base = "/attention-live/";
const out = mkdtempSync(join(tmpdir(), "base-path-site-"));
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  // Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env; the build must not see them.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*)$/.test(k)),
  );
  execFileSync("npx", ["astro", "build", "--outDir", out], {
    env: { ...env, SITE_BASE: base, SITE_REPO_URL: "https://github.com/example/attention-live" },
    stdio: "ignore",
  });
  server = await serveDist(out, base);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

/** The file a site path refers to, or undefined. */
function target(path: string): string | undefined {
  const rel = decodeURIComponent(path.split(/[?#]/)[0]).slice(base.length);
  const file = join(out, rel);
  if (existsSync(join(file, "index.html"))) return join(file, "index.html");
  return existsSync(file) && !file.endsWith("/") ? file : undefined;
}

describe(`built under ${base}`, () => {
  it("every root-relative link, script, stylesheet and image in every page stays under the base and exists", () => {
    const pages = builtPages(out);
    expect(pages.length).toBeGreaterThan(3);
    const broken: string[] = [];
    for (const page of [...pages.map((p) => join(p, "index.html")), "404.html"]) {
      const html = readFileSync(join(out, page), "utf8");
      for (const m of html.matchAll(/\s(?:href|src|action)="(\/[^"/][^"]*)"/g)) {
        const path = m[1].replace(/&amp;/g, "&");
        if (!path.startsWith(base) || !target(path)) broken.push(`${page}: ${path}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("a chapter loads with no failed request, and search, manifest and service worker use the base", async () => {
    const context = await browser.newContext();
    const chapter = builtPages(out).find((p) => /^\/en\/chapters\//.test(p)) ?? "/en/";
    const { page, problems } = await openPage(context, new URL(chapter.slice(1), server.url).href);
    await page.waitForLoadState("networkidle");
    expect(problems.failedRequests).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.locator("[data-search-input]").fill("softmax");
    await page.locator("[data-search-results] a").first().waitFor({ timeout: 15_000 });
    const hrefs = await page
      .locator("[data-search-results] a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs.every((h) => h?.startsWith(base))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.webmanifest"), "utf8"));
    expect(manifest.start_url).toBe(base);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(base);
    // The edit link of a chapter points at its source file in the configured repository.
    expect(await page.locator(".repo-links a").first().getAttribute("href")).toMatch(
      /^https:\/\/github\.com\/example\/attention-live\/edit\/main\/content\/chapters\/en\/.+\.mdx$/,
    );
    await context.close();
  });
});

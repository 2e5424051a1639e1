import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser.ts";
import { builtPages, distDir } from "./pages.ts";
import { serveDist, type StaticServer } from "./server.ts";

// A private copy of the site, so the test can publish a "new version" without touching dist/.
const root = mkdtempSync(join(tmpdir(), "offline-site-"));
cpSync(resolve(distDir), root, { recursive: true });
const pages = builtPages(root);
const chapters = pages.filter((p) => /^\/(ko|en)\/chapters\/[^/]+\/$/.test(p));

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const at = (path: string) => new URL(path.replace(/^\//, ""), server.url).href;

beforeAll(async () => {
  server = await serveDist(root);
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
const cacheNames = () => page.evaluate(() => caches.keys());

describe("offline", () => {
  it("after one visit, every built file is cached", async () => {
    await page.goto(at(chapters[0]));
    await expect.poll(controlled, { timeout: 30_000 }).toBe(true);
    const files = JSON.parse(
      /const FILES = (.*);/.exec(readFileSync(join(root, "sw.js"), "utf8"))?.[1] ?? "[]",
    );
    expect(files.length).toBeGreaterThan(pages.length);
    const cached = await page.evaluate(async () => {
      const [name] = await caches.keys();
      return (await (await caches.open(name)).keys()).length;
    });
    expect(cached).toBe(files.length);
  });

  it("with the network off, every page opens with its math fonts, and a missing page shows the 404", async () => {
    await context.setOffline(true);
    try {
      for (const path of pages) {
        const response = await page.goto(at(path));
        expect(response?.ok(), path).toBe(true);
        expect(await page.locator("main h1").count(), path).toBe(1);
      }
      await page.goto(at(chapters[0]));
      const katexFonts = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.family.includes("KaTeX") && f.status === "loaded").length;
      });
      if (await page.locator(".katex").count()) expect(katexFonts).toBeGreaterThan(0);
      await page.goto(at("/not/here/"));
      expect(await page.locator("h1").innerText()).toContain("Page not found");
      // Cells run offline too: the sandbox page and the kernel's script come from the cache.
      await page.goto(at("/en/chapters/00-intro/"));
      await page.locator('[data-cell="intro-dates"] [data-action=run]').click();
      await page.waitForSelector('[data-cell="intro-dates"][data-state="done"]', { timeout: 60_000 });
      expect(await page.locator('[data-cell="intro-dates"] [data-cell-output]').innerText()).toContain("→");
    } finally {
      await context.setOffline(false);
    }
  });

  it("a new version is offered with a reload, and the old one keeps serving until then", async () => {
    await page.goto(at(chapters[0]));
    await expect.poll(controlled).toBe(true);
    const [oldCache] = await cacheNames();
    const swFile = join(root, "sw.js");
    writeFileSync(
      swFile,
      readFileSync(swFile, "utf8").replace(/attention-live-(\w+)"/, 'attention-live-$1next"'),
    );
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.locator("[data-sw-banner]");
    await banner.waitFor({ state: "visible", timeout: 30_000 });
    // Not yet switched: the page is still served by the old version's cache.
    expect(await cacheNames()).toContain(oldCache);
    await Promise.all([page.waitForEvent("load"), banner.getByRole("button").click()]);
    await expect.poll(cacheNames).toEqual([`${oldCache}next`]);
    expect(await page.locator("[data-sw-banner]").isVisible()).toBe(false);
  });
});

import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { drawWidgets, openPage, sharedContext } from "./browser.ts";
import { builtPages, distDir } from "./pages.ts";

const baseUrl = inject("baseUrl");
const pages = builtPages();
const chapterPages = pages.filter((p) => /^\/(ko|en)\/chapters\/[^/]+\/$/.test(p));
const at = (path: string) => new URL(path.replace(/^\//, ""), baseUrl).href;

const shared = sharedContext();

describe("basics a reader expects", () => {
  it("a missing address answers 404 with a page in both languages that links home", async () => {
    const page = await shared.context.newPage();
    const response = await page.goto(at("/no/such/page/"));
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").innerText()).toMatch(/페이지를 찾을 수 없습니다.*Page not found/s);
    expect(await page.locator("a[href$='/ko/']").count()).toBeGreaterThan(0);
    expect(await page.locator("a[href$='/en/']").count()).toBeGreaterThan(0);
    expect(await page.getAttribute("meta[name=robots]", "content")).toBe("noindex");
    await page.close();
  });

  it("the sitemap lists every built page, and robots.txt points to it", () => {
    const sitemap = readFileSync(join(distDir, "sitemap.xml"), "utf8");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    for (const page of pages) expect(locs.some((loc) => loc.endsWith(page))).toBe(true);
    expect(readFileSync(join(distDir, "robots.txt"), "utf8")).toMatch(/^Sitemap: .*sitemap\.xml$/m);
  });

  it.each(pages)("%s has a title, a description and a social preview image that exists", async (path) => {
    const html = readFileSync(join(distDir, path, "index.html"), "utf8");
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image).toBeDefined();
    const file = new URL(image ?? "").pathname.split("/").pop() ?? "";
    expect(existsSync(join(distDir, file))).toBe(true);
    expect(html).toMatch(/<link rel="icon" href="[^"]*favicon\.svg"/);
  });

  it("a heading's copy-link button puts a link to that heading in the address bar", async () => {
    const { page } = await openPage(shared.context, at(chapterPages[0]));
    const heading = page.locator("main h2[id]").nth(1);
    const id = await heading.getAttribute("id");
    await heading.locator("button.anchor-copy").click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${encodeURIComponent(id ?? "")}`);
    expect(await page.locator("[data-anchor-status]").innerText()).not.toBe("");
    // The id is the heading's slug in the built HTML, so links keep working across builds.
    const html = readFileSync(join(distDir, chapterPages[0], "index.html"), "utf8");
    expect(html).toContain(`id="${id}"`);
    await page.close();
  });

  it("chapters link to the previous and next chapter", async () => {
    const ko = chapterPages.filter((p) => p.startsWith("/ko/"));
    const { page } = await openPage(shared.context, at(ko[0]));
    if (ko.length > 1)
      expect(await page.locator("nav.chapter-nav a[rel=next]").getAttribute("href")).toContain(ko[1]);
    expect(await page.locator("nav.chapter-nav a[rel=prev]").count()).toBe(0);
    await page.close();
  });
});

describe("dark mode", () => {
  it("follows the system, and the reader's choice is remembered over the system's", async () => {
    const ctx = await shared.browser.newContext({ colorScheme: "dark" });
    const { page } = await openPage(ctx, at("/en/"));
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const darkBg = await bg();
    const toggle = page.locator("[data-theme-toggle]");
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    const lightBg = await bg();
    expect(lightBg).not.toBe(darkBg);
    await page.goto(at("/ko/"));
    expect(await bg()).toBe(lightBg);
    expect(await page.locator("[data-theme-toggle]").getAttribute("aria-pressed")).toBe("false");
    await ctx.close();
  });
});

describe("search", () => {
  it("'/' focuses the search box, and a Korean query finds a chapter section", async () => {
    const { page } = await openPage(shared.context, at("/ko/"));
    await page.keyboard.press("/");
    const input = page.locator("[data-search-input]");
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill("소프트맥스");
    const first = page.locator("[data-search-results] a").first();
    await first.waitFor({ timeout: 15_000 });
    const hrefs = await page
      .locator("[data-search-results] a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs.some((h) => /\/ko\/chapters\/[^/]+\/#.+/.test(h ?? ""))).toBe(true);
    // Keyboard: ArrowDown moves into the results, Enter follows the link.
    await input.press("ArrowDown");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    expect(focused).toBe(hrefs[0]);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.href === new URL(focused!, page.url()).href, {
      waitUntil: "domcontentloaded",
    });
    await page.close();
  });

  it("an English query on an English page finds English pages only", async () => {
    const { page } = await openPage(shared.context, at("/en/"));
    await page.locator("[data-search-input]").fill("softmax");
    await page.locator("[data-search-results] a").first().waitFor({ timeout: 15_000 });
    const hrefs = await page
      .locator("[data-search-results] > li > a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => /\/en\//.test(h ?? ""))).toBe(true);
    await page.close();
  });
});

describe("print", () => {
  it("a chapter prints without the site's chrome, with its math and figures", async () => {
    // Chapter 03 has math, a figure and a chart (chapter 00 is an invitation without formulas).
    const withMath = chapterPages.find((p) => p.includes("/03-attention-value/"));
    if (!withMath) throw new Error("chapter 03 is missing from the page list");
    const { page } = await openPage(shared.context, at(withMath));
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header.site-header").isVisible()).toBe(false);
    expect(await page.locator("footer.site-footer").isVisible()).toBe(false);
    expect(await page.locator("[data-search]").isVisible()).toBe(false);
    expect(await page.locator("main h1").isVisible()).toBe(true);
    expect(await page.locator(".katex").first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.close();
  });
});

describe("every chapter, end to end", () => {
  it.each(chapterPages)(
    "%s: prerendered outputs, rendered math, ready widgets, and a language switch to its twin",
    async (path) => {
      const { page, problems } = await openPage(shared.context, at(path));
      const emptyOutputs = await page
        .locator("[data-cell]")
        .evaluateAll((cells) =>
          cells
            .filter((c) => !(c.querySelector("[data-cell-output]")?.textContent ?? "").trim())
            .map((c) => c.getAttribute("data-cell")),
        );
      expect(emptyOutputs).toEqual([]);
      const unrendered = await page
        .locator(".katex")
        .evaluateAll((ks) => ks.filter((k) => !k.querySelector(".katex-html")).length);
      expect(unrendered).toBe(0);
      await drawWidgets(page, 20_000);
      const twin = path.replace(/^\/(ko|en)\//, (_, l: string) => `/${l === "ko" ? "en" : "ko"}/`);
      expect(
        new URL((await page.locator("[data-lang-switch]").getAttribute("href")) ?? "", page.url()).pathname,
      ).toMatch(new RegExp(`${twin}$`));
      expect(problems.consoleErrors).toEqual([]);
      await page.close();
    },
  );
});

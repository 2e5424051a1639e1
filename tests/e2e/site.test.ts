import { describe, expect, inject, it } from "vitest";
import { openPage, sharedContext } from "./browser.ts";
import { builtPages } from "./pages.ts";

const baseUrl = inject("baseUrl");
const pages = builtPages();
const chapterPages = pages.filter((p) => /^\/(ko|en)\/chapters\/[^/]+\/$/.test(p));

const shared = sharedContext();

describe("every built page", () => {
  it("finds the pages to test", () => {
    expect(pages).toContain("/");
    expect(pages).toContain("/ko/");
    expect(pages).toContain("/en/");
    expect(chapterPages.length).toBeGreaterThanOrEqual(2);
  });

  it.each(pages)(
    "%s loads with no console error, no failed or foreign request, and the right lang",
    async (path) => {
      const { page, problems } = await openPage(shared.context, new URL(path.slice(1), baseUrl).href);
      await page.waitForLoadState("networkidle");
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      const lang = await page.getAttribute("html", "lang");
      const expected = path.startsWith("/en/") ? "en" : "ko";
      expect(lang).toBe(expected);
      expect(await page.title()).not.toBe("");
      await page.close();
    },
  );
});

describe("chapters", () => {
  it("every ko chapter has an en twin and back", () => {
    const slugs = (lang: string) =>
      chapterPages
        .filter((p) => p.startsWith(`/${lang}/`))
        .map((p) => p.split("/")[3])
        .sort();
    expect(slugs("ko").length).toBeGreaterThan(0);
    expect(slugs("ko")).toEqual(slugs("en"));
  });

  it.each(["ko", "en"])(
    "the %s soft-lookup chapter shows KaTeX math and a chart drawn at build time",
    async (lang) => {
      const { page } = await openPage(
        shared.context,
        new URL(`${lang}/chapters/03-attention-value/`, baseUrl).href,
      );
      expect(await page.locator(".katex-display .katex-html").count()).toBeGreaterThan(0);
      // KaTeX's fonts and CSS are applied: a rendered fraction has its own box layout.
      const fracHeight = await page
        .locator(".katex-display .mfrac")
        .first()
        .evaluate((el) => el.getBoundingClientRect().height);
      expect(fracHeight).toBeGreaterThan(20);
      expect(await page.locator("[data-temperature-chart] svg rect").count()).toBeGreaterThanOrEqual(4);
      await page.close();
    },
  );

  it("the chart is redrawn in the browser when the reader moves the slider", async () => {
    const { page, problems } = await openPage(
      shared.context,
      new URL("en/chapters/03-attention-value/", baseUrl).href,
    );
    const firstBar = page.locator("[data-temperature-chart] svg g[aria-label='bar'] rect").first();
    const before = Number(await firstBar.getAttribute("height"));
    await page.locator("[data-temperature-chart] [data-temperature]").fill("0.2");
    await page.waitForSelector("[data-temperature-chart][data-drawn='browser']");
    const after = Number(
      await page
        .locator("[data-temperature-chart] svg g[aria-label='bar'] rect")
        .first()
        .getAttribute("height"),
    );
    // At a low temperature the highest-scoring key takes nearly all the weight.
    expect(after).toBeGreaterThan(before);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it.each([
    ["ko", "en"],
    ["en", "ko"],
  ])("the language switch on a %s chapter goes to its %s twin", async (from, to) => {
    const { page } = await openPage(shared.context, new URL(`${from}/chapters/00-intro/`, baseUrl).href);
    await page.click("[data-lang-switch]");
    await page.waitForURL(new RegExp(`/${to}/chapters/00-intro/`));
    expect(await page.getAttribute("html", "lang")).toBe(to);
    await page.close();
  });
});

describe("widgets as drawn at build time, for a reader without JavaScript", () => {
  it.each(["06-query", "08-concatenation", "09-closing"])(
    "%s: a step button is disabled where it cannot move (← at the first step, → at the last)",
    async (slug) => {
      const ctx = await shared.browser.newContext({ javaScriptEnabled: false });
      const { page } = await openPage(ctx, new URL(`ko/chapters/${slug}/`, baseUrl).href);
      const widgets = page.locator("[data-widget]:has([data-prev])");
      expect(await widgets.count()).toBeGreaterThan(0);
      for (const widget of await widgets.all()) {
        const label = (await widget.locator("[data-step-label]").textContent()) ?? "";
        const [, step, count] = label.match(/i = (\d+) \/ (\d+)/) ?? [];
        expect(Number(count), `${slug}: "${label}"`).toBeGreaterThan(1);
        const prev = widget.locator("[data-prev]");
        const next = widget.locator("[data-next]");
        expect(await prev.isDisabled(), `${slug}: ← at "${label}"`).toBe(step === "1");
        expect(await next.isDisabled(), `${slug}: → at "${label}"`).toBe(step === count);
      }
      await ctx.close();
    },
  );

  it("chapter 01's dictionary shows key → value only; chapter 02's adds the 0/1 compare column", async () => {
    const ctx = await shared.browser.newContext({ javaScriptEnabled: false });
    for (const [slug, compare] of [
      ["01-dictionary", false],
      ["02-querying", true],
    ] as const) {
      const { page } = await openPage(ctx, new URL(`ko/chapters/${slug}/`, baseUrl).href);
      const plot = page.locator("[data-widget='dictionary-lookup'] [data-plot]");
      expect(await plot.textContent()).toContain("출력: InfinityWar");
      expect((await plot.textContent())?.includes("비교 (0/1)"), slug).toBe(compare);
      expect((await plot.textContent())?.includes("Σ"), slug).toBe(compare);
    }
    await ctx.close();
  });
});

describe("home and language choice", () => {
  it("the root page remembers the reader's language", async () => {
    const ctx = await shared.browser.newContext();
    const { page } = await openPage(ctx, baseUrl);
    await page.click("[data-pick-lang='en']");
    await page.waitForURL(/\/en\/$/);
    await page.goto(baseUrl);
    await page.waitForURL(/\/en\/$/);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await ctx.close();
  });

  it("the table of contents lists the chapters in both languages", async () => {
    for (const lang of ["ko", "en"]) {
      const { page } = await openPage(shared.context, new URL(`${lang}/`, baseUrl).href);
      expect(await page.locator("[data-chapter]").count()).toBe(
        chapterPages.filter((p) => p.startsWith(`/${lang}/`)).length,
      );
      await page.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { axeViolations, launchBrowser, openPage } from "./browser.ts";
import { builtPages } from "./pages.ts";

const baseUrl = inject("baseUrl");
const pages = builtPages();

/**
 * Wait for what axe will look at on a page with `count` open cell editors: every editor's types
 * checked once by the type service (its squiggles and markers drawn) and the page's fonts loaded.
 * (Not networkidle: the page's sandbox and type service may keep the network busy far longer
 * than the page takes to settle on a loaded machine.)
 */
async function editorsSettled(page: Page, count: number): Promise<void> {
  const checked = () => page.locator("[data-cell] .cm-editor[data-types-checked]").count();
  try {
    await page.waitForFunction(
      (n) => document.querySelectorAll("[data-cell] .cm-editor[data-types-checked]").length >= n,
      count,
      { timeout: 90_000 },
    );
  } catch {
    throw new Error(
      `the type service checked ${await checked()} of ${count} open editors within 90 s (axe would see them half drawn)`,
    );
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

let browser: Browser;
let light: BrowserContext;
let reduced: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  // bypassCSP: the site's CSP (rightly) forbids inline scripts, and axe-core is injected as one.
  light = await browser.newContext({ colorScheme: "light", bypassCSP: true });
  reduced = await browser.newContext({ reducedMotion: "reduce" });
});
afterAll(async () => {
  await browser?.close();
});

describe("axe-core finds no violation", () => {
  it.each(pages)("on %s in light and dark mode", async (path) => {
    const { page } = await openPage(light, new URL(path.slice(1), baseUrl).href);
    await page.waitForLoadState("networkidle");
    expect(await axeViolations(page)).toEqual([]);
    // The same page in dark mode: colours change, so contrast is checked again.
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(page, false)).toEqual([]);
    await page.close();
  });
});

describe("the kernel's sandbox page", () => {
  it("has no serious axe violation when opened by itself (its frame has a title), and stays out of search", async () => {
    const url = new URL("sandbox/frame.html", baseUrl).href;
    const { page } = await openPage(light, url);
    await page.waitForSelector("iframe[sandbox]", { state: "attached" });
    expect(await page.getAttribute("iframe[sandbox]", "title")).toBeTruthy();
    // Not a reader's page (no heading or landmark to have): nothing serious, such as an untitled frame.
    expect((await axeViolations(page)).filter((v) => /\((serious|critical)\)/.test(v))).toEqual([]);
    expect(await page.getAttribute("meta[name=robots]", "content")).toBe("noindex");
    await page.close();
    const robots = await (await fetch(new URL("robots.txt", baseUrl))).text();
    expect(robots).toMatch(/^Disallow: \/(.*\/)?sandbox\/$/m);
    const sitemap = await (await fetch(new URL("sitemap.xml", baseUrl))).text();
    expect(sitemap).not.toContain("sandbox");
  });
});

describe("axe-core finds no violation with the cell editors open", () => {
  it.each(["ko", "en"])("on the %s attention-value chapter, in light and dark mode", async (lang) => {
    const { page } = await openPage(light, new URL(`${lang}/chapters/03-attention-value/`, baseUrl).href);
    const cells = page.locator("[data-cell]");
    const count = await cells.count();
    expect(count).toBeGreaterThan(0);
    // Open every editor as a reader does (a click on the code), then let the type service settle.
    for (let i = 0; i < count; i++) {
      await cells.nth(i).locator(".cell-code").click();
      await cells.nth(i).locator(".cm-content").waitFor();
    }
    await editorsSettled(page, count);
    expect(await page.locator(".cm-scroller").count()).toBe(count);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(page, false)).toEqual([]);
    await page.close();
  });

  it("an open editor is one tab stop, as the static code was", async () => {
    const { page } = await openPage(light, new URL("en/chapters/03-attention-value/", baseUrl).href);
    const first = page.locator("[data-cell]").first();
    await first.locator(".cell-code").click();
    await first.locator(".cm-content").waitFor();
    const focusedIn = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest("[data-cell] .cm-editor") ? "editor" : (el?.className ?? el?.tagName ?? "");
      });
    await expect.poll(focusedIn).toBe("editor");
    // Shift+Tab leaves the editor for the toolbar and Tab comes straight back into the text.
    await page.keyboard.press("Shift+Tab");
    expect(await focusedIn()).not.toBe("editor");
    await page.keyboard.press("Tab");
    expect(await focusedIn()).toBe("editor");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("cm-content"))).toBe(true);
    await page.keyboard.press("Tab");
    expect(await focusedIn()).not.toBe("editor");
    await page.close();
  });
});

describe("page structure", () => {
  it.each(pages)("%s has one h1, landmarks, and headings that never skip a level", async (path) => {
    const { page } = await openPage(light, new URL(path.slice(1), baseUrl).href);
    expect(await page.locator("h1").count()).toBe(1);
    expect(await page.locator("main#main").count()).toBe(1);
    expect(await page.locator("body > header, [role=banner]").count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator("body > footer, [role=contentinfo]").count()).toBeGreaterThanOrEqual(1);
    const levels = await page
      .locator("main :is(h1, h2, h3, h4, h5, h6)")
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))));
    expect(levels[0]).toBe(1);
    const jumps = levels.flatMap((level, i) =>
      i > 0 && level > levels[i - 1] + 1 ? [`h${levels[i - 1]} → h${level}`] : [],
    );
    expect(jumps).toEqual([]);
    await page.close();
  });
});

describe("keyboard", () => {
  it.each(["ko", "en"])(
    "the %s skip link is the first stop and moves focus to the main content",
    async (lang) => {
      const { page } = await openPage(light, new URL(`${lang}/`, baseUrl).href);
      await page.keyboard.press("Tab");
      const skip = page.locator(".skip-link");
      await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
      // The focused skip link is on screen, not parked off-canvas.
      const box = await skip.boundingBox();
      expect(box && box.y >= 0).toBe(true);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
      await page.close();
    },
  );

  it("every focusable element in the header shows a visible focus ring", async () => {
    const { page } = await openPage(light, new URL("en/chapters/00-intro/", baseUrl).href);
    const count = await page.locator("header.site-header :is(a, button, input):visible").count();
    expect(count).toBeGreaterThan(0);
    await page.keyboard.press("Tab"); // skip link
    for (let i = 0; i < count; i++) {
      await page.keyboard.press("Tab");
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          inHeader: !!el.closest("header.site-header"),
          style: style.outlineStyle,
          width: style.outlineWidth,
        };
      });
      expect(outline.inHeader).toBe(true);
      expect(outline.style).not.toBe("none");
      expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
    }
    await page.close();
  });
});

describe("reduced motion", () => {
  it("with reduced motion, transitions and smooth scrolling are switched off", async () => {
    const { page } = await openPage(reduced, new URL("en/chapters/00-intro/", baseUrl).href);
    const styles = await page.evaluate(() => {
      const probe = document.createElement("div");
      probe.style.transition = "opacity 2s";
      probe.style.animation = "x 3s";
      document.body.append(probe);
      const cs = getComputedStyle(probe);
      return {
        transition: parseFloat(cs.transitionDuration),
        animation: parseFloat(cs.animationDuration),
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
      };
    });
    expect(styles.transition).toBeLessThan(0.01);
    expect(styles.animation).toBeLessThan(0.01);
    expect(styles.scroll).toBe("auto");
    await page.close();
  });
});

/**
 * Phones: no built page scrolls sideways at 320 px (the narrowest phones in use) or 390 px (a
 * common one), in light or dark mode. Wide things (tables, pictures, code) scroll inside their own
 * box instead. Every widget is scrolled into view and drawn first, since some only take their
 * size once drawn. The page list comes from dist/, so new pages are covered without a change here.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, skipPredictions } from "./browser.ts";
import { builtPages } from "./pages.ts";

const baseUrl = inject("baseUrl");
const pages = builtPages();
const WIDTHS = [320, 390];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** How far the page scrolls sideways, and the outermost elements that stick out of the viewport. */
function sideways(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const over: string[] = [];
    const scrolls = (el: Element) => {
      const x = getComputedStyle(el).overflowX;
      return x === "auto" || x === "scroll" || x === "hidden" || x === "clip";
    };
    const walk = (el: Element) => {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && Math.round(box.right) > width) {
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.classList.length ? `.${[...el.classList].join(".")}` : ""}`;
        const kids = [...el.children].filter((c) => Math.round(c.getBoundingClientRect().right) > width);
        // Name the outermost element that sticks out by itself (its children fit, or it scrolls).
        if (!kids.length || scrolls(el)) over.push(`${name} (right edge at ${Math.round(box.right)} px)`);
      }
      if (!scrolls(el)) for (const c of el.children) walk(c);
    };
    walk(document.body);
    return { scrollWidth: document.documentElement.scrollWidth, width, over: over.slice(0, 5) };
  });
}

/** Scrolls every widget into view and waits until it has drawn (or 20 s have passed). */
async function drawWidgets(page: Page): Promise<void> {
  await skipPredictions(page);
  const count = await page.locator("[data-widget]").count();
  for (let k = 0; k < count; k++) {
    const w = page.locator("[data-widget]").nth(k);
    await w.scrollIntoViewIfNeeded();
    await page
      .waitForFunction((el) => (el as HTMLElement).dataset.ready === "true", await w.elementHandle(), {
        timeout: 20_000,
      })
      .catch(() => undefined);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

describe("phones", () => {
  it.each(pages)("%s does not scroll sideways at 320 or 390 px, in light or dark mode", async (path) => {
    // One load per page (the machine is shared): drawn at 320 px, then measured again at 390 px.
    const context = await browser.newContext({
      viewport: { width: WIDTHS[0], height: 740 },
      colorScheme: "light",
    });
    try {
      const page = await context.newPage();
      await page.goto(new URL(path.slice(1), baseUrl).href, { waitUntil: "load" });
      await drawWidgets(page);
      const wide: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 740 });
        for (const scheme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          const got = await sideways(page);
          if (got.scrollWidth > got.width)
            wide.push(`${width} px ${scheme}: ${got.scrollWidth} px wide (${got.over.join(", ")})`);
        }
      }
      expect(wide).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("on a phone, what is wider than the screen", () => {
  it.each(["ko", "en"])(
    "in %s, a wide table scrolls in its own named region that the keyboard can scroll",
    async (lang) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 740 } });
      try {
        const page = await context.newPage();
        await page.goto(new URL(`${lang}/chapters/08-concatenation/`, baseUrl).href);
        await skipPredictions(page); // a table of results can be a prediction's reveal
        // The chapter's own tables (a widget's and a cell's tables have boxes of their own).
        const regions = await page.locator("article table").evaluateAll((tables) =>
          tables
            .filter((t) => !t.closest(".widget, [data-cell]"))
            .map((t) => {
              const box = t.parentElement!;
              return {
                wide: t.getBoundingClientRect().width > box.clientWidth,
                scrolls: box.scrollWidth > box.clientWidth,
                role: box.getAttribute("role"),
                tabindex: box.getAttribute("tabindex"),
                name: box.getAttribute("aria-label") ?? "",
              };
            }),
        );
        expect(regions.filter((r) => r.wide).length).toBeGreaterThan(0);
        for (const r of regions) {
          expect(r.role).toBe("region");
          expect(r.tabindex).toBe("0");
          expect(r.name).toMatch(lang === "ko" ? /^표: .+, .+/ : /^Table: .+, .+/);
          if (r.wide) expect(r.scrolls).toBe(true);
        }
        const wide = page
          .locator(".table-scroll")
          .filter({ has: page.locator("th:nth-child(7)") })
          .first();
        await wide.focus();
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("ArrowRight");
        await expect.poll(() => wide.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
        expect(await page.evaluate(() => window.scrollX)).toBe(0);
      } finally {
        await context.close();
      }
    },
  );

  it.each(["ko", "en"])(
    "in %s, the progress page still says how many exercises and quizzes each chapter has",
    async (lang) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 740 } });
      try {
        const page = await context.newPage();
        await page.goto(new URL(`${lang}/progress/`, baseUrl).href);
        const row = page.locator('[data-progress-row="03-attention-value"]');
        const shown = await row.evaluate((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, " "));
        expect(shown).toMatch(lang === "ko" ? /연습 문제 \d+ · 퀴즈 \d+/ : /Exercises \d+ · Quizzes \d+/);
      } finally {
        await context.close();
      }
    },
  );
});

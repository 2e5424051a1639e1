/**
 * A widget's code loads only when it scrolls into view, so a reader can press one of its buttons
 * before the code is there. That click must not be lost: the widget says it is busy and acts on
 * the click once its code has loaded. Here the widget's code is held back on the network until
 * after the click, so the click surely comes first.
 */
import { describe, expect, inject, it } from "vitest";
import type { Route } from "playwright-core";
import { sharedPage } from "./browser.ts";

const baseUrl = inject("baseUrl");
// No service worker, so that every request of the page passes the test's route.
const widgets = sharedPage(new URL("en/widgets/", baseUrl).href, {
  viewport: { width: 1000, height: 800 },
  serviceWorkers: "block",
});

describe("a click before a widget's code has loaded", () => {
  it(
    "is replayed once the code is in: Train pressed at once still trains",
    { timeout: 120_000 },
    async () => {
      const { page } = widgets;
      const held: Route[] = [];
      let hold = true;
      await page.route(/\/_astro\/.*\.js$/, (route) => (hold ? held.push(route) : route.continue()));
      const w = page.locator('[data-widget="train-model"]');
      await w.scrollIntoViewIfNeeded();
      await w.locator("[data-steps]").fill("20");
      await w.locator("[data-train]").click();
      // The code was asked for and is held; the widget shows that it is busy, and nothing ran yet.
      await expect.poll(() => held.length, { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await w.getAttribute("aria-busy")).toBe("true");
      expect(await w.locator("[data-train]").evaluate((b) => getComputedStyle(b).cursor)).toBe("progress");
      expect(await w.locator("[data-status]").textContent()).toBe("");
      hold = false;
      for (const route of held.splice(0)) await route.continue();
      await w.locator("[data-keep]").waitFor({ state: "visible", timeout: 90_000 });
      expect(await w.locator("[data-status]").textContent()).toContain("Training finished");
      expect(await w.getAttribute("aria-busy")).toBeNull();
    },
  );

  it("left no console error on the page", () => {
    expect(widgets.problems.consoleErrors).toEqual([]);
  });
});

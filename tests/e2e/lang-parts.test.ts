/**
 * Language of parts on the built site: a screen reader reads each text node in the voice of its
 * nearest `lang`, so no Hangul may sit under `lang="en"` and no English phrase of three words under
 * `lang="ko"` outside code (the rule: tests/site/lang-check.ts). First every built page as the
 * build wrote it (every text node, parsed in Node), then pages in a browser after their widgets
 * have drawn, a cell has run and its editor has opened — what the client writes is checked too.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { drawWidgets, openPage, sharedContext } from "./browser.ts";
import { builtPages, distDir } from "./pages.ts";
import { unmarkedText } from "../site/lang-check.ts";

const baseUrl = inject("baseUrl");
const shared = sharedContext();

describe("every built page, as the build wrote it", () => {
  const pages = builtPages().filter((p) => !p.startsWith("/sandbox/"));

  it("covers the site (both editions, every chapter)", () => {
    expect(pages.filter((p) => p.startsWith("/en/chapters/")).length).toBeGreaterThanOrEqual(10);
    expect(pages.filter((p) => p.startsWith("/ko/chapters/")).length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages)("%s: every run in the other language is marked", (path) => {
    const { document } = parseHTML(readFileSync(join(distDir, path, "index.html"), "utf8"));
    expect(unmarkedText(document)).toEqual([]);
  });
});

/** Pages whose widgets, cells or predictions show an input date 「2026년 11월 24일」 or English names. */
const live = [
  "/en/chapters/05-keys-and-values/",
  "/en/chapters/07-attention-value-ai/",
  "/en/chapters/09-closing/",
  "/en/widgets/",
  "/ko/chapters/09-closing/",
  "/ko/widgets/",
];

describe("in a browser, after the widgets have drawn", () => {
  it.each(live)("%s", async (path) => {
    const { page, problems } = await openPage(shared.context, new URL(path.slice(1), baseUrl).href);
    await drawWidgets(page, 30_000);
    // Each date widget redraws for a Korean example input: its characters, takeaway and tables.
    for (const example of await page.locator('button[data-example^="2026"]').all()) {
      await example.evaluate((b: HTMLElement) => b.click());
    }
    await expect
      .poll(() => page.locator("[data-widget]:not([data-ready='true'])").count(), { timeout: 30_000 })
      .toBe(0);
    // A cell whose code holds Korean: run it (its output is the client's now) and open its editor.
    const cell = page
      .locator("[data-cell]")
      .filter({ hasText: /[가-힣]/ })
      .first();
    if ((await cell.count()) > 0) {
      await cell.scrollIntoViewIfNeeded();
      await cell.locator(".cell-code").click();
      await cell.locator(".cm-content").waitFor({ timeout: 30_000 });
      const handle = await cell.elementHandle();
      await cell.locator("[data-action=run]").click();
      await page
        .waitForFunction((el) => el?.getAttribute("data-state") === "running", handle, { timeout: 5_000 })
        .catch(() => undefined);
      await page.waitForFunction((el) => el?.getAttribute("data-state") !== "running", handle, {
        timeout: 30_000,
      });
    }
    const found = await page.evaluate(unmarkedText, await page.evaluateHandle(() => document));
    expect(found).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});

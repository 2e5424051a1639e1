/**
 * The library page: every library file in an editor; an applied edit changes what cells compute
 * on a chapter page (with a "library modified" badge on every page), a broken edit leaves the
 * previous version in use and says where, and Restore undoes it all.
 */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage, patientContext, sharedBrowser } from "./browser.ts";
import { libraryFile as file, replaceIn } from "./library-page.ts";

const baseUrl = inject("baseUrl");
/** Several pages and a kernel per test, on a shared machine. */
const SLOW = 180_000;
const shared = sharedBrowser();
const newContext = () => patientContext(shared.browser);

async function apply(page: Page, path: string): Promise<string> {
  await file(page, path).locator('[data-action="apply"]').click();
  const message = file(page, path).locator("[data-lib-message]");
  await page.waitForFunction((p) => {
    const text = document.querySelector(`[data-library-file="${p}"] [data-lib-message]`)?.textContent ?? "";
    return text !== "" && !text.includes("…");
  }, path);
  return message.innerText();
}

/** Wait until the page's kernel has the stored library: "applied" (edited) or "original". */
const libraryState = (page: Page, state: "applied" | "original") =>
  page.waitForSelector(`[data-library-badge][data-library-state="${state}"]`, { state: "attached" });

async function runHardLookup(page: Page): Promise<string> {
  await page.locator('[data-cell="querying-hard"] [data-action="run"]').click();
  await page.waitForSelector('[data-cell="querying-hard"][data-state="done"]');
  return page.locator('[data-cell="querying-hard"] [data-cell-output]').innerText();
}

describe("the library page", { timeout: SLOW }, () => {
  it.each(["ko", "en"])(
    "%s: every library file sits in its own editor host; the editor loads on click",
    async (lang) => {
      const context = await newContext();
      const { page, problems } = await openPage(context, new URL(`${lang}/library/`, baseUrl).href);
      const paths = await page
        .locator("[data-library-file]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-library-file")));
      expect(paths).toEqual(
        expect.arrayContaining(["attention.ts", "scores.ts", "tensor.ts", "index.ts", "data/dates.ts"]),
      );
      expect(await page.locator("[data-library-file] [data-cell-editor]").count()).toBe(paths.length);
      expect(await page.locator(".cm-content").count()).toBe(0);
      await file(page, "scores.ts").locator("[data-cell-editor] pre").click();
      await file(page, "scores.ts").locator(".cm-content").waitFor();
      expect(await file(page, "scores.ts").locator(".cm-content").getAttribute("aria-label")).toContain(
        "scores.ts",
      );
      expect(await page.locator("[data-library-badge]").isHidden()).toBe(true);
      expect(problems.consoleErrors).toEqual([]);
      await context.close();
    },
  );

  it("an applied edit changes a cell's output on a chapter page; Restore undoes it", async () => {
    const context = await newContext();
    const { page: lib, problems } = await openPage(context, new URL("ko/library/", baseUrl).href);
    await replaceIn(lib, "attention.ts", "key === query ? 1 : 0", "key === query ? 7 : 0");
    // Applied (a compare of 7 fails hardLookup's check, and is still the reader's to apply).
    expect(await apply(lib, "attention.ts")).toContain("적용했");
    expect(await file(lib, "attention.ts").locator("[data-lib-status]").innerText()).toBe("수정됨");

    const { page: chapter } = await openPage(context, new URL("ko/chapters/02-querying/", baseUrl).href);
    await libraryState(chapter, "applied");
    expect(await chapter.locator("[data-library-badge]").isVisible()).toBe(true);
    const built = await chapter.locator('[data-cell="querying-hard"] [data-cell-output]').innerText();
    expect(built).not.toContain("7");
    const edited = await runHardLookup(chapter);
    expect(edited).toContain("7");

    // The edit survives a reload of the library page, with its diff against the original.
    await lib.reload();
    await lib.waitForFunction(
      () =>
        document.querySelector('[data-library-file="attention.ts"] [data-lib-status]')?.textContent ===
        "수정됨",
    );
    await file(lib, "attention.ts").locator('[data-action="diff"]').click();
    const diff = await file(lib, "attention.ts").locator("[data-lib-diff]").innerText();
    expect(diff).toContain("key === query ? 7 : 0");
    expect(diff).toContain("key === query ? 1 : 0");

    await file(lib, "attention.ts").locator('[data-action="restore"]').click();
    await lib.waitForFunction(
      () =>
        document.querySelector('[data-library-file="attention.ts"] [data-lib-status]')?.textContent === "",
    );
    await chapter.reload();
    await libraryState(chapter, "original");
    expect(await chapter.locator("[data-library-badge]").isHidden()).toBe(true);
    const restored = await runHardLookup(chapter);
    expect(restored).not.toContain("7");
    expect(restored).toContain("InfinityWar");
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it("an edit that does not compile is not applied: the previous version stays and the message names the file and line", async () => {
    const context = await newContext();
    const { page: lib } = await openPage(context, new URL("en/library/", baseUrl).href);
    await replaceIn(lib, "attention.ts", "key === query ? 1 : 0", "key === query ? 7 : 0");
    await apply(lib, "attention.ts");
    await replaceIn(lib, "scores.ts", "export function dot(", "export function dot((");
    const message = await apply(lib, "scores.ts");
    expect(message).toContain("previous version stays in use");
    expect(message).toMatch(/scores\.ts:\d+/);
    expect(await file(lib, "scores.ts").locator("[data-lib-status]").innerText()).toBe("not applied");

    // The chapter still uses the last working library (with the applied attention.ts edit).
    const { page: chapter } = await openPage(context, new URL("en/chapters/02-querying/", baseUrl).href);
    await libraryState(chapter, "applied");
    expect(await runHardLookup(chapter)).toContain("7");
    // The unapplied text is kept as a draft across reloads.
    await lib.reload();
    await lib.waitForFunction(
      () =>
        document.querySelector('[data-library-file="scores.ts"] [data-lib-status]')?.textContent ===
        "not applied",
    );
    expect(await file(lib, "scores.ts").locator("[data-cell-editor]").innerText()).toContain(
      "export function dot((",
    );

    await lib.locator('[data-action="restore-all"]').click();
    await lib.waitForFunction(() =>
      [...document.querySelectorAll("[data-lib-status]")].every((s) => s.textContent === ""),
    );
    await context.close();
  });

  it("“open in editor” on a cell goes to the library file that defines what the cell imports", async () => {
    const context = await newContext();
    const { page } = await openPage(context, new URL("ko/chapters/02-querying/", baseUrl).href);
    await page.locator('[data-cell="querying-hard"] [data-open-library="hardLookup"]').click();
    await page.waitForURL(/\/ko\/library\/#uses=hardLookup$/);
    await file(page, "attention.ts").locator(".cm-content").waitFor();
    await context.close();
  });
});

/**
 * A reader who comes back later finds their work, or is told plainly what happened to it: the
 * site asks the browser to keep its storage when there is first something worth keeping (not on
 * load), the My work page says whether the browser keeps it for good, a quiet reminder offers the
 * export of old unexported work, and a browser that cleared the storage leaves a page that says
 * so, offers the import, and throws nothing.
 */
import { describe, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { openPage, patientContext, readStored, sharedBrowser, writeStored } from "./browser.ts";

const baseUrl = inject("baseUrl");
const SLOW = 180_000;
const CHAPTER = "ko/chapters/02-querying/";
const ID = "querying-miss";
const DAY = 24 * 3600 * 1000;

const shared = sharedBrowser();

/**
 * A context whose browser answers `persisted()` with `persisted` and counts calls to
 * `persist()` in `window.persistCalls` (per page).
 */
async function stubbedContext(persisted: boolean): Promise<BrowserContext> {
  const context = await patientContext(shared.browser);
  await context.addInitScript((value) => {
    const w = window as unknown as { persistCalls: number };
    w.persistCalls = 0;
    Object.defineProperty(navigator.storage, "persisted", { value: async () => value });
    Object.defineProperty(navigator.storage, "persist", {
      value: async () => {
        w.persistCalls++;
        return value;
      },
    });
  }, persisted);
  return context;
}

const persistCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);

async function editCell(page: Page, code: string): Promise<void> {
  const cell = page.locator(`[data-cell="${ID}"]`);
  const content = cell.locator(".cm-content");
  if ((await content.count()) === 0) await cell.locator(".cell-code").click();
  await content.waitFor();
  await content.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(code);
}

async function saved(page: Page, code: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (((await readStored(page, `cell:${ID}`)) as { code?: string } | undefined)?.code === code) return;
    await page.waitForTimeout(100);
  }
  throw new Error("the edit was not saved");
}

describe("persistent storage is asked for when it matters", { timeout: SLOW }, () => {
  it("not on load nor on opening the editor, but right after the first saved edit", async () => {
    const context = await stubbedContext(false);
    const { page, problems } = await openPage(context, new URL(CHAPTER, baseUrl).href);
    await page.waitForLoadState("networkidle");
    // The reader reads, scrolls, opens the editor: nothing to keep yet.
    await page.locator(`[data-cell="${ID}"] .cell-code`).click();
    await page.locator(`[data-cell="${ID}"] .cm-content`).waitFor();
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(1500);
    expect(await persistCalls(page)).toBe(0);
    await editCell(page, 'hardLookup(films, "keep")');
    await saved(page, 'hardLookup(films, "keep")');
    await page.waitForFunction(() => (window as unknown as { persistCalls: number }).persistCalls > 0);
    expect(await persistCalls(page)).toBe(1);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe("My work says whether the browser keeps the work", { timeout: SLOW }, () => {
  it.each([
    ["ko", true, "계속 보관됨"],
    ["ko", false, "브라우저가 지울 수 있음"],
    ["en", true, "Kept for good"],
    ["en", false, "May be cleared by the browser"],
  ] as const)("%s, persisted() %s", async (lang, persisted, text) => {
    const context = await stubbedContext(persisted);
    const { page, problems } = await openPage(context, new URL(`${lang}/progress/`, baseUrl).href);
    const state = page.locator(`[data-persistence="${persisted ? "persistent" : "best-effort"}"]`);
    await state.waitFor();
    expect(await state.locator("[data-persistence-text]").innerText()).toContain(text);
    // The export is right beside the state; asking again is offered only while it may be cleared.
    expect(await state.locator('[data-action="export"]').isVisible()).toBe(true);
    expect(await state.locator('[data-action="persist"]').isVisible()).toBe(!persisted);
    expect(await persistCalls(page)).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe("storage cleared between visits", { timeout: SLOW }, () => {
  async function visitThenClear(storageTypes: string) {
    const context = await patientContext(shared.browser);
    const { page, problems } = await openPage(context, new URL(CHAPTER, baseUrl).href);
    await editCell(page, 'hardLookup(films, "gone")');
    await saved(page, 'hardLookup(films, "gone")');
    // What a browser does when it evicts the site: its storage goes, open connections with it.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Storage.clearDataForOrigin", { origin: new URL(baseUrl).origin, storageTypes });
    await page.goto(new URL(CHAPTER, baseUrl).href);
    await page.waitForLoadState("networkidle");
    // The chapter shows the course's code, and nothing breaks.
    expect(await page.locator(`[data-cell="${ID}"] .cell-code`).innerText()).toContain('"2000"');
    await page.goto(new URL("ko/progress/", baseUrl).href);
    return { context, page, problems };
  }

  it("only the database went: the page says the work is gone and offers the import", async () => {
    const { context, page, problems } = await visitThenClear("indexeddb");
    const gone = page.locator('[data-work-gone="cleared"]');
    await gone.waitFor();
    expect(await gone.innerText()).toContain("작업이 사라졌습니다");
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      gone.locator('[data-action="import-open"]').click(),
    ]);
    expect(chooser).toBeTruthy();
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it("everything went: the page says the browser may have cleared it and offers the import", async () => {
    const { context, page, problems } = await visitThenClear("all");
    const gone = page.locator('[data-work-gone="empty"]');
    await gone.waitFor();
    expect(await gone.innerText()).toContain("브라우저가 작업을 지웠을 수 있습니다");
    expect(await gone.locator('[data-action="import-open"]').isVisible()).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe("the reminder to export", { timeout: SLOW }, () => {
  it("offers the export of days-old work once, quietly, and stays dismissed", async () => {
    const context = await stubbedContext(false);
    const { page, problems } = await openPage(context, new URL(CHAPTER, baseUrl).href);
    const old = Date.now() - 5 * DAY;
    await writeStored(page, `cell:${ID}`, {
      kind: "cell",
      id: ID,
      original: "x",
      originalHash: "0",
      code: 'hardLookup(films, "old")',
      updatedAt: old,
      rev: 1,
    });
    await writeStored(page, "meta", { since: old });
    await page.evaluate((t) => localStorage.setItem("attention-live/kept-work", String(t)), old);
    await page.reload();
    const reminder = page.locator('[data-store-notice="export-reminder"]');
    await reminder.waitFor();
    expect(await reminder.innerText()).toContain("3일이 넘도록 내보내지 않은 작업");
    // Not a dialog: the page stays usable around it.
    expect(await page.locator('[role="dialog"], dialog[open]').count()).toBe(0);
    // Once a day at most: the next page does not show it again.
    await page.reload();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(2500);
    expect(await reminder.count()).toBe(0);

    // A day later it is back, until dismissed; the dismissal is remembered.
    await page.evaluate(() => localStorage.removeItem("attention-live/export-reminded"));
    await page.reload();
    await reminder.waitFor();
    await reminder.getByRole("button", { name: "닫기" }).click();
    expect(await reminder.count()).toBe(0);
    for (let i = 0; i < 100; i++) {
      const meta = (await readStored(page, "meta")) as { reminderDismissedAt?: number } | undefined;
      if (meta?.reminderDismissedAt) break;
      await page.waitForTimeout(100);
    }
    await page.evaluate(() => localStorage.removeItem("attention-live/export-reminded"));
    await page.reload();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(2500);
    expect(await reminder.count()).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe("an edit never hides a corrected lesson", { timeout: SLOW }, () => {
  it("an exercise's saved code from before the course changed its starter says so, with a comparison", async () => {
    const context = await patientContext(shared.browser);
    const url = new URL("ko/chapters/01-dictionary/", baseUrl).href;
    const { page, problems } = await openPage(context, url);
    await writeStored(page, "cell:exercise-dictionary-lookup", {
      kind: "cell",
      id: "exercise-dictionary-lookup",
      original: "function lookup() { /* the starter before the course corrected it */ }",
      originalHash: "0",
      code: "function lookup() { return 'mine'; }",
      updatedAt: Date.now() - DAY,
      rev: 1,
    });
    await page.reload();
    const exercise = page.locator('[data-exercise="dictionary-lookup"]');
    await exercise.scrollIntoViewIfNeeded();
    const notice = exercise.locator('[data-store-notice="stale"]');
    await notice.waitFor();
    expect(await notice.innerText()).toContain("시작 코드를 바꾸었습니다");
    expect(await exercise.locator("[data-exercise-editor]").inputValue()).toContain("'mine'");
    await notice.getByRole("button", { name: "원본과 비교" }).click();
    await notice.locator(".store-diff").waitFor();
    expect(await notice.locator(".store-diff").innerText()).toContain(
      "+ function lookup() { return 'mine'; }",
    );
    // Keeping it is the reader's choice, and then it is an edit of the current starter.
    await notice.getByRole("button", { name: "내 편집 유지" }).click();
    expect(await notice.count()).toBe(0);
    await page.waitForTimeout(500);
    await page.reload();
    await exercise.scrollIntoViewIfNeeded();
    await page.waitForFunction(() =>
      (
        document.querySelector("[data-exercise='dictionary-lookup'] textarea") as HTMLTextAreaElement | null
      )?.value.includes("'mine'"),
    );
    expect(await exercise.locator('[data-store-notice="stale"]').count()).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

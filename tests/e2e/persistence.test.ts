/**
 * Nothing the reader did is lost: cell edits survive a reload (and Reset forgets them), a course
 * change marks an edit stale and lets the reader compare, two tabs do not overwrite each other,
 * share links open WITHOUT running, and "My work" exports and imports everything.
 */
import { describe, expect, inject, it } from "vitest";
import { readFile } from "node:fs/promises";
import type { BrowserContext, Page } from "playwright-core";
import { openPage, patientContext, readStored, sharedBrowser } from "./browser.ts";

const baseUrl = inject("baseUrl");
/** Several pages and a kernel per test, on a shared machine. */
const SLOW = 180_000;
const CHAPTER = "ko/chapters/02-querying/";
const ID = "querying-miss";
const ORIGINAL_QUERY = 'hardLookup(films, "2000")';
const EDITED = 'hardLookup(films, "2019")';

const shared = sharedBrowser();
const newContext = () => patientContext(shared.browser);

const cell = (page: Page, id = ID) => page.locator(`[data-cell="${id}"]`);
const codeText = (page: Page, id = ID) => cell(page, id).locator("[data-cell-editor]").first().innerText();

async function edit(page: Page, code: string, id = ID): Promise<void> {
  const content = cell(page, id).locator(".cm-content");
  if ((await content.count()) === 0) await cell(page, id).locator(".cell-code").click();
  await content.waitFor();
  await content.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(code);
}

/** The code saved for a cell in IndexedDB, read the way the site stores it. */
const storedCode = async (page: Page, id = ID) =>
  ((await readStored(page, `cell:${id}`)) as { code?: string } | undefined)?.code;

/** Wait until the edit is in IndexedDB (the cell UI saves shortly after the last keystroke). */
async function saved(page: Page, code: string, id = ID): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if ((await storedCode(page, id)) === code) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the edit of ${id} was not saved`);
}

async function fresh(): Promise<{
  context: BrowserContext;
  page: Page;
  problems: { consoleErrors: string[] };
}> {
  const context = await newContext();
  const { page, problems } = await openPage(context, new URL(CHAPTER, baseUrl).href);
  return { context, page, problems };
}

describe("cell edits are kept", { timeout: SLOW }, () => {
  it("an edit survives a reload, and Reset restores the course's code for good", async () => {
    const { context, page, problems } = await fresh();
    await edit(page, EDITED);
    await saved(page, EDITED);
    await page.reload();
    await page.waitForSelector(`[data-cell="${ID}"][data-edited="true"]`);
    expect(await codeText(page)).toContain(EDITED);

    await cell(page).locator('[data-action="reset"]').click();
    await page.waitForSelector(`[data-cell="${ID}"][data-state="done"]`);
    expect(await codeText(page)).toContain(ORIGINAL_QUERY);
    await page.reload();
    await page.waitForLoadState("networkidle");
    expect(await codeText(page)).toContain(ORIGINAL_QUERY);
    expect(await cell(page).getAttribute("data-edited")).toBeNull();
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it("an edit is kept even when the reader reloads right after typing", async () => {
    const { context, page } = await fresh();
    await edit(page, 'hardLookup(films, "no time to wait")');
    await page.reload();
    await page.waitForSelector(`[data-cell="${ID}"][data-edited="true"]`);
    expect(await codeText(page)).toContain("no time to wait");
    await context.close();
  });

  it("Run does not wait for IndexedDB, and the edit it ran outlives a tab that dies before IndexedDB has it", async () => {
    const { context, page, problems } = await fresh();
    const url = page.url();
    await cell(page).locator(".cell-code").click();
    await cell(page).locator(".cm-content").waitFor();
    // From now on this page's IndexedDB writes never finish (a slow disk, a busy browser).
    await page.evaluate(() => {
      const transaction = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (
        this: IDBDatabase,
        ...args: Parameters<IDBDatabase["transaction"]>
      ) {
        if (args[1] !== "readwrite") return transaction.apply(this, args);
        const tx = {} as Record<string, unknown>;
        const request = () => ({ transaction: tx }) as Record<string, unknown>;
        tx.objectStore = () => ({ transaction: tx, get: request, put: request, delete: request });
        return tx as unknown as IDBTransaction;
      };
    });
    await edit(page, 'hardLookup(films, "ran before it was saved")');
    // The reader pauses before running: the save after typing stops has started, and never lands.
    await page.waitForTimeout(1000);
    await page.keyboard.press("Shift+Enter");
    await page.waitForSelector(`[data-cell="${ID}"][data-state="done"]`, { timeout: 15_000 });
    expect(await storedCode(page)).toBeUndefined();

    const crashed = new Promise<void>((done) => page.on("crash", () => done()));
    const cdp = await context.newCDPSession(page);
    void cdp.send("Page.crash").catch(() => undefined);
    await crashed;

    const { page: again } = await openPage(context, url);
    await again.waitForSelector(`[data-cell="${ID}"][data-edited="true"]`);
    expect(await codeText(again)).toContain("ran before it was saved");
    // The next visit moved it into IndexedDB.
    await saved(again, 'hardLookup(films, "ran before it was saved")');
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it("an edit saved against older course code is marked stale and can be compared and kept", async () => {
    const { context, page } = await fresh();
    // The reader edited this cell when the course still shipped different code.
    await page.evaluate(
      ([key, id, code]) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open("attention-live");
          req.onupgradeneeded = () => req.result.createObjectStore("work");
          req.onsuccess = () => {
            const tx = req.result.transaction("work", "readwrite");
            tx.objectStore("work").put(
              {
                kind: "cell",
                id,
                original: "hardLookup(films, 'an older version')",
                originalHash: "00000000000001",
                code,
                updatedAt: 1,
                rev: 1,
              },
              key,
            );
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      [`cell:${ID}`, ID, 'hardLookup(films, "my stale edit")'],
    );
    await page.reload();
    const notice = cell(page).locator('[data-store-notice="stale"]');
    await notice.waitFor();
    expect(await codeText(page)).toContain("my stale edit");
    // Compare: the course's current code against the reader's
    await notice.getByRole("button", { name: "원본과 비교" }).click();
    const diff = await notice.locator(".store-diff").innerText();
    expect(diff).toContain(`− ${ORIGINAL_QUERY}`);
    expect(diff).toContain('+ hardLookup(films, "my stale edit")');
    // Keep: no longer stale, also after a reload
    await notice.getByRole("button", { name: "내 편집 유지" }).click();
    await notice.waitFor({ state: "detached" });
    await page.reload();
    await page.waitForSelector(`[data-cell="${ID}"][data-edited="true"]`);
    expect(await cell(page).locator('[data-store-notice="stale"]').count()).toBe(0);
    expect(await codeText(page)).toContain("my stale edit");
    await context.close();
  });

  it("two tabs: a tab shows the other tab's newer edit, and never overwrites it with an older one", async () => {
    const context = await newContext();
    const { page: a } = await openPage(context, new URL(CHAPTER, baseUrl).href);
    const { page: b } = await openPage(context, new URL(CHAPTER, baseUrl).href);
    // B opens its editor on the course's code, then A saves an edit.
    await cell(b).locator(".cell-code").click();
    await cell(b).locator(".cm-content").waitFor();
    await edit(a, 'hardLookup(films, "from tab A")');
    await saved(a, 'hardLookup(films, "from tab A")');
    // B, still on its older text, types: it must not overwrite A's newer edit.
    await cell(b).locator(".cm-content").click();
    await b.keyboard.press("ControlOrMeta+End");
    await b.keyboard.insertText(" // typed in B");
    await cell(b).locator('[data-store-notice="conflict"]').waitFor();
    await a.reload();
    await a.waitForSelector(`[data-cell="${ID}"][data-edited="true"]`);
    expect(await codeText(a)).toContain("from tab A");
    // A third tab with no editor open follows A's edits as they are saved.
    await edit(a, 'hardLookup(films, "A again")');
    const { page: c } = await openPage(context, new URL(CHAPTER, baseUrl).href);
    await c.waitForSelector(`[data-cell="${ID}"][data-edited="true"]`);
    await edit(a, 'hardLookup(films, "A, third time")');
    await c.waitForFunction(
      (id) => document.querySelector(`[data-cell="${id}"] .cell-code`)?.textContent?.includes("third time"),
      ID,
    );
    await context.close();
  });
});

describe("share links", { timeout: SLOW }, () => {
  it("open the shared code in its cell with a banner, and run nothing until Run", async () => {
    const { context, page } = await fresh();
    await edit(page, 'hardLookup(films, "2012")');
    await cell(page).locator('[data-action="share"]').click();
    await page.waitForSelector(`[data-cell="${ID}"][data-share-link]`); // the link is compressed first
    const link = await cell(page).getAttribute("data-share-link");
    expect(link).toMatch(/#share=1\.[A-Za-z0-9_-]+$/);

    const other = await newContext();
    const { page: opened, problems } = await openPage(other, link!);
    const banner = cell(opened).locator('[data-store-notice="shared"]');
    await banner.waitFor();
    expect(await banner.innerText()).toContain("아직 실행하지 않았습니다");
    expect(await codeText(opened)).toContain('hardLookup(films, "2012")');
    const before = await cell(opened).locator("[data-cell-output]").innerText();
    await opened.waitForTimeout(1000);
    // Nothing ran: the kernel's sandbox was never started, the cell is idle, the output is the build's.
    expect(await opened.locator('iframe[src$="sandbox/frame.html"]').count()).toBe(0);
    expect(await cell(opened).getAttribute("data-state")).toBe("idle");
    expect(before).not.toContain("Avengers");
    // Run: now it runs the shared code, and the banner goes.
    await cell(opened).locator('[data-action="run"]').click();
    await opened.waitForSelector(`[data-cell="${ID}"][data-state="done"]`);
    expect(await cell(opened).locator("[data-cell-output]").innerText()).toContain("Avengers");
    expect(await opened.locator('iframe[src$="sandbox/frame.html"]').count()).toBe(1);
    expect(await banner.count()).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    await other.close();
    await context.close();
  });

  it("a garbled share link shows a message and the original cells", async () => {
    const context = await newContext();
    const { page, problems } = await openPage(
      context,
      new URL(`${CHAPTER}#share=1.bm90LWRlZmxhdGU`, baseUrl).href,
    );
    const message = page.locator('[data-store-notice="share-error"]');
    await message.waitFor();
    expect(await message.innerText()).toContain("공유 링크를 읽을 수 없어");
    expect(await codeText(page)).toContain(ORIGINAL_QUERY);
    expect(await page.locator('iframe[src$="sandbox/frame.html"]').count()).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe("My work: export and import", { timeout: SLOW }, () => {
  const progressUrl = () => new URL("ko/progress/", baseUrl).href;

  it("an exported file imported into an empty browser brings the edit back, after a confirm", async () => {
    const { context, page } = await fresh();
    await edit(page, 'hardLookup(films, "exported")');
    await saved(page, 'hardLookup(films, "exported")');
    await page.goto(progressUrl());
    await page.waitForSelector("[data-edits-list] li");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('[data-action="export"]'),
    ]);
    const file = await readFile((await download.path())!, "utf8");
    expect(JSON.parse(file)).toMatchObject({ format: "attention-live/my-work", version: 3 });
    await context.close();

    const empty = await newContext();
    const { page: p2, problems } = await openPage(empty, progressUrl());
    await p2.setInputFiles("[data-import-file]", {
      name: "work.json",
      mimeType: "application/json",
      buffer: Buffer.from(file),
    });
    const plan = p2.locator("[data-import-plan]");
    await plan.waitFor();
    expect(await plan.innerText()).toContain(ID);
    // Nothing is written before the confirm.
    await p2.goto(new URL(CHAPTER, baseUrl).href);
    await p2.waitForLoadState("networkidle");
    expect(await codeText(p2)).toContain(ORIGINAL_QUERY);
    await p2.goto(progressUrl());
    await p2.setInputFiles("[data-import-file]", {
      name: "work.json",
      mimeType: "application/json",
      buffer: Buffer.from(file),
    });
    await p2.click('[data-action="import-confirm"]');
    await p2.waitForFunction(() =>
      document.querySelector("[data-transfer-message]")?.textContent?.startsWith("가져왔습니다. 추가 1건"),
    );
    await p2.goto(new URL(CHAPTER, baseUrl).href);
    await p2.waitForSelector(`[data-cell="${ID}"][data-edited="true"]`);
    expect(await codeText(p2)).toContain("exported");
    expect(problems.consoleErrors).toEqual([]);
    await empty.close();
  });

  it.each([
    ["corrupt JSON", '{"format": "attention-live/my-work", "vers', "JSON 파일이 아니거나"],
    ["another site's file", '{"hello": "world"}', "이 사이트에서 내보낸 파일이 아닙니다"],
    [
      "a newer version",
      '{"format": "attention-live/my-work", "version": 99, "edits": []}',
      "읽을 수 없는 버전",
    ],
    [
      "a wrong shape",
      '{"format": "attention-live/my-work", "version": 1, "edits": [{"kind": "cell"}]}',
      "올바르지 않습니다",
    ],
  ])("%s is refused with a clear message and nothing changes", async (_name, text, message) => {
    const { context, page } = await fresh();
    await edit(page, 'hardLookup(films, "keep me")');
    await saved(page, 'hardLookup(films, "keep me")');
    await page.goto(progressUrl());
    await page.setInputFiles("[data-import-file]", {
      name: "bad.json",
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    const shown = page.locator('[data-transfer-message][data-kind="error"]');
    await shown.waitFor();
    expect(await shown.innerText()).toContain(message);
    expect(await page.locator("[data-import-plan]").isHidden()).toBe(true);
    await page.goto(new URL(CHAPTER, baseUrl).href);
    await page.waitForSelector(`[data-cell="${ID}"][data-edited="true"]`);
    expect(await codeText(page)).toContain("keep me");
    await context.close();
  });
});

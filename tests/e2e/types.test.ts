/**
 * TypeScript help in the cells, as a reader meets it: the type worker starts only once an editor
 * opens; completions come from the library and from earlier cells; hovering a library function
 * shows its JSDoc; a wrong use of an earlier cell's name is underlined and listed with the
 * editor's line number; a correct cell shows nothing; Korean pages speak Korean.
 */
import { describe, expect, inject, it } from "vitest";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { openPage, sharedBrowser, type PageProblems } from "./browser.ts";

const baseUrl = inject("baseUrl");
const chapter = (lang: string) => new URL(`${lang}/chapters/03-attention-value/`, baseUrl).href;
/** This cell uses `attend`, `yearKeys`, `runtimeValues` and `closeness` from the cell above it. */
const CELL = '[data-cell="soft-temperature"]';

const shared = sharedBrowser();

/** A chapter in a fresh profile: cell edits persist, so every test starts from the course's code. */
async function open(lang: string): Promise<{ page: Page; problems: PageProblems; context: BrowserContext }> {
  const context = await shared.browser.newContext({ viewport: { width: 1100, height: 900 } });
  return { ...(await openPage(context, chapter(lang))), context };
}

/** Names of the page's workers, as they start. */
function watchWorkers(page: Page): string[] {
  const names: string[] = [];
  page.on("worker", (worker) => {
    void worker
      .evaluate(() => self.name)
      .then((name) => names.push(name))
      .catch(() => {});
  });
  return names;
}

/** Open the cell's editor and wait until the types have been checked once. */
async function openEditor(page: Page): Promise<Locator> {
  const cell = page.locator(CELL);
  await cell.locator("pre").click();
  await cell.locator(".cm-editor[data-types-checked]").waitFor({ timeout: 90_000 });
  return cell;
}

async function typeAtEnd(page: Page, cell: Locator, text: string): Promise<void> {
  await cell.locator(".cm-content").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(text);
}

/** The screen point in the middle of the first `word` in the cell's editor. */
async function pointAt(cell: Locator, word: string): Promise<{ x: number; y: number }> {
  return cell.locator(".cm-content").evaluate((content, w) => {
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent!.indexOf(w);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + w.length);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    throw new Error(`no ${w} in the editor`);
  }, word);
}

// The first answer waits for the worker to load TypeScript (seconds on a busy machine).
describe("TypeScript in the cells", { timeout: 120_000 }, () => {
  it("starts the type worker only when an editor opens, and a correct cell shows no error", async () => {
    const { page, problems, context } = await open("en");
    const workers = watchWorkers(page);
    await page.waitForLoadState("networkidle");
    expect(workers).not.toContain("types");
    const cell = await openEditor(page);
    expect(workers).toContain("types");
    expect(await cell.locator(".cm-lintRange-error").count()).toBe(0);
    expect(await cell.locator("[data-type-errors]").count()).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it("completes a library function and shows its JSDoc on hover", async () => {
    const { page, context } = await open("en");
    const cell = await openEditor(page);
    await typeAtEnd(page, cell, "\natt");
    const list = page.locator(".cm-tooltip-autocomplete");
    await expect.poll(() => list.locator("li").allInnerTexts(), { timeout: 20_000 }).toContain("attend");
    await page.keyboard.press("Escape");

    const { x, y } = await pointAt(cell, "attend");
    await page.mouse.move(x, y);
    const hover = page.locator("[data-types-hover]");
    await hover.waitFor({ timeout: 20_000 });
    const text = await hover.innerText();
    expect(text).toContain("attend(query: Vector, keys: ReadonlyArray<Vector>");
    expect(text).toContain("score the query against every key");
    await context.close();
  });

  it("shows the parameters while a call is typed", async () => {
    const { page, context } = await open("en");
    const cell = await openEditor(page);
    await typeAtEnd(page, cell, "\nattend([2017], ");
    const help = page.locator("[data-types-signature]");
    await help.waitFor({ timeout: 20_000 });
    expect(await help.innerText()).toContain("keys: ReadonlyArray<Vector>");
    // The help first opens at "(" on the first parameter; after ", " it moves on to the second.
    await expect
      .poll(() => help.locator(".cm-ts-active").innerText(), { timeout: 20_000 })
      .toBe("keys: ReadonlyArray<Vector>");
    await context.close();
  });

  it("shows in a later cell what an edit to an earlier cell broke, without touching the later cell", async () => {
    const { page, context } = await open("en");
    const later = await openEditor(page);
    const earlier = page.locator('[data-cell="soft-years"]');
    await earlier.locator("pre").click();
    await earlier.locator(".cm-editor[data-types-checked]").waitFor({ timeout: 90_000 });
    await earlier.locator(".cm-content").click();
    await page.keyboard.press("Control+a");
    await page.keyboard.insertText(
      'import { attend } from "attention";\nconst yearKeys = "2019 2018 2012";\nconst runtimeValues = [[181], [149], [143]];\nconst closeness = (q: Float32Array, k: Float32Array) => -Math.abs(q[0] - k[0]);',
    );
    const listed = later.locator("[data-type-errors] li");
    await expect
      .poll(() => listed.first().innerText(), { timeout: 30_000 })
      .toMatch(
        /^line 2: Argument of type 'string' is not assignable to parameter of type 'readonly Vector\[\]'\.$/,
      );
    expect(await earlier.locator("[data-type-errors]").count()).toBe(0);
    await context.close();
  });

  it.each([
    ["en", /^line (\d+): Type 'number\[\]\[\]' is not assignable to type 'number'\.$/],
    ["ko", /^(\d+)번째 줄: 'number\[\]\[\]' 형식은 'number' 형식에 할당할 수 없습니다\.$/],
  ])(
    "%s: underlines a wrong use of an earlier cell's name and lists it with the editor's line",
    async (lang, message) => {
      const { page, context } = await open(lang);
      const cell = await openEditor(page);
      await typeAtEnd(page, cell, "\nconst n: number = yearKeys;");
      // Typing is key by key, so the list may first show an error of a half-typed line: wait for
      // the one the finished line has.
      const listed = cell.locator("[data-type-errors] li");
      await expect
        .poll(() => listed.allInnerTexts(), { timeout: 30_000 })
        .toEqual([expect.stringMatching(message)]);
      const line = message.exec(await listed.innerText());
      const lines = await cell.locator(".cm-line").count();
      expect(Number(line![1])).toBe(lines);
      expect(await cell.locator(".cm-lintRange-error").innerText()).toBe("n");
      await context.close();
    },
  );
});

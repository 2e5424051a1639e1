/**
 * The training widget trains with the reader's edited library: a library edit (written straight
 * into IndexedDB, as the library page would keep it) whose `trainModel` throws makes training
 * fail with that very message, after the widget said it trains with the edited library.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openPage, type PageProblems } from "./browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  ({ page, problems } = await openPage(context, new URL("en/widgets/", baseUrl).href));
});
afterAll(async () => {
  await browser?.close();
});

describe("training with the reader's edited library", () => {
  it("uses the edited trainModel", { timeout: 120_000 }, async () => {
    await page.evaluate(async () => {
      const sources = (await fetch("../../library-sources.json").then((r) => r.json())) as Record<
        string,
        string
      >;
      const original = sources["train.ts"];
      const code =
        original.replace("export async function trainModel(", "async function unusedTrainModel(") +
        '\nexport async function trainModel(): Promise<never> {\n  throw new Error("the reader broke training");\n}\n';
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open("attention-live");
        open.onupgradeneeded = () => open.result.createObjectStore("work");
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const record = {
        kind: "library",
        id: "train.ts",
        original,
        originalHash: "",
        code,
        updatedAt: Date.now(),
        rev: 1,
      };
      await new Promise((ok, fail) => {
        const tx = db.transaction("work", "readwrite");
        tx.objectStore("work").put(record, "library:train.ts");
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    });
    await page.reload();
    await page.locator('[data-library-badge][data-library-state="applied"]').waitFor({ timeout: 60_000 });
    const w = page.locator('[data-widget="train-model"]');
    await w.scrollIntoViewIfNeeded();
    await w.locator("[data-steps]").fill("20");
    const messages: string[] = [];
    await page.exposeFunction("sawMessage", (text: string) => messages.push(text));
    await w
      .locator("[data-message]")
      .evaluate((box) =>
        new MutationObserver(() =>
          (window as unknown as { sawMessage(t: string): void }).sawMessage(box.textContent ?? ""),
        ).observe(box, { childList: true, characterData: true, subtree: true }),
      );
    await w.locator("[data-train]").click();
    await expect
      .poll(() => w.locator("[data-message]").textContent(), { timeout: 60_000 })
      .toContain("the reader broke training");
    expect(messages).toContain("Training with your edited library.");
  });

  it("left no console error on the page", () => {
    expect(problems.consoleErrors).toEqual([]);
  });
});

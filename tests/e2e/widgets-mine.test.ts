/**
 * The reader's trained model "mine" runs in the page's kernel: a model kept in local storage
 * (here a copy of the shipped Luong model, written straight into IndexedDB) is what the heatmap
 * decodes with, and discarding it in the training widget makes the heatmap say so at once.
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

const heatmap = () => page.locator('[data-widget="alignment-heatmap"]');

async function draw(model: string): Promise<void> {
  await heatmap().locator("[data-model]").selectOption(model);
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-widget="alignment-heatmap"]')?.dataset.ready === "true",
    null,
    { timeout: 30_000 },
  );
}

describe('the trained model "mine"', () => {
  it("is read from local storage and decoded with in the kernel", async () => {
    await page.evaluate(async () => {
      const [meta, bin] = await Promise.all([
        fetch("../../models/luong.json").then((r) => r.json()),
        fetch("../../models/luong.bin").then((r) => r.arrayBuffer()),
      ]);
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open("attention-live");
        open.onupgradeneeded = () => open.result.createObjectStore("work");
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const record = { name: "mine", meta, weights: new Uint8Array(bin), savedAt: Date.now() };
      await new Promise((ok, fail) => {
        const tx = db.transaction("work", "readwrite");
        tx.objectStore("work").put(record, "model:mine");
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    });
    await page.reload();
    await heatmap().scrollIntoViewIfNeeded();
    await draw("luong");
    const luong = await heatmap().locator("[data-table]").innerHTML();
    await draw("mine");
    expect(await heatmap().locator("[data-message]").isHidden()).toBe(true);
    expect(await heatmap().locator("[data-plot] svg").count()).toBe(1);
    expect(await heatmap().locator("[data-table]").innerHTML()).toBe(luong);
  });

  it("is forgotten when the reader discards it", async () => {
    const train = page.locator('[data-widget="train-model"]');
    await train.scrollIntoViewIfNeeded();
    await train.locator("[data-discard]").click();
    await expect
      .poll(() => heatmap().locator("[data-message]").textContent(), { timeout: 15_000 })
      .toContain("no trained model yet");
    expect(await heatmap().locator("[data-plot] svg").count()).toBe(0);
  });

  it("left no console error on the page", () => {
    expect(problems.consoleErrors).toEqual([]);
  });
});

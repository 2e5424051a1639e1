/**
 * The reader's trained model "mine" runs in the page's kernel: a model kept in local storage
 * (here a copy of the shipped Luong model, written straight into IndexedDB) is what the heatmap
 * decodes with, and discarding it in the training widget makes the heatmap say so at once.
 */
import { describe, expect, inject, it } from "vitest";
import { sharedPage, writeStored } from "./browser.ts";

const baseUrl = inject("baseUrl");
const widgets = sharedPage(new URL("en/widgets/", baseUrl).href, { viewport: { width: 1000, height: 800 } });

const heatmap = () => widgets.page.locator('[data-widget="alignment-heatmap"]');

async function draw(model: string): Promise<void> {
  await heatmap().locator("[data-model]").selectOption(model);
  await widgets.page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-widget="alignment-heatmap"]')?.dataset.ready === "true",
    null,
    { timeout: 30_000 },
  );
}

describe('the trained model "mine"', () => {
  it("is read from local storage and decoded with in the kernel", async () => {
    const { page } = widgets;
    const [meta, bin] = await Promise.all([
      fetch(new URL("models/luong.json", baseUrl)).then((r) => r.json()),
      fetch(new URL("models/luong.bin", baseUrl)).then((r) => r.arrayBuffer()),
    ]);
    const record = { name: "mine", meta, weights: new Uint8Array(bin), savedAt: Date.now() };
    await writeStored(page, "model:mine", record);
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
    const train = widgets.page.locator('[data-widget="train-model"]');
    await train.scrollIntoViewIfNeeded();
    await train.locator("[data-discard]").click();
    await expect
      .poll(() => heatmap().locator("[data-message]").textContent(), { timeout: 15_000 })
      .toContain("no trained model yet");
    expect(await heatmap().locator("[data-plot] svg").count()).toBe(0);
  });

  it("left no console error on the page", () => {
    expect(widgets.problems.consoleErrors).toEqual([]);
  });
});

/**
 * The training widget trains with the reader's edited library: a library edit (written straight
 * into IndexedDB, as the library page would keep it) whose `trainModel` throws makes training
 * fail with that very message, after the widget said it trains with the edited library.
 */
import { describe, expect, inject, it } from "vitest";
import { sharedPage, writeStored } from "./browser.ts";

const baseUrl = inject("baseUrl");
const widgets = sharedPage(new URL("en/widgets/", baseUrl).href, { viewport: { width: 1000, height: 800 } });

describe("training with the reader's edited library", () => {
  it("uses the edited trainModel", { timeout: 120_000 }, async () => {
    const { page } = widgets;
    const sources = (await fetch(new URL("library-sources.json", baseUrl)).then((r) => r.json())) as Record<
      string,
      string
    >;
    const original = sources["train.ts"];
    const code =
      original.replace("export async function trainModel(", "async function unusedTrainModel(") +
      '\nexport async function trainModel(): Promise<never> {\n  throw new Error("the reader broke training");\n}\n';
    const record = {
      kind: "library",
      id: "train.ts",
      original,
      originalHash: "",
      code,
      updatedAt: Date.now(),
      rev: 1,
    };
    await writeStored(page, "library:train.ts", record);
    await page.reload();
    await page.locator('[data-library-badge][data-library-state="applied"]').waitFor({ timeout: 60_000 });
    const w = page.locator('[data-widget="train-model"]');
    await w.scrollIntoViewIfNeeded();
    await w.locator("[data-steps]").fill("20");
    // Every text the message box shows, in order, kept in the page (so a retry starts clean).
    await w.locator("[data-message]").evaluate((box) => {
      const seen: string[] = [];
      (window as unknown as { seenMessages: string[] }).seenMessages = seen;
      new MutationObserver(() => seen.push(box.textContent ?? "")).observe(box, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await w.locator("[data-train]").click();
    await expect
      .poll(() => w.locator("[data-message]").textContent(), { timeout: 60_000 })
      .toContain("the reader broke training");
    const messages = await page.evaluate(
      () => (window as unknown as { seenMessages: string[] }).seenMessages,
    );
    expect(messages).toContain("Training with your edited library.");
  });

  it("left no console error on the page", () => {
    expect(widgets.problems.consoleErrors).toEqual([]);
  });
});

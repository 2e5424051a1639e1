/**
 * TypeScript help on the library page, and what a library edit does to the chapters: a changed
 * signature is flagged in the library file itself and, once applied, in the cells of the chapter
 * the reader opens next.
 */
import { describe, expect, inject, it } from "vitest";
import { openPage, sharedBrowser } from "./browser.ts";
import { libraryFile as file, replaceIn } from "./library-page.ts";

const baseUrl = inject("baseUrl");
const shared = sharedBrowser();

describe("TypeScript and the edited library", { timeout: 180_000 }, () => {
  it("flags a changed signature in the library file and, once applied, in a chapter's cell", async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const { page: lib } = await openPage(context, new URL("en/library/", baseUrl).href);
    const original = (await file(lib, "attention.ts").getAttribute("data-original"))!;
    const lines = original.split("\n");
    const signature = lines.findIndex((line) => line.startsWith("): AttendResult {"));
    const returned =
      lines.findIndex((line, i) => i > signature && line.includes("return { scores, weights, value };")) + 1;
    expect(signature).toBeGreaterThan(0);

    // The reader says attend returns a number: its return statement no longer fits.
    await replaceIn(lib, "attention.ts", "): AttendResult {", "): number {");
    const inLibrary = file(lib, "attention.ts").locator("[data-type-errors] li");
    await inLibrary.first().waitFor({ timeout: 90_000 });
    expect(await inLibrary.allInnerTexts()).toEqual([
      expect.stringMatching(
        new RegExp(`^line ${returned}: Type '\\{ scores: .*' is not assignable to type 'number'\\.$`),
      ),
    ]);

    await file(lib, "attention.ts").locator('[data-action="apply"]').click();
    await lib.waitForSelector('[data-library-file="attention.ts"] [data-lib-status]:not(:empty)');

    const { page: chapter } = await openPage(
      context,
      new URL("en/chapters/03-attention-value/", baseUrl).href,
    );
    await chapter.waitForSelector('[data-library-badge][data-library-state="applied"]', {
      state: "attached",
    });
    const cell = chapter.locator('[data-cell="soft-temperature"]');
    const code = (await cell.locator("pre").innerText()).split("\n");
    const lineOf = (text: string) => code.findIndex((line) => line.includes(text)) + 1;
    const destructured = lineOf("const { weights, value } = attend(");
    const mapped = lineOf("(w) =>");
    expect(destructured).toBeGreaterThan(0);
    expect(mapped).toBeGreaterThan(destructured);
    await cell.locator("pre").click();
    const listed = cell.locator("[data-type-errors] li");
    await expect
      .poll(() => listed.allInnerTexts(), { timeout: 90_000 })
      .toEqual([
        `line ${destructured}: Property 'weights' does not exist on type 'Number'.`,
        `line ${destructured}: Property 'value' does not exist on type 'Number'.`,
        `line ${mapped}: 'w' is of type 'unknown'.`,
      ]);
    await context.close();
  });
});

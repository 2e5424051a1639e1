/** What the browser tests do on the library page (/ko/library/, /en/library/), as a reader does it. */
import type { Locator, Page } from "playwright-core";

/** One library file's box on the library page: its editor, buttons and messages. */
export const libraryFile = (page: Page, path: string): Locator =>
  page.locator(`[data-library-file="${path}"]`);

/** Find and replace in a library file's editor the way a reader does (CodeMirror's search panel). */
export async function replaceIn(page: Page, path: string, find: string, replace: string): Promise<void> {
  await libraryFile(page, path).locator("[data-cell-editor] pre").click();
  const content = libraryFile(page, path).locator(".cm-content");
  await content.waitFor();
  await content.click();
  await page.keyboard.press("ControlOrMeta+F");
  const panel = libraryFile(page, path).locator(".cm-search");
  await panel.locator("input[name=search]").fill(find);
  await panel.locator("input[name=replace]").fill(replace);
  await panel.locator("button[name=replaceAll]").click();
}

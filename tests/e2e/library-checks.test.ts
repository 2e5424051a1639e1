/**
 * Apply on the library page always answers, in the reader's language: an edited library that
 * loops or throws while it loads says where and why within the cells' time limit, and the previous
 * version stays in use.
 */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage, patientContext, sharedBrowser } from "./browser.ts";
import { libraryFile as file, replaceIn } from "./library-page.ts";

const baseUrl = inject("baseUrl");
const SLOW = 180_000;
const shared = sharedBrowser();
const newContext = () => patientContext(shared.browser);

/** Press Apply and wait for the answer (anything but "Checking…"); also how long it took. */
async function apply(page: Page, path: string): Promise<{ text: string; ms: number }> {
  const t0 = Date.now();
  await file(page, path).locator('[data-action="apply"]').click();
  await page.waitForFunction(
    (p) => {
      const text = document.querySelector(`[data-library-file="${p}"] [data-lib-message]`)?.textContent ?? "";
      return text !== "" && !text.includes("…");
    },
    path,
    { timeout: 60_000 },
  );
  const ms = Date.now() - t0;
  return { text: await file(page, path).locator("[data-lib-message]").innerText(), ms };
}

/** The line of `attention.ts` (as the course ships it) that contains `text`, counted from 1. */
async function lineOf(page: Page, text: string): Promise<number> {
  const original = (await file(page, "attention.ts").getAttribute("data-original")) ?? "";
  return original.split("\n").findIndex((l) => l.includes(text)) + 1;
}

describe("Apply always answers", { timeout: SLOW }, () => {
  it("ko: a loop at load time is stopped after the cells' time limit and named by file; the previous version stays", async () => {
    const context = await newContext();
    const { page } = await openPage(context, new URL("ko/library/", baseUrl).href);
    await replaceIn(page, "attention.ts", "// Attention as a soft dictionary lookup.", "while (true) {}");
    const { text, ms } = await apply(page, "attention.ts");
    expect(text).toContain("적용하지 못해 이전 버전을 계속 씁니다.");
    expect(text).toContain("attention.ts 파일을 불러오는 데 3초가 넘게 걸려 멈췄습니다");
    expect(text).not.toMatch(/stopped|after/i);
    // The time limit plus the kernel's start, on a shared machine: far below the old 30 s.
    expect(ms).toBeLessThan(15_000);
    expect(await file(page, "attention.ts").locator("[data-lib-status]").innerText()).toBe("적용 전");

    // The kernel is usable again: restoring the original answers at once.
    await file(page, "attention.ts").locator('[data-action="restore"]').click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-library-file="attention.ts"] [data-lib-message]')?.textContent ===
        "원본으로 되돌렸습니다.",
    );
    await context.close();
  });

  it("en: an error thrown at load time says so, with its file and line and the error's own message", async () => {
    const context = await newContext();
    const { page } = await openPage(context, new URL("en/library/", baseUrl).href);
    const line = await lineOf(page, "export function softmax(");
    expect(line).toBeGreaterThan(1);
    await replaceIn(
      page,
      "attention.ts",
      "export function softmax(",
      'throw new RangeError("planted at load"); export function softmax(',
    );
    const { text } = await apply(page, "attention.ts");
    expect(text).toContain("Not applied; the previous version stays in use.");
    expect(text).toContain(`attention.ts:${line}:`);
    expect(text).toContain("an error was thrown while the library loaded: planted at load");
    expect(await file(page, "attention.ts").locator("[data-lib-status]").innerText()).toBe("not applied");
    await context.close();
  });
});

/**
 * Mastery per chapter goal, as a reader sees it: answering chapter 00's quizzes (one right first
 * time, one wrong then right, one left alone) moves their goals on the progress page, and the
 * levels are still there after a reload; a review answer from a later day (brought in by an
 * imported file of the older format version 2) makes a goal mastered; checking an exercise that
 * fails is a try. The page names each level in both languages, passes axe
 * and does not scroll sideways at 320 px.
 */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations, openPage, readStored, sharedBrowser } from "./browser.ts";

const baseUrl = inject("baseUrl");
const at = (path: string) => new URL(path, baseUrl).href;
const shared = sharedBrowser();
const DAY = 86_400_000;

async function answer(page: Page, quiz: string, option: number, result: "passed" | "failed") {
  await page.locator(`[data-quiz="${quiz}"] input[value="${option}"]`).check();
  await page.waitForFunction(
    ([id, r]) => document.querySelector(`[data-quiz="${id}"]`)?.getAttribute("data-result") === r,
    [quiz, result] as const,
  );
}

/** Each goal of chapter 00 as the progress page shows it: level, its word, and the count. */
async function intro(page: Page) {
  await page.waitForSelector("[data-mastery][data-ready]");
  return page.evaluate(() =>
    [1, 2, 3].map((n) => {
      const li = document.querySelector<HTMLElement>(`[data-goal="00-intro/${n}"]`)!;
      return [
        li.dataset.level,
        li.querySelector("[data-level-text]")!.textContent,
        li.querySelector("[data-count-text]")!.textContent,
      ];
    }),
  );
}

describe("mastery per chapter goal", () => {
  it("answering a chapter's quizzes moves its goals' levels, which survive a reload; a later-day review masters one", async () => {
    const context = await shared.browser.newContext({ bypassCSP: true });
    context.setDefaultTimeout(60_000);
    const { page, problems } = await openPage(context, at("/en/progress/"));
    // A new reader: every goal not started, the rules stated.
    expect(await intro(page)).toEqual([
      ["not-started", "Not started", "0/1 right"],
      ["not-started", "Not started", "0/1 right"],
      ["not-started", "Not started", "0/1 right"],
    ]);
    expect(await page.locator(".rules").innerText()).toContain(
      "A quiz counts only if your first try was right",
    );
    expect(await page.locator('[data-mastery] a[href$="/en/review/"]').innerText()).toBe(
      "Go to the review page",
    );

    await page.goto(at("/en/chapters/00-intro/"));
    await answer(page, "intro-problem", 0, "passed");
    await answer(page, "intro-year-place", 1, "failed");
    await answer(page, "intro-year-place", 0, "passed");
    await expect
      .poll(async () => Object.keys(((await readStored(page, "progress")) as { quiz: object })?.quiz ?? {}))
      .toEqual(["intro-problem", "intro-year-place"]);

    await page.goto(at("/en/progress/"));
    const expected = [
      ["proficient", "Proficient", "1/1 right"],
      ["practised", "Practised", "0/1 right"],
      ["not-started", "Not started", "0/1 right"],
    ];
    expect(await intro(page)).toEqual(expected);
    await page.reload();
    expect(await intro(page)).toEqual(expected);

    // A review on the next day got the first quiz right again (the file carries its review card).
    const stored = (await readStored(page, "progress")) as { quiz: Record<string, { at: number }> };
    const next = stored.quiz["intro-problem"]!.at + DAY;
    const file = {
      format: "attention-live/my-work",
      version: 2,
      exportedAt: new Date(next).toISOString(),
      edits: [],
      models: [],
      progress: {
        passed: {},
        quiz: {},
        read: {},
        review: {
          "quiz:intro-problem": {
            box: 2,
            due: next + 7 * DAY,
            last: next,
            right: 1,
            wrong: 0,
            firstRightAt: next,
          },
        },
      },
    };
    await page.setInputFiles("[data-import-file]", {
      name: "work.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.click('[data-action="import-confirm"]');
    await page.waitForFunction(
      () => document.querySelector('[data-goal="00-intro/1"]')?.getAttribute("data-level") === "mastered",
    );
    await page.reload();
    expect((await intro(page))[0]).toEqual(["mastered", "Mastered", "1/1 right"]);
    expect(await axeViolations(page)).toEqual([]);

    // Checking an exercise's starter code (it fails) is a try: chapter 01's third goal is practised.
    await page.goto(at("/en/chapters/01-dictionary/"));
    const exercise = page.locator('[data-exercise="dictionary-lookup"]');
    await exercise.locator("[data-action=check]").click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-exercise="dictionary-lookup"]')?.getAttribute("data-result") ===
        "failed",
    );
    await page.goto(at("/en/progress/"));
    await page.waitForSelector("[data-mastery][data-ready]");
    await page.waitForFunction(
      () =>
        document.querySelector('[data-goal="01-dictionary/3"]')?.getAttribute("data-level") === "practised",
    );
    expect(await page.locator('[data-goal="01-dictionary/2"]').getAttribute("data-level")).toBe(
      "not-started",
    );

    // The Korean page: the same levels in Korean, and no sideways scroll on a 320 px phone.
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(at("/ko/progress/"));
    expect(await intro(page)).toEqual([
      ["mastered", "숙달", "맞힌 문제 1/1"],
      ["practised", "연습 중", "맞힌 문제 0/1"],
      ["not-started", "시작 전", "맞힌 문제 0/1"],
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

/**
 * A review session in the browser, under a clock the test sets: nothing is due the day a chapter
 * is read; the next day the home page and the review page count the due questions, the session
 * mixes chapters, a right and a wrong answer are checked and explained, the schedule is kept
 * (reload: two fewer due), the wrong one comes back the next day and the right one three days
 * on. Keyboard alone answers a question; axe finds nothing with a question open or answered, in
 * light and dark.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { axeViolations, launchBrowser, openPage, readStored, writeStored } from "./browser.ts";
import { quizList } from "../../content/exercises/index.ts";
import { predictionList } from "../../content/predictions/index.ts";

const baseUrl = inject("baseUrl");
const at = (path: string) => new URL(path.slice(1), baseUrl).href;
/** Local time on 2026-03-{day} at hh:00. */
const day = (d: number, hh = 9) => new Date(2026, 2, d, hh).getTime();

const READ = ["01-dictionary", "03-attention-value", "06-query"];
// Worked out here, not by the page: each chapter's quizzes and predictions, and the generated
// questions the course puts in it (softmax weights, key wins, attention value in 03; query in 06).
const GENERATED: Record<string, number> = { "03-attention-value": 3, "06-query": 1 };
const expectedDue = READ.reduce(
  (n, ch) =>
    n +
    quizList.filter((q) => q.chapter === ch).length +
    predictionList.filter((p) => p.chapter === ch).length +
    (GENERATED[ch] ?? 0),
  0,
);

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ bypassCSP: true });
  context.setDefaultTimeout(60_000);
});
afterAll(async () => {
  await browser?.close();
});

const status = (page: Page) => page.locator("[data-review-status]");
const from = (page: Page) => page.locator("[data-from]").innerText();

/** Answers the open question (a quiz or prediction: the test reads which option is right from the page's bank). */
async function chooseBankOption(page: Page, right: boolean): Promise<string> {
  const id = await page.locator("[data-review]").getAttribute("data-item");
  expect(id, "a quiz or prediction first").toMatch(/^(quiz|predict):/);
  const flags = await page
    .locator(`[data-review-bank] [data-item="${id}"] [data-opt]`)
    .evaluateAll((opts) => opts.map((o) => (o as HTMLElement).dataset.correct === "true"));
  const index = flags.findIndex((c) => c === right);
  await page.locator(`[data-answer-area] input[value="${index}"]`).check();
  return id!;
}

describe("a review session", () => {
  it("counts, asks, checks, explains, keeps the schedule and brings questions back on the right day", async () => {
    await context.clock.setFixedTime(day(10));
    const { page, problems } = await openPage(context, at("/en/"));
    await writeStored(page, "progress", {
      passed: {},
      quiz: {},
      read: Object.fromEntries(READ.map((ch) => [ch, day(10)])),
    });

    // Read today: nothing due yet, and the page says when.
    await page.goto(at("/en/review/"));
    await expect.poll(() => status(page).innerText()).toContain("Nothing is due today");
    expect(await status(page).innerText()).toContain("Wednesday 11 March");

    // The next day: the home page and the review page count the same questions.
    await context.clock.setFixedTime(day(11));
    await page.goto(at("/en/"));
    const due = page.locator("[data-review-due]");
    await expect.poll(() => due.getAttribute("data-count")).toBe(String(expectedDue));
    expect(await due.innerText()).toContain(`${expectedDue} review questions are due.`);
    await page.goto(at("/en/review/"));
    await expect.poll(() => status(page).innerText()).toBe(`${expectedDue} due today; this session asks 8.`);
    expect(await axeViolations(page)).toEqual([]);

    // The session mixes the three chapters.
    expect(await from(page)).toMatch(/^Question 1 of 8 · Chapter 01 · /);

    // A right answer, by keyboard alone: Space and arrow keys choose, Tab reaches Check, Enter answers.
    const idRight = await page.locator("[data-review]").getAttribute("data-item");
    const rightIndex = await page
      .locator(`[data-review-bank] [data-item="${idRight}"] [data-opt]`)
      .evaluateAll((opts) => opts.findIndex((o) => (o as HTMLElement).dataset.correct === "true"));
    await page.locator("[data-answer-area] input").first().focus();
    await page.keyboard.press("Space");
    for (let k = 0; k < rightIndex; k++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("[data-review]").getAttribute("data-last")).toBe("right");
    const feedback = page.locator("[data-feedback]");
    expect(await feedback.getAttribute("aria-live")).toBe("polite");
    expect(await feedback.innerText()).toContain("Right.");
    expect(await feedback.innerText()).toContain("Why:");
    expect(await feedback.innerText()).toContain("comes back on Saturday 14 March");
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-next"))).toBe(true);
    expect(await axeViolations(page, false)).toEqual([]);
    await page.keyboard.press("Enter");

    // The second is from another chapter, a generated one (softmax weights), answered wrongly on
    // purpose with a typical slip: exp of the score over τ, not divided by the sum.
    expect(await from(page)).toMatch(/^Question 2 of 8 · Chapter 03 · /);
    const idWrong = (await page.locator("[data-review]").getAttribute("data-item"))!;
    expect(idWrong).toBe("gen:softmax-weights");
    const [, scores, tau, key] =
      /scores are \(([-\d, ]+)\) and the temperature is τ = ([\d.]+)\. What is the softmax weight of key (\d)/.exec(
        await page.locator("[data-prompt]").innerText(),
      )!;
    const slip = Math.exp(Number(scores!.split(", ")[Number(key) - 1]) / Number(tau)).toFixed(2);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-number-answer"))).toBe(true);
    await page.keyboard.type(slip);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("[data-review]").getAttribute("data-last")).toBe("wrong");
    const said = await feedback.innerText();
    expect(said).toMatch(/^Not this time\. The answer: 0\.\d\d/);
    expect(said).toContain("A common slip: the exp was not divided by the sum");
    expect(said).toMatch(/Why: Divide the scores by τ and take exp/);
    expect(said).toContain("comes back on Thursday 12 March");
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(page, false)).toEqual([]);
    await page.emulateMedia({ colorScheme: "light" });
    await page.locator("[data-next]").click();
    expect(await from(page)).toMatch(/^Question 3 of 8 · Chapter 06 · /);

    // Kept with the reader's progress: a right answer is due in 3 days, a wrong one tomorrow.
    const review = (
      (await readStored(page, "progress")) as { review: Record<string, { due: number; box: number }> }
    ).review;
    expect(review[idRight!]).toMatchObject({ box: 1, due: day(14, 0) });
    expect(review[idWrong]).toMatchObject({ box: 0, due: day(12, 0) });

    // Reload: two fewer due, here and on the home page and a chapter's end.
    await page.reload();
    await expect
      .poll(() => status(page).innerText())
      .toBe(`${expectedDue - 2} due today; this session asks 8.`);
    await page.goto(at("/en/chapters/02-querying/"));
    await expect
      .poll(() => page.locator("[data-review-due]").getAttribute("data-count"))
      .toBe(String(expectedDue - 2));

    // Tomorrow the wrong one is back; three days on, the right one too.
    await context.clock.setFixedTime(day(12));
    await page.goto(at("/en/review/"));
    await expect
      .poll(() => status(page).innerText())
      .toBe(`${expectedDue - 1} due today; this session asks 8.`);
    await context.clock.setFixedTime(day(13, 23)); // still the 13th: not yet
    await page.reload();
    await expect
      .poll(() => status(page).innerText())
      .toBe(`${expectedDue - 1} due today; this session asks 8.`);
    await context.clock.setFixedTime(day(14, 0));
    await page.reload();
    await expect.poll(() => status(page).innerText()).toBe(`${expectedDue} due today; this session asks 8.`);
    expect(problems.consoleErrors).toEqual([]);
  });

  it("in Korean: the same session, in natural Korean, and a number that is not a number loses nothing", async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    ctx.setDefaultTimeout(60_000);
    await ctx.clock.setFixedTime(day(10));
    const { page } = await openPage(ctx, at("/ko/"));
    await writeStored(page, "progress", {
      passed: {},
      quiz: {},
      read: { "08-concatenation": day(1) },
    });
    await page.goto(at("/ko/review/"));
    await expect
      .poll(() => status(page).innerText())
      .toMatch(/^오늘 복습할 문제가 \d+개이고, 이번에 그중 \d+개를 풉니다\.$/);
    expect(await from(page)).toMatch(/^\d+문제 중 1번째 · 08장 · /);
    // Chapter 08's generated question (the decoder's input size) comes first.
    expect(await page.locator("[data-review]").getAttribute("data-item")).toBe("gen:decoder-input-size");
    const prompt = await page.locator("[data-prompt]").innerText();
    const [, D, H] = /D = (\d+)차원, 은닉 상태가 H = (\d+)차원/.exec(prompt)!;
    const input = page.getByLabel("내 답");
    await input.fill("열두");
    await page.locator("[data-check]").click();
    expect(await page.locator("[data-review-note]").innerText()).toContain("아무것도 기록하지 않았습니다");
    expect(await page.locator("[data-feedback]").innerText()).toBe("");
    await input.fill(String(Number(D) + Number(H)));
    await input.press("Enter");
    await expect.poll(() => page.locator("[data-feedback]").innerText()).toContain("정답입니다.");
    expect(await page.locator("[data-feedback]").innerText()).toContain(
      `${D} + ${H} = ${Number(D) + Number(H)}차원`,
    );
    expect(await page.locator("[data-feedback]").innerText()).toContain("3월 13일 금요일에 다시 나옵니다");
    await page.locator("[data-next]").click();

    // A quiz answered wrongly: the chosen option is marked ✗, the right one ✓, and both are explained.
    await chooseBankOption(page, false);
    await page.locator("[data-check]").click();
    await expect.poll(() => page.locator("[data-review]").getAttribute("data-last")).toBe("wrong");
    const said = await page.locator("[data-feedback]").innerText();
    expect(said).toMatch(/^오답입니다\. 정답: /);
    expect(said).toContain("고른 답:");
    expect(said).toContain("풀이:");
    expect(said).toContain("3월 11일 수요일에 다시 나옵니다");
    expect(await page.locator('[data-answer-area] [data-mark="wrong"] input').isChecked()).toBe(true);
    expect(await page.locator('[data-answer-area] [data-mark="right"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await ctx.close();
  });
});

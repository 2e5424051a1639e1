/**
 * Predictions in the browser: the reveal stays hidden until the reader commits or asks to see it;
 * the reveal says what they predicted and why, through a live region; the choice is kept and shown
 * again on the next visit; keyboard alone works; axe finds nothing with a prediction open or
 * revealed; without JavaScript the question, its answer and the reveal are all readable.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { axeViolations, launchBrowser, openPage, readStored } from "./browser.ts";

const baseUrl = inject("baseUrl");
const at = (path: string) => new URL(path.slice(1), baseUrl).href;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const prediction = (page: Page, id: string): Locator => page.locator(`[data-predict="${id}"]`);

/** The prediction's client has loaded (it loads when the prediction comes near the screen). */
async function ready(p: Locator): Promise<void> {
  await p.scrollIntoViewIfNeeded();
  await expect.poll(() => p.locator("[data-answer]").isHidden(), { timeout: 30_000 }).toBe(true);
}

describe("a prediction before the prose that tells (07, the month's attention row)", () => {
  it("hides that paragraph until the reader commits, then says what they predicted and shows it; kept on return", async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const { page, problems } = await openPage(context, at("/en/chapters/07-attention-value-ai/"));
    const p = prediction(page, "predict-month-row");
    await ready(p);
    const reveal = p.locator("[data-reveal]");
    expect(await reveal.isVisible()).toBe(false);
    expect(await p.locator("[data-veil]").isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Committing without a choice asks for one and reveals nothing.
    await p.locator("[data-commit]").click();
    await expect.poll(() => p.locator("[data-note]").innerText()).toContain("Choose an option first");
    expect(await p.getAttribute("data-state")).toBe("open");

    // A wrong guess on purpose: the input's digits.
    await p.getByLabel("The input's digits").check();
    await p.locator("[data-commit]").click();
    await expect.poll(() => p.getAttribute("data-state")).toBe("revealed");
    expect(await p.getAttribute("data-result")).toBe("wrong");
    const said = p.locator("[data-said]");
    expect(await said.getAttribute("aria-live")).toBe("polite");
    const text = await said.innerText();
    expect(text).toContain("You predicted “The input's digits 11”.");
    expect(text).toContain("What happens:");
    expect(text).toContain("Your guess:"); // the reason the chosen option misses …
    expect(text).toContain("The answer, “월, the character after them”:"); // … then the right one's
    expect(await reveal.isVisible()).toBe(true);
    expect(await reveal.innerText()).toContain("11월");
    expect(await p.locator("input[type=radio]").first().isDisabled()).toBe(true);
    await page.waitForLoadState("networkidle");
    expect(await axeViolations(page, false)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(page, false)).toEqual([]);

    // Kept with the reader's progress, and shown again on the next visit.
    await expect
      .poll(
        async () =>
          ((await readStored(page, "progress")) as { predict?: Record<string, { choice: string }> })?.predict,
      )
      .toMatchObject({ "predict-month-row": { choice: "0" } });
    await page.reload();
    const again = prediction(page, "predict-month-row");
    await again.scrollIntoViewIfNeeded();
    await expect.poll(() => again.getAttribute("data-state"), { timeout: 30_000 }).toBe("revealed");
    expect(await again.getAttribute("data-result")).toBe("wrong");
    expect(await again.locator("input[value='0']").isChecked()).toBe(true);
    expect(await again.locator("[data-reveal]").isVisible()).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  }, 180_000); // axe three times and a reload: slow on a shared, loaded machine
});

describe("a prediction around a cell (01, a key that is not there), in Korean, by keyboard", () => {
  it("keeps the code visible and the output hidden; Just show me reveals it, announced", async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const { page } = await openPage(context, at("/ko/chapters/01-dictionary/"));
    const p = prediction(page, "predict-dictionary-missing");
    await ready(p);
    const cell = p.locator('[data-cell="dictionary-missing"]');
    expect(await cell.locator(".cell-code").isVisible()).toBe(true);
    expect(await cell.locator("[data-cell-output]").isVisible()).toBe(false);
    // The sentence that would give the answer away is hidden too.
    expect(await p.locator("[data-reveal] > p").first().isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: into the options, arrow to the second, Tab to the buttons, Just show me.
    await p.locator("input[type=radio]").first().focus();
    await page.keyboard.press("ArrowDown");
    expect(await p.locator("input[value='1']").isChecked()).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-skip"))).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => p.getAttribute("data-result")).toBe("skipped");
    const text = await p.locator("[data-said]").innerText();
    expect(text).toContain("예측하지 않고 보았습니다.");
    expect(text).toContain("정답: “undefined: 찾은 것이 없다”.");
    expect(await cell.locator("[data-cell-output]").innerText()).toContain("undefined");
    expect(await axeViolations(page, false)).toEqual([]);
    await context.close();
  });

  it("a right prediction says so", async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, at("/en/chapters/08-concatenation/"));
    const p = prediction(page, "predict-decoder-input");
    await ready(p);
    await p.getByLabel("72 = 24 + 48").check();
    await p.locator("[data-commit]").click();
    await expect.poll(() => p.getAttribute("data-result")).toBe("right");
    expect(await p.locator("[data-said]").innerText()).toContain("That is what happens.");
    expect(await p.locator('[data-cell="cat-sizes"] [data-cell-output]').innerText()).toContain("72");
    await context.close();
  });
});

describe("an option with math (06, the first query)", () => {
  it("the verdict quotes the chosen and the right option with their math drawn, not spelled out in TeX", async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, at("/en/chapters/06-query/"));
    const p = prediction(page, "predict-first-query");
    await ready(p);
    await p
      .locator("[data-option]")
      .filter({ hasText: "the decoder state of step 1" })
      .locator("input")
      .check();
    await p.locator("[data-commit]").click();
    await expect.poll(() => p.getAttribute("data-result")).toBe("wrong");
    const verdict = p.locator("[data-said] .verdict");
    // As a reader sees it: the drawn formula only (KaTeX's MathML and TeX are for screen readers).
    const seen = await verdict.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".katex-mathml").forEach((m) => m.remove());
      return (copy.textContent ?? "").replace(/\u200b/g, ""); // KaTeX's zero-width struts
    });
    expect(seen).toBe("You predicted “s1, the decoder state of step 1”. Here is what happens instead.");
    expect(await verdict.locator(".katex").count()).toBe(1);
    const answer = await p
      .locator("[data-said] strong")
      .last()
      .evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll(".katex-mathml").forEach((m) => m.remove());
        return (copy.textContent ?? "").replace(/\u200b/g, "");
      });
    expect(answer).toBe("The answer, “s0=hT, the encoder's last state”:");
    await context.close();
  });
});

describe("without JavaScript", () => {
  it("the question, its answer (in a details) and the reveal are all readable", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(at("/en/chapters/08-concatenation/"));
    const p = prediction(page, "predict-no-attention-long");
    expect(await p.locator("legend").innerText()).toContain("On the longest dates");
    const answer = p.locator("[data-answer]");
    await answer.locator("summary").click();
    expect(await answer.innerText()).toContain("About as many as on short dates, roughly 98%");
    expect(await p.locator("[data-reveal] .table-scroll > table").isVisible()).toBe(true);
    expect(await p.locator("[data-commit]").isVisible()).toBe(false);
    expect(await p.locator("[data-veil]").isVisible()).toBe(false);
    const cell = prediction(page, "predict-decoder-input").locator("[data-cell-output]");
    expect(await cell.isVisible()).toBe(true);
    await context.close();
  });
});

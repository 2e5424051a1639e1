import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage, readStored, sharedContext } from "./browser.ts";
import { exercises } from "../../content/exercises/index.ts";
import { wrongCode } from "../../content/exercises/types.ts";

const baseUrl = inject("baseUrl");
const at = (path: string) => new URL(path.slice(1), baseUrl).href;

const shared = sharedContext();

async function check(page: Page, id: string): Promise<string> {
  const exercise = page.locator(`[data-exercise="${id}"]`);
  await exercise.locator("[data-action=check]").click();
  // Busy while the exercise's code loads (the click is replayed then), checking while it runs.
  await page.waitForFunction(
    (sel) => {
      const root = document.querySelector(sel);
      return !root?.hasAttribute("aria-busy") && !root?.hasAttribute("data-checking");
    },
    `[data-exercise="${id}"]`,
    {
      timeout: 20_000,
    },
  );
  return (await exercise.getAttribute("data-result")) ?? "";
}

describe("exercises in a chapter", () => {
  it("fail on the starter code with a message, pass with the worked solution, and count in the table of contents", async () => {
    const { page, problems } = await openPage(shared.context, at("/en/chapters/02-querying/"));
    const id = "querying-compare";
    const exercise = page.locator(`[data-exercise="${id}"]`);
    expect(await exercise.getAttribute("data-result")).toBe("unanswered");

    expect(await check(page, id)).toBe("failed");
    const failing = exercise.locator('[data-check][data-state="fail"]');
    expect(await failing.count()).toBeGreaterThan(0);
    expect(await failing.first().locator(".message").isVisible()).toBe(true);

    // The solution is not in the page until the reader asks for it.
    expect(await exercise.locator(".solution").count()).toBe(0);
    await exercise.locator("[data-action=solution]").click();
    await exercise.locator("[data-action=use-solution]").click();
    expect(await check(page, id)).toBe("passed");
    expect(await exercise.locator('[data-check][data-state="pass"]').count()).toBe(
      exercises[id].checks.length,
    );
    await page.close();

    const toc = (await openPage(shared.context, at("/en/"))).page;
    const mark = toc.locator('[data-chapter="02-querying"] [data-progress-chapter]');
    await toc.waitForFunction(() =>
      (
        document.querySelector('[data-chapter="02-querying"] [data-progress-chapter]')?.textContent ?? ""
      ).includes("1/2"),
    );
    expect(await mark.textContent()).toContain("1/2");
    // The contents leave a chapter not started blank; the progress page's column says so.
    expect(await toc.locator('[data-chapter="01-dictionary"] [data-progress-chapter]').textContent()).toBe(
      "",
    );
    await toc.close();
    const progressPage = (await openPage(shared.context, at("/en/progress/"))).page;
    const markOf = (slug: string) => progressPage.locator(`[data-progress-chapter="${slug}"]`);
    await expect.poll(() => markOf("02-querying").textContent()).toContain("1/2");
    expect(await markOf("01-dictionary").textContent()).toBe("Not started");
    await progressPage.close();
    expect(problems.consoleErrors).toEqual([]);
  });

  it("a reader's own correct answer passes too, and is still there after a reload", async () => {
    const { page } = await openPage(shared.context, at("/ko/chapters/03-attention-value/"));
    const id = "soft-softmax";
    const own = `function mySoftmax(scores: number[], temperature = 1): number[] {
  const top = Math.max(...scores);
  if (temperature === 0) return scores.map((s, j) => (j === scores.indexOf(top) ? 1 : 0));
  const e = scores.map((s) => Math.exp((s - top) / temperature));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / total);
}`;
    await page.locator(`[data-exercise="${id}"] [data-exercise-editor]`).fill(own);
    expect(await check(page, id)).toBe("passed");
    // The edit is saved shortly after typing stops; reload once it is.
    await expect
      .poll(
        async () => ((await readStored(page, `cell:exercise-${id}`)) as { code?: string } | undefined)?.code,
      )
      .toBe(own);
    await page.reload();
    const editor = page.locator(`[data-exercise="${id}"] [data-exercise-editor]`);
    await editor.scrollIntoViewIfNeeded(); // exercises come to life as the reader reaches them
    await page.waitForFunction(
      (sel) => (document.querySelector(sel) as HTMLTextAreaElement | null)?.value.includes("const top"),
      `[data-exercise="${id}"] [data-exercise-editor]`,
    );
    expect(await editor.inputValue()).toBe(own);
    expect(await page.locator(`[data-exercise="${id}"]`).getAttribute("data-result")).toBe("passed");
    await page.close();
  });
});

/** Puts `code` into the exercise as if typed into its plain box (the editor follows the box). */
async function enter(page: Page, id: string, code: string): Promise<void> {
  await page.locator(`[data-exercise="${id}"] [data-exercise-editor]`).evaluate((box, text) => {
    const area = box as HTMLTextAreaElement;
    area.value = text;
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, code);
}

describe("the exercises that replaced the programming chores", { timeout: 180_000 }, () => {
  it.each(["seq-prefix-state", "kv-dictionary", "cat-decoder-step"])(
    "%s: in the Korean page, each wrong answer fails first at its declared check with its message shown, and the solution passes",
    async (id) => {
      const exercise = exercises[id];
      const fresh = await shared.browser.newContext();
      const { page, problems } = await openPage(fresh, at(`/ko/chapters/${exercise.chapter}/`));
      const root = page.locator(`[data-exercise="${id}"]`);
      await root.scrollIntoViewIfNeeded(); // exercises come to life as the reader reaches them
      for (const wrong of exercise.wrong) {
        await enter(page, id, wrongCode(exercise.solution, wrong));
        expect(await check(page, id), wrong.mistake).toBe("failed");
        const first = root.locator('[data-check][data-state="fail"]').first();
        expect(await first.getAttribute("data-check"), wrong.mistake).toBe(wrong.caughtBy);
        const message = first.locator(".message");
        expect(await message.isVisible()).toBe(true);
        // The named words as the reader sees them (inline code loses its backticks; math is typeset).
        if (!wrong.named.ko.includes("$"))
          expect(await message.innerText()).toContain(wrong.named.ko.replaceAll("`", ""));
        // with the failing input: the call, what it returned or threw
        expect(await message.locator(".case").innerText()).toMatch(/\w+\(.*\)(?:이|가|에서)/);
      }
      await enter(page, id, exercise.solution);
      expect(await check(page, id)).toBe("passed");
      expect(await root.locator('[data-check][data-state="pass"]').count()).toBe(exercise.checks.length);
      expect(problems.consoleErrors).toEqual([]);
      await fresh.close();
    },
  );
});

describe("a wrong answer that passes the named examples", { timeout: 120_000 }, () => {
  it.each([
    ["ko", "값이", "차원일 때", "돌려줬습니다", "검사 5개 중 4개를 통과했습니다"],
    ["en", "With", "-dimensional values", "returned", "4 of 5 checks passed"],
  ])(
    "%s: code that hard-codes two components fails on generated inputs; the check shows the smallest case, and a screen reader hears the count",
    async (lang, ...words) => {
      const fresh = await shared.browser.newContext();
      const { page, problems } = await openPage(fresh, at(`/${lang}/chapters/02-querying/`));
      const id = "querying-weighted-sum";
      const root = page.locator(`[data-exercise="${id}"]`);
      await root.scrollIntoViewIfNeeded();
      await enter(
        page,
        id,
        `function weightedSum(weights: number[], values: number[][]): number[] {
  const out = [0, 0];
  weights.forEach((w, j) => {
    out[0] += w * values[j][0];
    out[1] += w * values[j][1];
  });
  return out;
}`,
      );
      expect(await check(page, id)).toBe("failed");
      // the named examples (all two-dimensional) pass; the generated dimensions do not
      const states = await root
        .locator("[data-check]")
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.state));
      expect(states).toEqual(["pass", "pass", "pass", "fail", "pass"]);
      const found = await root.locator('[data-check="any-dimension"] .case').innerText();
      for (const word of words.slice(0, 3)) expect(found).toContain(word);
      expect(found).toMatch(/weightedSum\(\[/);
      expect(await root.locator("[data-exercise-announce]").textContent()).toContain(words[3]);
      await page.screenshot({ path: `test-results/exercise-generated-${lang}.png`, fullPage: false });
      expect(problems.consoleErrors).toEqual([]);
      await fresh.close();
    },
  );
});

describe("what a chapter ships", { timeout: 120_000 }, () => {
  it("only its own exercises: their checks load on Check, no wrong answer and no other chapter's exercise reaches the page", async () => {
    const fresh = await shared.browser.newContext();
    const bodies: string[] = [];
    fresh.on("response", (response) => {
      if (/\.(js|html)(\?|$)|\/$/.test(new URL(response.url()).pathname))
        void response.text().then(
          (t) => bodies.push(t),
          () => {},
        );
    });
    const { page, problems } = await openPage(fresh, at("/en/chapters/03-attention-value/"));
    const id = "soft-softmax";
    await page.locator(`[data-exercise="${id}"]`).scrollIntoViewIfNeeded();
    expect(await check(page, id)).toBe("failed");
    await page.waitForLoadState("networkidle");
    const shipped = bodies.join("\n");
    expect(shipped).toContain("any-temperature"); // this exercise's checks came when asked
    for (const elsewhere of [
      "caughtBy",
      "addPair(",
      "inputDictionary(",
      "decoderStep(",
      "prefixState(",
      "weightedSum(",
    ])
      expect(shipped, elsewhere).not.toContain(elsewhere);
    expect(problems.consoleErrors).toEqual([]);
    await fresh.close();
  });
});

describe("an exercise whose code fills memory", { timeout: 120_000 }, () => {
  it("code that fills memory ends only the sandbox: the exercise says so, its code stays, the page lives", async () => {
    const fresh = await shared.browser.newContext();
    const url = at("/en/chapters/03-attention-value/");
    const { page } = await openPage(fresh, url);
    await page.locator("[data-time-limit]").first().selectOption("60000"); // memory runs out first
    const id = "soft-softmax";
    const greedy = `function mySoftmax(scores: number[], temperature = 1): number[] {
  const grow: number[][] = [];
  while (true) grow.push(new Array(1e7).fill(0.5 * temperature));
}`;
    await page.locator(`[data-exercise="${id}"] [data-exercise-editor]`).fill(greedy);
    // Chromium gives the sandbox a process of its own, and Playwright takes that process's end for
    // the page's: so the page is read from a second tab over a BroadcastChannel.
    await page.evaluate((id) => {
      const channel = new BroadcastChannel("exercise-test");
      channel.onmessage = () => {
        const el = document.querySelector<HTMLElement>(`[data-exercise="${id}"]`)!;
        channel.postMessage({
          error: el.querySelector<HTMLElement>("[data-exercise-error]")!.innerText,
          code: el.querySelector<HTMLTextAreaElement>("[data-exercise-editor]")!.value,
          result: el.dataset.result,
        });
      };
    }, id);
    await page.locator(`[data-exercise="${id}"] [data-action=check]`).click();
    const { page: other, problems } = await openPage(fresh, at("/en/"));
    type Report = { error: string; code: string; result: string };
    let report: Report;
    for (;;) {
      report = await other.evaluate(
        () =>
          new Promise<Report>((done) => {
            const channel = new BroadcastChannel("exercise-test");
            channel.onmessage = (event: MessageEvent<Report>) => done(event.data);
            channel.postMessage("report");
          }),
      );
      if (report.error) break;
      await other.waitForTimeout(500);
    }
    expect(report.error).toContain("memory");
    expect(report.code).toBe(greedy);
    expect(report.result).toBe("failed"); // the check ran and ended in an error, as after any error
    expect(problems.consoleErrors).toEqual([]);
    await fresh.close();
  });

  it("a tab the browser ends mid-check: the next visit keeps the code and says what most likely happened", async () => {
    const fresh = await shared.browser.newContext();
    const url = at("/en/chapters/03-attention-value/");
    const { page } = await openPage(fresh, url);
    await page.locator("[data-time-limit]").first().selectOption("60000");
    const id = "soft-softmax";
    const stuck = `function mySoftmax(scores: number[], temperature = 1): number[] {
  while (true) {}
}`;
    await page.locator(`[data-exercise="${id}"] [data-exercise-editor]`).fill(stuck);
    await page.locator(`[data-exercise="${id}"] [data-action=check]`).click();
    await page.waitForFunction(() =>
      Object.keys(localStorage).some((k) => k.startsWith("attention-live/running:")),
    );
    // Chromium writes localStorage to disk in batches (up to 5 s later): let the note get there.
    await page.waitForTimeout(6000);
    const crashed = new Promise<void>((done) => page.on("crash", () => done()));
    // What a tab that runs out of memory looks like where the sandbox shares the page's process.
    const cdp = await fresh.newCDPSession(page);
    void cdp.send("Page.crash").catch(() => undefined);
    await crashed;

    const { page: again, problems } = await openPage(fresh, url);
    const exercise = again.locator(`[data-exercise="${id}"]`);
    await exercise.scrollIntoViewIfNeeded(); // exercises come to life as the reader reaches them
    const error = exercise.locator("[data-exercise-error]");
    await error.waitFor();
    expect(await error.innerText()).toContain("memory");
    expect(await exercise.locator("[data-exercise-editor]").inputValue()).toBe(stuck);
    expect(await exercise.getAttribute("data-result")).toBe("unanswered");
    expect(problems.consoleErrors).toEqual([]);
    await fresh.close();
  });
});

describe("the exercise editor", { timeout: 120_000 }, () => {
  it("becomes the code editor with type help on focus; Shift+Enter checks and reset restores the starter", async () => {
    // A fresh profile: the test above kept the solution for this exercise.
    const fresh = await shared.browser.newContext();
    const { page, problems } = await openPage(fresh, at("/en/chapters/02-querying/"));
    const exercise = page.locator('[data-exercise="querying-compare"]');
    const textarea = exercise.locator("[data-exercise-editor]");
    const starter = await textarea.inputValue();
    await textarea.click();
    const editor = exercise.locator(".cm-editor");
    await editor.waitFor({ timeout: 30_000 });
    expect(await textarea.isHidden()).toBe(true);
    expect(await editor.locator(".cm-content").getAttribute("aria-label")).toContain("Exercise code");

    await page.keyboard.press("Control+End");
    await page.keyboard.type('\nconst wrongType: number = "seven";');
    await exercise.locator(".cm-lintRange-error").waitFor({ timeout: 90_000 });
    expect(await exercise.locator(".cm-lintRange-error").innerText()).toBe("wrongType");

    await page.keyboard.press("Shift+Enter");
    await page.waitForFunction(
      () =>
        document.querySelector('[data-exercise="querying-compare"]')?.getAttribute("data-result") ===
        "failed",
      null,
      { timeout: 20_000 },
    );

    await exercise.locator("[data-action=reset-exercise]").click();
    expect(await editor.locator(".cm-content").innerText()).not.toContain("wrongType");
    expect(await textarea.inputValue()).toBe(starter); // the fallback follows the editor
    expect(problems.consoleErrors).toEqual([]);
    await fresh.close();
  });
});

describe("quizzes", () => {
  it("explain the chosen option and remember the answer after a reload", async () => {
    const { page } = await openPage(shared.context, at("/ko/chapters/01-dictionary/"));
    const quiz = page.locator('[data-quiz="dictionary-roles"]');
    const result = (value: string) =>
      page.waitForFunction(
        (v) => document.querySelector('[data-quiz="dictionary-roles"]')?.getAttribute("data-result") === v,
        value,
      );
    // The quiz's code loads on demand: the first click must both check the option and count.
    await quiz.locator('input[value="1"]').check();
    await result("failed");
    expect(await quiz.locator('[data-option="1"] .explanation').isVisible()).toBe(true);
    expect(await quiz.locator('[data-option="0"] .explanation').isVisible()).toBe(false);
    await quiz.locator('input[value="0"]').check();
    await result("passed");
    // Reload only once the answer is stored, as a reader's next visit would find it. The newest
    // answer is the one shown; the first try (wrong) is what the mastery levels count.
    await expect
      .poll(async () => (await readStored(page, "progress")) as { quiz?: Record<string, { choice: string }> })
      .toMatchObject({ quiz: { "dictionary-roles": { choice: "0", first: { right: false } } } });
    await page.reload();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-quiz="dictionary-roles"]')?.getAttribute("data-result") === "passed",
    );
    expect(await page.locator('[data-quiz="dictionary-roles"] input[value="0"]').isChecked()).toBe(true);
    await page.close();
  });
});

/**
 * Cells on a real built chapter page: prerendered output, the kernel loading on first use,
 * editing and re-running (with dependents), Shift+Enter, runaway code, errors, reset.
 */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage, sharedBrowser } from "./browser.ts";

const baseUrl = inject("baseUrl");
const shared = sharedBrowser();

const cell = (page: Page, id: string) => page.locator(`[data-cell="${id}"]`);
const output = (page: Page, id: string) => cell(page, id).locator("[data-cell-output]");
const waitState = (page: Page, id: string, state: string, timeout = 30_000) =>
  page.waitForSelector(`[data-cell="${id}"][data-state="${state}"]`, { timeout });

/** Replace a cell's code the way a reader does: open the editor, select all, type. */
async function edit(page: Page, id: string, code: string): Promise<void> {
  await cell(page, id).locator(".cell-code").click();
  const content = cell(page, id).locator(".cm-content");
  await content.waitFor();
  await content.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(code);
}

async function open(lang = "en") {
  const context = await shared.browser.newContext();
  const requests: string[] = [];
  // What the page itself asks for (the service worker's precaching is not the page loading code).
  context.on("request", (r) => {
    if (!r.serviceWorker()) requests.push(r.url());
  });
  const { page, problems } = await openPage(context, new URL(`${lang}/chapters/00-intro/`, baseUrl).href);
  return { page, problems, requests, context };
}

describe("cells on the intro chapter", () => {
  it.each(["ko", "en"])(
    "%s: shows the build's output and loads no kernel or editor before use",
    async (lang) => {
      const { page, problems, requests, context } = await open(lang);
      await page.waitForLoadState("networkidle");
      // No cell is near the screen yet (the kernel starts early only for cells about to be seen).
      const nearest = await page.evaluate(
        () => document.querySelector("[data-cell]")!.getBoundingClientRect().top - innerHeight,
      );
      expect(nearest).toBeGreaterThan(400);
      await page.waitForTimeout(1500);
      await expect(output(page, "intro-dates").textContent()).resolves.toContain("the 4th of August 2015");
      expect(await cell(page, "intro-dates").getAttribute("data-state")).toBe("idle");
      expect(await cell(page, "intro-dates").locator("[data-action=run]").isVisible()).toBe(true);
      expect(requests.filter((u) => /\/_astro\/(worker|editor|cells-ui)|\/sandbox\//.test(u))).toEqual([]);
      expect(await page.locator("iframe").count()).toBe(0);
      expect(await page.locator(".cm-content").count()).toBe(0);
      expect(problems.consoleErrors).toEqual([]);
      await context.close();
    },
  );

  it("a cell coming near the screen starts the kernel and loads the editor's code, and runs nothing", async () => {
    const { page, problems, requests, context } = await open();
    await page.waitForLoadState("networkidle");
    const before = await output(page, "intro-dates").innerHTML();
    await cell(page, "intro-dates").scrollIntoViewIfNeeded();
    const loaded = (path: string) => requests.some((u) => u.includes(path));
    await expect
      .poll(() => loaded("/sandbox/kernel.js") && loaded("/_astro/editor"), { timeout: 30_000 })
      .toBe(true);
    // The kernel starts in its sandbox (see src/kernel/sandbox/SANDBOX.md).
    expect(await page.locator('iframe[src$="sandbox/frame.html"]').count()).toBe(1);
    expect(await cell(page, "intro-dates").getAttribute("data-state")).toBe("idle");
    expect(await output(page, "intro-dates").innerHTML()).toBe(before);
    expect(await page.locator(".cm-content").count()).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it("the page forbids eval and other origins, and cells still run (in the kernel worker)", async () => {
    const { page, context } = await open();
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.body.dataset.inline = 'ran'";
      document.head.append(script);
      return document.body.dataset.inline ?? "blocked";
    });
    expect(inlineRan).toBe("blocked");
    await cell(page, "intro-dates").locator("[data-action=run]").click();
    await waitState(page, "intro-dates", "done");
    await context.close();
  });

  it("an edited cell re-runs with Shift+Enter and the cell that uses its names updates", async () => {
    const { page, problems, context } = await open();
    await edit(
      page,
      "intro-dates",
      'const sample = [{ input: "on 1 May 1999", output: "1999-05-01" }];\nsample.map((example) => example.input)',
    );
    await page.keyboard.press("Shift+Enter");
    await waitState(page, "intro-dates", "done");
    await waitState(page, "intro-years", "done");
    expect(await output(page, "intro-dates").textContent()).toContain("on 1 May 1999");
    // the dependent cell now uses the reader's sample: "1999" starts at character 9
    const dependent = await output(page, "intro-years").textContent();
    expect(dependent).toContain("yearStartsAt: 9");
    expect(dependent).not.toContain("5.4.2051");
    // the editor has an accessible name
    expect(await cell(page, "intro-dates").locator(".cm-content").getAttribute("aria-label")).toBeTruthy();
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it("`while (true) {}` is stopped at the time limit, the cells it needs run again in a fresh kernel, and the next cell still runs", async () => {
    const { page, context } = await open();
    await page.locator("[data-time-limit]").first().selectOption("1000");
    // sample comes from the first cell: the stopped cell needs that cell.
    await edit(page, "intro-years", "sample.length;\nwhile (true) {}");
    await cell(page, "intro-years").locator("[data-action=run]").click();
    // Note every state the first cell goes through once the edited cell has been stopped.
    await page.evaluate(() => {
      const first = document.querySelector<HTMLElement>('[data-cell="intro-dates"]')!;
      const stuck = document.querySelector<HTMLElement>('[data-cell="intro-years"]')!;
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        if (stuck.dataset.state === "stopped") seen.push(first.dataset.state ?? "");
      }).observe(first, { attributes: true, attributeFilter: ["data-state"] });
    });
    await waitState(page, "intro-years", "stopped");
    expect(await output(page, "intro-years").textContent()).toContain("Stopped after 1 s");
    await page.waitForFunction(() => (window as unknown as { seen: string[] }).seen.includes("done"));
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([
      "running",
      "done",
    ]);
    expect(await cell(page, "intro-years").getAttribute("data-state")).toBe("stopped");
    await cell(page, "intro-dates").locator("[data-action=run]").click();
    await waitState(page, "intro-dates", "done");
    expect(await output(page, "intro-dates").textContent()).toContain("→");
    await context.close();
  });

  it("code that fills memory ends only the sandbox: the cell says so, the page and the code stay, the next run works", async () => {
    const { page, context } = await open();
    const url = page.url();
    await page.locator("[data-time-limit]").first().selectOption("60000"); // memory runs out first
    await edit(
      page,
      "intro-years",
      "const grow: number[][] = [];\nwhile (true) grow.push(new Array(1e7).fill(1.5));",
    );
    // Chromium gives the sandbox a process of its own, and Playwright takes that process's end for
    // the page's: so the page is read from a second tab over a BroadcastChannel.
    await page.evaluate(() => {
      const channel = new BroadcastChannel("cells-test");
      channel.onmessage = (event: MessageEvent<string>) => {
        if (event.data !== "report")
          document.querySelector<HTMLElement>(`[data-cell="${event.data}"] [data-action=run]`)!.click();
        const report = (id: string) => {
          const el = document.querySelector<HTMLElement>(`[data-cell="${id}"]`)!;
          return {
            state: el.dataset.state,
            output: el.querySelector("[data-cell-output]")!.textContent,
            code: el.dataset.currentCode ?? el.dataset.code,
          };
        };
        channel.postMessage({ years: report("intro-years"), dates: report("intro-dates") });
      };
    });
    await cell(page, "intro-years").locator("[data-action=run]").click();
    const { page: other } = await openPage(context, url);
    type Report = Record<"years" | "dates", { state: string; output: string; code?: string }>;
    const ask = (what: string) =>
      other.evaluate(
        (what) =>
          new Promise<Report>((done) => {
            const channel = new BroadcastChannel("cells-test");
            channel.onmessage = (event: MessageEvent<Report>) => done(event.data);
            channel.postMessage(what);
          }),
        what,
      );
    const until = async (what: string, ok: (r: Report) => boolean) => {
      for (;;) {
        const report = await ask(what);
        if (ok(report)) return report;
        await other.waitForTimeout(500);
        what = "report";
      }
    };
    const crashed = await until("report", (r) => r.years.state === "error");
    expect(crashed.years.output).toContain("memory");
    expect(crashed.years.code).toContain("grow.push");
    const next = await until("intro-dates", (r) => r.dates.state === "done");
    expect(next.dates.output).toContain("→");
    await context.close();
  });

  it("a tab the browser ends mid-run: the next visit says so on that cell, with the code kept and not run", async () => {
    const { page, context } = await open();
    const url = page.url();
    await page.locator("[data-time-limit]").first().selectOption("60000");
    await edit(page, "intro-years", "while (true) {}");
    await cell(page, "intro-years").locator("[data-action=run]").click();
    await waitState(page, "intro-years", "running");
    await page.waitForFunction(() =>
      Object.keys(localStorage).some((k) => k.startsWith("attention-live/running:")),
    );
    // Chromium writes localStorage to disk in batches (up to 5 s later): let the note get there.
    await page.waitForTimeout(6000);
    const crashed = new Promise<void>((done) => page.on("crash", () => done()));
    // What a tab that runs out of memory looks like where the sandbox shares the page's process.
    const cdp = await context.newCDPSession(page);
    void cdp.send("Page.crash").catch(() => undefined);
    await crashed;

    const { page: again, problems } = await openPage(context, url);
    const note = cell(again, "intro-years").locator('[data-store-notice="crashed"]');
    await note.waitFor();
    expect(await note.innerText()).toContain("memory");
    expect(await cell(again, "intro-years").locator(".cell-code").innerText()).toContain("while (true)");
    expect(await cell(again, "intro-years").getAttribute("data-state")).toBe("idle");
    // Nothing ran: the kernel's sandbox was never started.
    expect(await again.locator('iframe[src$="sandbox/frame.html"]').count()).toBe(0);
    // The other cells run as before.
    await cell(again, "intro-dates").locator("[data-action=run]").click();
    await waitState(again, "intro-dates", "done");
    expect(problems.consoleErrors).toEqual([]);

    // Said once: the visit after that shows the reader's code without the notice.
    const { page: third } = await openPage(context, url);
    await third.waitForSelector('[data-cell="intro-years"][data-edited="true"]');
    expect(await cell(third, "intro-years").locator('[data-store-notice="crashed"]').count()).toBe(0);
    await context.close();
  });

  it("the Stop button ends a runaway cell at once", async () => {
    const { page, context } = await open();
    await page.locator("[data-time-limit]").first().selectOption("60000");
    await edit(page, "intro-years", "let i = 0;\nwhile (true) { i++; }");
    await page.keyboard.press("Control+Enter");
    await waitState(page, "intro-years", "running");
    expect(await cell(page, "intro-years").locator("[data-action=stop]").isVisible()).toBe(true);
    await cell(page, "intro-years").locator("[data-action=stop]").click();
    await waitState(page, "intro-years", "stopped", 5000);
    await cell(page, "intro-dates").locator("[data-action=run]").click();
    await waitState(page, "intro-dates", "done");
    await context.close();
  });

  it("a syntax error names the reader's line, and Reset restores the cell and its output", async () => {
    const { page, context } = await open("ko");
    const before = await output(page, "intro-dates").textContent();
    await edit(page, "intro-dates", "const a = 1;\nconst b = (;\n");
    await page.keyboard.press("Shift+Enter");
    await waitState(page, "intro-dates", "error");
    const error = output(page, "intro-dates").locator(".o-error");
    expect(await error.getAttribute("data-line")).toBe("2");
    expect(await error.textContent()).toContain("2번째 줄");
    await cell(page, "intro-dates").locator("[data-action=reset]").click();
    await waitState(page, "intro-dates", "done");
    expect(await output(page, "intro-dates").textContent()).toBe(before);
    expect(await cell(page, "intro-dates").locator(".cm-content").textContent()).toContain("makeDateDataset");
    await context.close();
  });

  it("Run all runs every cell; Reset page restores every cell's code and output", async () => {
    const { page, context } = await open();
    const original = await output(page, "intro-years").textContent();
    await edit(
      page,
      "intro-dates",
      'const sample = [{ input: "on 1 May 1999", output: "1999-05-01" }];\nsample.length',
    );
    await page.locator("[data-action=run-all]").first().click();
    await waitState(page, "intro-dates", "done");
    await waitState(page, "intro-years", "done");
    expect(await output(page, "intro-years").textContent()).toContain("on 1 May 1999");
    await page.locator("[data-action=reset-page]").first().click();
    await expect.poll(() => output(page, "intro-years").textContent(), { timeout: 30_000 }).toBe(original);
    expect(await cell(page, "intro-dates").locator(".cm-content").textContent()).toContain(
      'import { makeDateDataset } from "attention";',
    );
    await context.close();
  });

  it("a runtime error names the reader's line in a cell with types", async () => {
    const { page, context } = await open();
    await edit(
      page,
      "intro-dates",
      "const xs: number[] = [];\n\nconst first: number = (xs[0] as any).value;",
    );
    await page.keyboard.press("Shift+Enter");
    await waitState(page, "intro-dates", "error");
    const error = output(page, "intro-dates").locator(".o-error");
    expect(await error.getAttribute("data-line")).toBe("3");
    expect(await error.textContent()).toContain("TypeError");
    await context.close();
  });
});

/**
 * Hostile reader markup from a share link (tests/e2e/hostile-markup.ts): the reader opens the
 * link and presses Run. Whatever the output holds, the tab stays on the chapter, the course looks
 * as it did (known elements keep their computed style, the page's own buttons are still what a
 * pointer reaches, nothing in the output is pinned to the screen), no address with "leak" in it is
 * requested or visited, no CSP violation is reported in the page, the reader's stored edit is
 * intact, and the next cell runs. One browser and one profile for all of them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { openPage, patientContext, readStored, sharedBrowser, storedKeys } from "./browser.ts";
import { encodeShare } from "../../src/kernel/share.ts";
import { hostileMarkup, lookOfPage, type PageLook } from "./hostile-markup.ts";
import { loadPlot } from "../../src/kernel/plot.ts";
import { parseHTML } from "linkedom";

const baseUrl = inject("baseUrl");
const CHAPTER = new URL("en/chapters/00-intro/", baseUrl).href;
const TARGET = "intro-years";
const NEXT = "intro-dates";
const EDIT_KEY_PART = NEXT;
const shared = sharedBrowser();

const cell = (page: Page, id = TARGET) => page.locator(`[data-cell="${id}"]`);

let context: BrowserContext;
let requests: string[] = [];
let editKey = "";
let editBefore: unknown;
/** The chapter's look before any hostile output (from a page opened by the same share link). */
let calm: PageLook;

beforeAll(async () => {
  context = await patientContext(shared.browser);
  context.on("request", (r) => requests.push(r.url()));
  // Every CSP violation in the chapter itself (an inline handler, an off-site load) is noted.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspSeen: string[] }).cspSeen = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  const { page } = await openPage(context, CHAPTER);
  // The reader's own edit of another cell, made through the editor.
  await cell(page, NEXT).locator(".cell-code").click();
  await cell(page, NEXT).locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.insertText("// my own edit\n");
  await page.waitForSelector(`[data-cell="${NEXT}"][data-edited="true"]`);
  for (;;) {
    editKey = (await storedKeys(page)).find((k) => k.includes(EDIT_KEY_PART)) ?? "";
    if (editKey) break;
    await page.waitForTimeout(200);
  }
  editBefore = await readStored(page, editKey);
  await page.close();
  // The look to keep: the chapter opened by a harmless share link, run.
  const hash = await encodeShare({ cell: TARGET, code: `({ nodeType: 1, outerHTML: "<svg></svg>" })` });
  const opened = await openPage(context, CHAPTER + hash!);
  await cell(opened.page).locator('[data-action="run"]').click();
  await opened.page.waitForSelector(`[data-cell="${TARGET}"][data-state="done"]`);
  calm = await opened.page.evaluate(lookOfPage, { cell: TARGET, next: NEXT });
  await opened.page.close();
}, 120_000);

afterAll(async () => {
  await context?.close();
});

describe("hostile markup in a shared cell's output", { timeout: 90_000 }, () => {
  it("the harmless look is what the checks expect", () => {
    expect(calm.styles.body.visibility).toBe("visible");
    expect(calm.reachable).toEqual({ run: true, "next run": true });
    expect(calm.pinned).toEqual([]);
  });

  it.each(hostileMarkup)("$kind: $name — contained", async ({ code, click }) => {
    requests = [];
    const hash = (await encodeShare({ cell: TARGET, code: code(baseUrl) }))!;
    const { page, problems } = await openPage(context, CHAPTER + hash);
    const navigations: string[] = [];
    page.on("framenavigated", (f) => {
      if (f === page.mainFrame()) navigations.push(f.url());
    });
    await cell(page).locator('[data-store-notice="shared"]').waitFor();
    await cell(page).locator('[data-action="run"]').click();
    await page.waitForSelector(`[data-cell="${TARGET}"]:is([data-state="done"], [data-state="error"])`, {
      timeout: 60_000,
    });
    // Time for a refresh, an animation or a load to happen.
    await page.waitForTimeout(400);
    if (click) {
      const actors = cell(page).locator("[data-cell-output]").locator("a, button, input[type=submit]");
      for (let i = 0; i < (await actors.count()); i++)
        await actors
          .nth(i)
          .click({ timeout: 2000, force: true })
          .catch(() => undefined);
      await page.waitForTimeout(400);
    }

    expect(navigations).toEqual([]);
    expect(page.url()).toBe(CHAPTER + hash);
    const look = await page.evaluate(lookOfPage, { cell: TARGET, next: NEXT });
    expect(look.baseURI).toBe(CHAPTER + hash);
    expect(look.styles).toEqual(calm.styles);
    expect(look.reachable).toEqual({ run: true, "next run": true });
    expect(look.pinned).toEqual([]);
    expect(look.actors).toEqual([]);
    expect(look.links).toEqual([]);
    expect(look.leaks).toEqual([]);
    expect(requests.filter((u) => u.includes("leak"))).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspSeen: string[] }).cspSeen)).toEqual([]);

    // The reader's work is intact and the kernel answers the next cell.
    expect(await readStored(page, editKey)).toEqual(editBefore);
    await cell(page, NEXT).locator('[data-action="run"]').click();
    await page.waitForSelector(`[data-cell="${NEXT}"][data-state="done"]`);
    expect(await cell(page, NEXT).locator("[data-cell-output]").innerText()).toContain("→");
    await page.close();
  });
});

describe("a Plot chart in a cell, cleaned and isolated", { timeout: 90_000 }, () => {
  /** A figure with title, subtitle, legend, caption, tips, clip, markers and a grid: most of what Plot draws. */
  const chart = `Plot.plot({
  title: "Weights", subtitle: "softmax", caption: "three keys", color: { legend: true }, grid: true, height: 220,
  marks: [
    Plot.barY([{ w: "a", v: 0.1, g: "p" }, { w: "b", v: 0.6, g: "q" }], { x: "w", y: "v", fill: "g", tip: true, title: "w", clip: true }),
    Plot.link([{ x1: "a", y1: 0, x2: "b", y2: 0.5 }], { x1: "x1", y1: "y1", x2: "x2", y2: "y2", markerEnd: "arrow" }),
    Plot.ruleY([0]),
  ],
})`;

  /** How many of each element a markup has, and the attributes on them (our own style element left out). */
  const census = (root: { querySelectorAll(s: string): ArrayLike<Element> }) => {
    const tags: Record<string, number> = {};
    const attributes = new Set<string>();
    for (const el of Array.from(root.querySelectorAll("*"))) {
      const tag = el.localName.toLowerCase(); // linkedom writes clipPath as clippath
      tags[tag] = (tags[tag] ?? 0) + 1;
      for (const a of Array.from(el.attributes)) attributes.add(`${tag}[${a.name.toLowerCase()}]`);
    }
    return { tags, attributes: [...attributes].sort() };
  };

  it("keeps every element and attribute Plot drew, the chart's own styles apply inside it, and its caption reads like the page's", async () => {
    const Plot = await loadPlot();
    // The same chart, drawn in Node as the kernel draws it.
    const made = new Function("Plot", `return ${chart}`)(Plot) as { outerHTML: string };
    const { document } = parseHTML(`<!doctype html><html><body>${made.outerHTML}</body></html>`);
    const expected = census(document.body);

    const hash = (await encodeShare({ cell: TARGET, code: chart }))!;
    const { page } = await openPage(context, CHAPTER + hash);
    await cell(page).locator('[data-action="run"]').click();
    await page.waitForSelector(`[data-cell="${TARGET}"][data-state="done"]`);
    const drawn = await page.evaluate(() => {
      const root = document.querySelector(".o-plot")!.shadowRoot!;
      const tags: Record<string, number> = {};
      const attributes = new Set<string>();
      // The first <style> is the boundary's own; the rest came with the chart.
      for (const el of [...root.querySelectorAll("*")].slice(1)) {
        const tag = el.localName.toLowerCase();
        tags[tag] = (tags[tag] ?? 0) + 1;
        for (const a of el.attributes) attributes.add(`${tag}[${a.name.toLowerCase()}]`);
      }
      const svg = root.querySelector("svg.plot-d6a7b5")!; // the chart, not a legend swatch
      // The chart's caption next to a caption of the page's own (global.css's figcaption).
      const look = (el: Element) => {
        const cs = getComputedStyle(el);
        return { color: cs.color, fontSize: cs.fontSize, marginTop: cs.marginTop };
      };
      const pageCaption = document.querySelector("main")!.appendChild(document.createElement("figcaption"));
      const captions = { chart: look(root.querySelector("figcaption")!), page: look(pageCaption) };
      pageCaption.remove();
      return {
        captions,
        tags,
        attributes: [...attributes].sort(),
        display: getComputedStyle(svg).display,
        // Plot's own rule keeps the chart's background variable for its tips.
        background: getComputedStyle(svg).getPropertyValue("--plot-background").trim(),
      };
    });
    expect(drawn.tags).toEqual(expected.tags);
    expect(drawn.attributes).toEqual(expected.attributes);
    expect(drawn.display).toBe("block");
    expect(drawn.background).toBe("white");
    expect(drawn.captions.chart).toEqual(drawn.captions.page);
    await page.close();
  });
});

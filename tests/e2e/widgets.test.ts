/**
 * Browser tests of the widgets on the gallery page (/ko/widgets/, /en/widgets/): every widget
 * draws, and each one works with the keyboard and the pointer. The time each update took (the
 * widget's own `data-update-ms`, from the reader's action to the redrawn picture, kernel round
 * trip included) is printed for the report; speed is not asserted here.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { launchBrowser, openPage, writeStored, type PageProblems } from "./browser.ts";
import { widgets } from "../../src/widgets/index.ts";

const baseUrl = inject("baseUrl");

let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
const timings: Record<string, number[]> = {};

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  ({ page, problems } = await openPage(context, new URL("en/widgets/", baseUrl).href));
});
afterAll(async () => {
  const lines = Object.entries(timings).map(([name, ms]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return `${name.padEnd(44)} n=${ms.length}  median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms  max ${sorted[sorted.length - 1].toFixed(1)} ms`;
  });
  if (lines.length) console.log(`widget update times (after an interaction):\n${lines.join("\n")}`);
  await browser?.close();
});

const widget = (name: string): Locator => page.locator(`[data-widget="${name}"]`).first();

/** Waits until the widget has drawn its current state; with `what`, records how long the update took. */
async function settled(name: string, what?: string): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelector<HTMLElement>(`[data-widget="${n}"]`)?.dataset.ready === "true",
    name,
    { timeout: 30_000 },
  );
  const ms = Number(await widget(name).getAttribute("data-update-ms"));
  if (what && Number.isFinite(ms)) (timings[what] ??= []).push(ms);
}

async function show(name: string): Promise<Locator> {
  const w = widget(name);
  await w.scrollIntoViewIfNeeded();
  await settled(name);
  return w;
}

describe("the widget gallery", () => {
  it.each(["ko", "en"])(
    "in %s, every widget draws once scrolled into view, with no console error",
    async (lang) => {
      const { page: p, problems: pr } = await openPage(context, new URL(`${lang}/widgets/`, baseUrl).href);
      const names = await p
        .locator("[data-widget]")
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.widget));
      expect(names).toEqual([...widgets]);
      for (const name of widgets) {
        const w = p.locator(`[data-widget="${name}"]`);
        await w.scrollIntoViewIfNeeded();
        await p.waitForFunction(
          (n) => document.querySelector<HTMLElement>(`[data-widget="${n}"]`)?.dataset.ready === "true",
          name,
          { timeout: 30_000 },
        );
        expect(
          await w.locator("[data-message][data-kind='error']:not([hidden])").count(),
          `${name} shows an error`,
        ).toBe(0);
      }
      expect(pr.consoleErrors).toEqual([]);
      await p.close();
    },
  );

  it("widgets far below do not start before the reader scrolls to them", async () => {
    const { page: p } = await openPage(context, new URL("ko/widgets/", baseUrl).href);
    await p.waitForTimeout(500);
    expect(await p.locator('[data-widget="length-accuracy"]').getAttribute("data-ready")).toBe("false");
    await p.close();
  });
});

describe("dictionary lookup", () => {
  it("finds InfinityWar for 2018 and says there is no match for 1999", async () => {
    const w = await show("dictionary-lookup");
    const query = w.locator("[data-query]");
    await query.fill("2019");
    await settled("dictionary-lookup");
    await query.fill("2018");
    await settled("dictionary-lookup");
    expect(await w.locator("[data-output]").textContent()).toBe("output: InfinityWar");
    expect(await w.locator("[data-table] td").allTextContents()).toEqual(["0", "1", "0"]);
    await query.fill("1999");
    await settled("dictionary-lookup");
    expect(await w.locator("[data-message]").textContent()).toContain("No key equals “1999”");
    expect(await w.locator("[data-output]").textContent()).not.toContain("InfinityWar");
  });

  it("explains an empty query instead of failing", async () => {
    const w = await show("dictionary-lookup");
    await w.locator("[data-query]").fill("");
    await settled("dictionary-lookup");
    expect(await w.locator("[data-message]").textContent()).toContain("Type a query");
  });

  it("adds and removes entries with the keyboard", async () => {
    const w = await show("dictionary-lookup");
    await w.locator("summary", { hasText: "Dictionary entries" }).press("Enter");
    await w.locator("[data-new-key]").fill("1999");
    await w.locator("[data-new-value]").fill("Matrix");
    await w.locator("[data-add]").press("Enter");
    await settled("dictionary-lookup");
    await w.locator("[data-query]").fill("1999");
    await settled("dictionary-lookup");
    expect(await w.locator("[data-output]").textContent()).toBe("output: Matrix");
    await w.locator('[aria-label="Remove entry 1999"]').press("Enter");
    await settled("dictionary-lookup");
    expect(await w.locator("[data-output]").textContent()).not.toContain("Matrix");
  });
});

describe("soft lookup", () => {
  const weights = async (w: Locator) =>
    (await w.locator("[data-table] tbody tr").allTextContents()).join("|");

  it("moves the query with the arrow keys, and the weights change", async () => {
    const w = await show("soft-lookup");
    const before = await weights(w);
    const handle = w.locator("[data-query-handle]");
    await handle.focus();
    for (let k = 0; k < 4; k++) {
      await page.keyboard.press("ArrowLeft");
      await settled("soft-lookup");
    }
    await page.keyboard.press("Shift+ArrowUp");
    await settled("soft-lookup");
    expect(await w.locator("[data-query-handle]").getAttribute("aria-valuetext")).toBe(
      "query q = (0.50, 1.50)",
    );
    expect(await weights(w)).not.toBe(before);
    // the focus stays on the query so the reader can keep moving it
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-query-handle"))).toBe(true);
  });

  it("follows the pointer when the reader drags the query", async () => {
    const w = await show("soft-lookup");
    const box = (await w.locator("[data-plot] svg rect.w-box").first().boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.8);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.75, { steps: 4 });
    await page.mouse.up();
    await settled("soft-lookup");
    const text = (await w.locator("[data-query-handle]").getAttribute("aria-valuetext")) ?? "";
    const [x, y] = text.match(/−?\d+\.\d+/g)!.map((v) => Number(v.replace("−", "-")));
    expect(x).toBeLessThan(-1);
    expect(y).toBeLessThan(-1);
  });

  it("sets the hard lookup beside τ → 0, by keyboard: a query on a key, then one between keys", async () => {
    const w = await show("soft-lookup");
    await w.locator("[data-score]").selectOption("dot");
    await w.locator("[data-temperature]").fill("0");
    await settled("soft-lookup");
    await w.locator("[data-preset='between']").press("Enter");
    await settled("soft-lookup");
    const hard = w.locator("[data-hard-result]");
    const limit = w.locator("[data-limit-result]");
    // (1.5, 0.5) equals no key: exact match gives nothing, τ → 0 still picks k1 (dot 3.5).
    expect(await hard.textContent()).toBe("key equal to the query: none → weights (0, 0, 0, 0), no output");
    expect(await limit.textContent()).toBe("top-scoring key: k1 → weights (1, 0, 0, 0), output v1");
    expect(await w.locator("[data-verdict]").getAttribute("data-verdict")).toBe("different");
    // Two steps right and two up put the query exactly on k1 = (2, 1).
    await w.locator("[data-query-handle]").focus();
    for (const key of ["ArrowRight", "ArrowRight", "ArrowUp", "ArrowUp"]) {
      await page.keyboard.press(key);
      await settled("soft-lookup");
    }
    expect(await w.locator("[data-query-handle]").getAttribute("aria-valuetext")).toBe(
      "query q = (2.00, 1.00)",
    );
    expect(await hard.textContent()).toBe("key equal to the query: k1 → weights (1, 0, 0, 0), output v1");
    expect(await w.locator("[data-verdict]").getAttribute("data-verdict")).toBe("same");
    await w.locator("[data-preset='between']").press("Enter");
    await settled("soft-lookup");
    await w.locator("[data-preset='on-key']").press("Enter");
    await settled("soft-lookup");
    expect(await w.locator("[data-verdict]").getAttribute("data-verdict")).toBe("same");
    await w.locator("[data-temperature]").fill("20");
    await settled("soft-lookup");
  });

  it("makes the weights one-hot at temperature 0 and switches the score function", async () => {
    const w = await show("soft-lookup");
    await w.locator("[data-temperature]").fill("0");
    await settled("soft-lookup");
    const cells = await w.locator("[data-table] tbody td:nth-child(5)").allTextContents();
    expect(cells.filter((c) => c === "1.000")).toHaveLength(1);
    expect(cells.filter((c) => c === "0.000")).toHaveLength(3);
    await w.locator("[data-score]").selectOption("general");
    await settled("soft-lookup");
    expect(await w.locator("[data-matrix]").isVisible()).toBe(true);
    await w.locator("[data-w='0']").fill("");
    await settled("soft-lookup");
    expect(await w.locator("[data-message]").textContent()).toContain("Every entry of W");
    await w.locator("[data-w='0']").fill("2");
    await w.locator("[data-temperature]").fill("20");
    await settled("soft-lookup");
  });
});

describe("encoder states", () => {
  it("reads one character per step and shows the states as keys and values", async () => {
    const w = await show("encoder-states");
    await w.locator("[data-reset]").click();
    expect(await w.locator("[data-progress]").textContent()).toBe("Read 1 of 12 characters.");
    await w.locator("[data-step]").press("Enter");
    await settled("encoder-states");
    expect(await w.locator("[data-progress]").textContent()).toBe("Read 2 of 12 characters.");
    await w.locator('[data-view="dictionary"]').click();
    await settled("encoder-states");
    expect(await w.locator("[data-plot] svg").textContent()).toContain("key hⱼ");
    expect(await w.locator("[data-table] tbody tr").count()).toBe(2);
  });

  it("at the last character, says so and how to watch again (Step has nothing left)", async () => {
    const w = await show("encoder-states");
    await w.locator("[data-input]").fill("1/2/2026");
    await settled("encoder-states");
    const progress = w.locator("[data-progress]");
    expect(await progress.textContent()).toBe("Read 8 of 8 characters. Press “start over” to watch again.");
    await w.locator("[data-step]").click();
    await settled("encoder-states");
    expect(await progress.textContent()).toBe("Read 8 of 8 characters. Press “start over” to watch again.");
    await w.locator("[data-reset]").click();
    await settled("encoder-states");
    expect(await progress.textContent()).toBe("Read 1 of 8 characters.");
  });

  it("reads characters it does not know as <unk>, says so, and still shows their states", async () => {
    const w = await show("encoder-states");
    await w.locator("[data-input]").fill("24 ♥ 2026");
    await settled("encoder-states");
    expect(await w.locator("[data-caution]").textContent()).toContain("“♥”");
    expect(await w.locator("[data-message]").isHidden()).toBe(true);
    expect(await w.locator("[data-plot] svg").count()).toBe(1);
    await w.locator("[data-input]").fill("Nov 24, 2026");
    await settled("encoder-states");
    expect(await w.locator("[data-caution]").isHidden()).toBe(true);
  });
});

describe("decoder query", () => {
  it("steps through the output and names s_{i-1} as the query, or s_i in Luong's variant", async () => {
    const w = await show("decoder-query");
    expect(await w.locator("[data-explain]").textContent()).toContain("query = s₀");
    await w.locator("[data-next]").press("Enter");
    await settled("decoder-query");
    expect(await w.locator("[data-step-label]").textContent()).toContain("output step i = 2");
    expect(await w.locator("[data-explain]").textContent()).toContain("query = s₁");
    await w.locator('[data-variant="luong"]').click();
    await settled("decoder-query");
    expect(await w.locator("[data-explain]").textContent()).toContain("query = s₂");
    expect(await w.locator('[data-variant="luong"]').getAttribute("aria-pressed")).toBe("true");
    expect(await w.locator('[data-variant="bahdanau"]').getAttribute("aria-pressed")).toBe("false");
  });

  it("shows Luong's variant beside Bahdanau's at the same output step, and both follow the step buttons", async () => {
    const w = await show("decoder-query");
    const luong = w.locator('[data-panel="luong"]');
    expect(await luong.isHidden()).toBe(true);
    await w.locator('[data-variant="both"]').click();
    await settled("decoder-query");
    expect(await luong.isVisible()).toBe(true);
    expect(await w.locator("[data-heading]").isVisible()).toBe(true);
    const step = Number(/i = (\d+)/.exec((await w.locator("[data-step-label]").textContent()) ?? "")?.[1]);
    const sub = (n: number) => String(n).replace(/\d/g, (d) => "₀₁₂₃₄₅₆₇₈₉"[Number(d)]);
    expect(await w.locator("[data-explain]").textContent()).toContain(`query = s${sub(step - 1)}`);
    expect(await w.locator("[data-explain-luong]").textContent()).toContain(`query = s${sub(step)}`);
    expect(await luong.locator("[data-plot-luong] svg").count()).toBe(1);
    await w.locator(step < 10 ? "[data-next]" : "[data-prev]").click();
    await settled("decoder-query");
    const moved = step < 10 ? step + 1 : step - 1;
    expect(await w.locator("[data-explain]").textContent()).toContain(`query = s${sub(moved - 1)}`);
    expect(await w.locator("[data-explain-luong]").textContent()).toContain(`query = s${sub(moved)}`);
    // A bad input clears both panels, their labels included, and says why.
    await w.locator("[data-input]").fill("");
    await settled("decoder-query");
    expect(await w.locator("[data-message]").textContent()).toContain("Type a date");
    expect(await luong.isHidden()).toBe(true);
    expect(await w.locator("[data-heading]").isHidden()).toBe(true);
    await w.locator("[data-input]").fill("24.11.2026");
    await settled("decoder-query");
    expect(await luong.isVisible()).toBe(true);
    await w.locator('[data-variant="bahdanau"]').click();
    await settled("decoder-query");
    expect(await luong.isHidden()).toBe(true);
    expect(await w.locator("[data-heading]").isHidden()).toBe(true);
  });

  it("warns about an output that is no real date and still steps through it", async () => {
    const w = await show("decoder-query");
    await w.locator("[data-input]").fill("31 February 2026");
    await settled("decoder-query");
    expect(await w.locator("[data-caution]").textContent()).toContain(
      "The output 2026-02-31 is not a real date",
    );
    expect(await w.locator("[data-plot] svg").count()).toBe(1);
    await w.locator("[data-input]").fill("2026년 11월 24일");
    await settled("decoder-query");
    expect(await w.locator("[data-caution]").isHidden()).toBe(true);
  });

  it("stops → at the last output step and ← at the first (“2026-11-24” has 10 characters)", async () => {
    const w = await show("decoder-query");
    const [prev, next, label] = ["[data-prev]", "[data-next]", "[data-step-label]"].map((s) => w.locator(s));
    for (let k = 0; k < 20 && !(await next.isDisabled()); k++) {
      await next.click();
      await settled("decoder-query");
    }
    expect(await label.textContent()).toContain("output step i = 10 of 10");
    expect(await next.isDisabled()).toBe(true);
    let presses = 0;
    for (; presses < 20 && !(await prev.isDisabled()); presses++) {
      await prev.click();
      await settled("decoder-query");
    }
    expect(presses).toBe(9);
    expect(await label.textContent()).toContain("output step i = 1 of 10");
    expect(await next.isDisabled()).toBe(false);
  });
});

describe("alignment heatmap", () => {
  it("starts on row 1's summary, then moves by cell, by row (PageUp/PageDown) and to the row's peak (P)", async () => {
    const w = await show("alignment-heatmap");
    await w.locator("[data-example]").nth(3).click();
    await settled("alignment-heatmap");
    expect(await w.locator("[data-input]").inputValue()).toBe("2026년 11월 24일");
    const plot = w.locator("[data-plot]");
    const readout = w.locator("[data-readout]");
    const activeRole = () =>
      plot.evaluate((el) =>
        document.getElementById(el.getAttribute("aria-activedescendant") ?? "")?.getAttribute("role"),
      );
    await plot.focus();
    expect(await readout.textContent()).toMatch(
      /^output 1 “2”: most weight on input \d+ “.” \(\d\.\d\d\), then input \d+/,
    );
    expect(await activeRole()).toBe("rowheader");
    await page.keyboard.press("ArrowRight");
    expect(await readout.textContent()).toMatch(
      /^α\(1,1\) = \d\.\d{3}: the attention weight output 1 “2” gave input 1 “2”$/,
    );
    expect(await activeRole()).toBe("gridcell");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowDown");
    expect(await readout.textContent()).toMatch(/^α\(2,2\) = \d\.\d{3}: .* input 2 “0”$/);
    expect(await w.locator("[data-plot] [data-active]").count()).toBe(1);
    // Input 5 is the space after 년: it is read as the word.
    await page.keyboard.press("End");
    await page.keyboard.press("Home");
    for (let k = 0; k < 5; k++) await page.keyboard.press("ArrowRight");
    expect(await readout.textContent()).toMatch(/^α\(2,6\) = .* input 6 space$/);
    await page.keyboard.press("PageDown");
    expect(await readout.textContent()).toMatch(/^output 3 “2”: /);
    expect(await activeRole()).toBe("rowheader");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageUp");
    expect(await readout.textContent()).toMatch(/^output 3 “2”: /);
    // P jumps to the row's largest weight, read from the numbers table.
    const row3 = (await w.locator("[data-table] tbody tr").nth(2).locator("td").allTextContents()).map(
      Number,
    );
    const peak = row3.indexOf(Math.max(...row3)) + 1;
    await page.keyboard.press("p");
    expect(await readout.textContent()).toMatch(
      new RegExp(`^α\\(3,${peak}\\) = ${row3[peak - 1].toFixed(2)}`),
    );
    await page.keyboard.press("Control+End");
    const rows = await w.locator("[data-table] tbody tr").count();
    expect(await readout.textContent()).toMatch(new RegExp(`^α\\(${rows},13\\) = .* input 13 “일”$`));
  });

  it("is a grid a screen reader reads with its headers, row summaries and a takeaway", async () => {
    const w = await show("alignment-heatmap");
    await w.locator("[data-example]").nth(3).click();
    await settled("alignment-heatmap");
    await w.locator("[data-plot]").focus();
    const cdp = await context.newCDPSession(page);
    type AXNode = {
      nodeId: string;
      ignored: boolean;
      role?: { value: string };
      name?: { value: string };
      description?: { value: string };
      childIds?: string[];
      properties?: { name: string; value: { value?: unknown } }[];
    };
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as unknown as { nodes: AXNode[] };
    await cdp.detach();
    const grids = nodes.filter(
      (n) => n.role?.value === "grid" && n.properties?.some((p) => p.name === "focused"),
    );
    expect(grids).toHaveLength(1);
    const grid = grids[0];
    expect(grid.name?.value).toBe("Alignment matrix for turning “2026년 11월 24일” into “2026-11-24”");
    // The takeaway comes first in the description, then how to move.
    expect(grid.description?.value).toMatch(
      /^In short: output 1–4 “2026” put \d+% of its weight on input 1–4 “2026”, output 6–7 “11” put \d+% on input .* PageUp and PageDown/,
    );
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const children = (n: AXNode): AXNode[] =>
      (n.childIds ?? []).flatMap((id) => {
        const c = byId.get(id)!;
        return c.ignored || c.role?.value === "generic" || c.role?.value === "none" ? children(c) : [c];
      });
    const rows = children(grid).filter((n) => n.role?.value === "row");
    expect(rows.length).toBe(11);
    const header = children(rows[0]);
    expect(header.map((n) => n.role?.value)).toEqual(Array(14).fill("columnheader"));
    expect(header[5].name?.value).toBe("input 5 “년”");
    expect(header[6].name?.value).toBe("input 6 space");
    const first = children(rows[1]);
    expect(first.map((n) => n.role?.value)).toEqual(["rowheader", ...Array(13).fill("gridcell")]);
    expect(first[0].name?.value).toBe("output 1 “2”");
    expect(first[0].description?.value).toMatch(
      /^most weight on input 3 “2” \(0\.\d\d\), then input \d+ “.” \(0\.\d\d\); (focused on one character|spread over \d characters)\.$/,
    );
    expect(first[3].name?.value).toMatch(/^0\.\d\d, input 3 “2”$/);
  });

  it("fills a new matrix row by row, or draws it whole for a reader who asks for reduced motion", async () => {
    for (const reducedMotion of ["no-preference", "reduce"] as const) {
      const ctx = await browser.newContext({ viewport: { width: 1000, height: 800 }, reducedMotion });
      const { page: p } = await openPage(ctx, new URL("en/widgets/", baseUrl).href);
      const w = p.locator('[data-widget="alignment-heatmap"]');
      await w.scrollIntoViewIfNeeded();
      const ready = () =>
        p.waitForFunction(
          () =>
            document.querySelector<HTMLElement>('[data-widget="alignment-heatmap"]')?.dataset.ready ===
            "true",
        );
      await ready();
      // Every drawing of the matrix, as the number of rows filled in.
      await w.locator("[data-plot]").evaluate((plot) => {
        const seen: number[] = [];
        (window as unknown as { rowsSeen: number[] }).rowsSeen = seen;
        new MutationObserver(() => seen.push(plot.querySelectorAll("g[role=row]").length - 1)).observe(plot, {
          childList: true,
        });
      });
      await w.locator("[data-input]").fill("1 March 2026");
      await ready();
      const seen = await p.evaluate(() => (window as unknown as { rowsSeen: number[] }).rowsSeen);
      expect(seen.at(-1), reducedMotion).toBe(10);
      if (reducedMotion === "reduce") expect(seen, reducedMotion).toEqual([10]);
      else expect(seen, reducedMotion).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      await ctx.close();
    }
  });

  it("moves the active cell without redrawing the grid, so a screen reader keeps its place", async () => {
    const w = await show("alignment-heatmap");
    const plot = w.locator("[data-plot]");
    await plot.focus();
    const grid = await plot.locator("svg").elementHandle();
    const ring = () =>
      w.locator("[data-plot] [data-active]").evaluate((r) => `${r.getAttribute("x")},${r.getAttribute("y")}`);
    const places = [await ring()];
    for (const key of ["ArrowRight", "ArrowDown", "PageDown", "p", "End"]) {
      await page.keyboard.press(key);
      places.push(await ring());
    }
    // The frame moved at every key, and the grid the reader was in is still the one on the page.
    expect(new Set(places).size).toBe(places.length);
    expect(await grid!.evaluate((svg) => svg.isConnected)).toBe(true);
    expect(await w.locator("[data-plot] [data-active]").count()).toBe(1);
  });

  it("shows a cell's α under the pointer", async () => {
    const w = await show("alignment-heatmap");
    const cell = (await w.locator("[data-plot] svg rect.w-heat").nth(2).boundingBox())!;
    await page.mouse.move(cell.x + cell.width / 2, cell.y + cell.height / 2);
    expect(await w.locator("[data-readout]").textContent()).toMatch(/^α\(1,3\)/);
  });

  it("offers the numbers as a table and rejects an empty input with a message", async () => {
    const w = await show("alignment-heatmap");
    const rows = await w.locator("[data-table] tbody tr").count();
    expect(rows).toBeGreaterThan(0);
    await w.locator("[data-input]").fill("");
    await settled("alignment-heatmap");
    expect(await w.locator("[data-message]").textContent()).toContain("Type a date");
    await w.locator("[data-input]").fill("x".repeat(200));
    await settled("alignment-heatmap");
    expect(await w.locator("[data-message]").textContent()).toContain("too long");
    await w.locator("[data-example]").first().click();
    await settled("alignment-heatmap");
  });

  it("answers what is no date anyway, says why not to trust it, and still draws the alignment", async () => {
    const w = await show("alignment-heatmap");
    const caution = w.locator("[data-caution]");
    expect(await w.locator("[data-conventions]").textContent()).toContain("03/04/2026 = 2026-03-04");
    for (const [input, says] of [
      ["tomorrow", "no digits"],
      ["hello world", "no digits"],
      ["29 February 2023", "February 2023 has only 28 days"],
      ["31 February 2026", "is not a real date"],
      ["24 ♥ 2026", "“♥”"],
      // repaired: the output holds a month and a day that the input does not
      ["2026", "nowhere in the input: the model filled them in"],
      ["13/32/2026", "the month 03 and the day 03 are nowhere in the input"],
    ]) {
      await w.locator("[data-input]").fill(input);
      await settled("alignment-heatmap");
      expect(await caution.textContent(), input).toContain(says);
      expect(await caution.textContent(), input).toContain("I don't know");
      expect(await w.locator("[data-message]").isHidden(), input).toBe(true);
      expect(await w.locator("[data-output]").textContent(), input).toMatch(/^output: \S+/);
      expect(await w.locator("[data-plot] svg rect.w-heat").count(), input).toBeGreaterThan(0);
    }
    // What the widened training data covers decodes to the right date, with nothing to warn about.
    for (const [input, output] of [
      ["March 3rd, 2026", "2026-03-03"],
      ["24.11.26", "2026-11-24"],
    ]) {
      await w.locator("[data-input]").fill(input);
      await settled("alignment-heatmap");
      expect(await w.locator("[data-output]").textContent(), input).toBe(`output: ${output}`);
      expect(await caution.isHidden(), input).toBe(true);
    }
    await w.locator("[data-example]").first().click();
    await settled("alignment-heatmap");
  });
});

describe("concatenation", () => {
  it("shows the joined sizes, and that without attention the second part never changes", async () => {
    const w = await show("concatenation");
    expect(await w.locator("[data-plot] svg").textContent()).toMatch(/\d+ \+ \d+ = \d+ numbers/);
    await w.locator('[data-attention="off"]').press("Enter");
    await settled("concatenation");
    expect(await w.locator("[data-change]").textContent()).toContain("exactly the same");
    await w.locator("[data-next]").click();
    await settled("concatenation");
    expect(await w.locator("[data-change]").textContent()).toContain("exactly the same");
    await w.locator('[data-attention="on"]').click();
    await settled("concatenation");
    expect(await w.locator("[data-change]").textContent()).toContain("changed");
  });
});

describe("accuracy by length", () => {
  it("draws the report's bars and hides a model on request", async () => {
    const w = await show("length-accuracy");
    const bars = await w.locator("[data-plot] svg rect").count();
    expect(bars).toBeGreaterThan(0);
    await w.locator('[data-kind="none"]').press("Enter");
    await settled("length-accuracy");
    expect(await w.locator("[data-plot] svg rect").count()).toBeLessThan(bars);
    expect(await w.locator("[data-table] tbody tr").count()).toBeGreaterThan(0);
  });
});

describe("one date through the whole model", () => {
  const stage = (w: Locator, name: string) => w.locator(`[data-stage="${name}"]`);
  const vectorRow = (w: Locator, label: string) =>
    w
      .locator("[data-table] table")
      .nth(1)
      .locator("tr", { has: w.page().locator(`th:text-is("${label}")`) });

  it("names every stage of step 1, from the encoder to the output, for the default date", async () => {
    const w = await show("model-walkthrough");
    expect(await w.locator("[data-output]").textContent()).toBe("the model's output: 2026-11-24");
    expect(await w.locator("[data-step-label]").textContent()).toContain("output step i = 1 of 10");
    expect(
      await w.locator("[data-stage]").evaluateAll((els) => els.map((e) => e.getAttribute("data-stage"))),
    ).toEqual(["encoder", "keys", "query", "scores", "weights", "value", "concat", "state", "output"]);
    expect(await stage(w, "encoder").textContent()).toContain("13 characters, 48 numbers per state");
    expect(await stage(w, "query").textContent()).toContain("s₀ = h_T");
    expect(await stage(w, "concat").textContent()).toContain(
      "24 numbers of the embedding of the previous output, the start token <s>",
    );
    expect(await stage(w, "output").textContent()).toContain("“2”");
    expect(await w.locator("[data-table] table").first().locator("tbody tr").count()).toBe(13);
  });

  it("steps with the keyboard: at step 2 the query is s₁, the new state of step 1", async () => {
    const w = await show("model-walkthrough");
    const newState = await vectorRow(w, "s₁").locator("td").nth(1).textContent();
    await w.locator("[data-next]").press("Enter");
    await settled("model-walkthrough");
    expect(await w.locator("[data-step-label]").textContent()).toContain("output step i = 2 of 10");
    expect(await stage(w, "query").textContent()).toContain("previous decoder state s₁");
    expect(await stage(w, "concat").textContent()).toContain("the character “2”");
    expect(await vectorRow(w, "s₁").locator("td").nth(1).textContent()).toBe(newState);
    await w.locator("[data-prev]").press("Enter");
    await settled("model-walkthrough");
    expect(await w.locator("[data-step-label]").textContent()).toContain("output step i = 1 of 10");
  });

  it("decodes the reader's own input, and one it cannot really read with a caution, keeping what was typed", async () => {
    const w = await show("model-walkthrough");
    await w.locator('[data-example="Nov 24, 2026"]').click();
    await settled("model-walkthrough");
    expect(await w.locator("[data-output]").textContent()).toBe("the model's output: 2026-11-24");
    expect(await w.locator("[data-table] table").first().locator("tbody tr").count()).toBe(12);
    await w.locator("[data-input]").fill("24 ноября 2026");
    await settled("model-walkthrough");
    expect(await w.locator("[data-caution]").textContent()).toContain("does not know these characters");
    expect(await w.locator("[data-input]").inputValue()).toBe("24 ноября 2026");
    expect(await w.locator("[data-stage]").count()).toBe(9);
    await w.locator("[data-input]").fill("");
    await settled("model-walkthrough");
    expect(await w.locator("[data-message]").textContent()).toContain("Type a date");
    expect(await w.locator("[data-stage]").count()).toBe(0);
    await w.locator("[data-input]").fill("2026년 11월 24일");
    await settled("model-walkthrough");
    expect(await w.locator("[data-message]").isHidden()).toBe(true);
    expect(await w.locator("[data-caution]").isHidden()).toBe(true);
    expect(await w.locator("[data-stage]").count()).toBe(9);
  });

  it("computes with the reader's edited library", { timeout: 120_000 }, async () => {
    // A fresh profile, so the edit does not reach the other tests' page.
    const own = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const { page: p, problems: pr } = await openPage(own, new URL("en/widgets/", baseUrl).href);
    const sources = (await fetch(new URL("library-sources.json", baseUrl)).then((r) => r.json())) as Record<
      string,
      string
    >;
    const original = sources["decode.ts"];
    const code = original.replace(
      "export function encode(model: Seq2Seq, input: string): EncodeResult {",
      'export function encode(model: Seq2Seq, input: string): EncodeResult {\n  if (input.length > 0) throw new Error("the reader broke the encoder");',
    );
    expect(code).not.toBe(original);
    await writeStored(p, "library:decode.ts", {
      kind: "library",
      id: "decode.ts",
      original,
      originalHash: "",
      code,
      updatedAt: Date.now(),
      rev: 1,
    });
    await p.reload();
    await p.locator('[data-library-badge][data-library-state="applied"]').waitFor({ timeout: 60_000 });
    const w = p.locator('[data-widget="model-walkthrough"]');
    await w.scrollIntoViewIfNeeded();
    await expect
      .poll(() => w.locator("[data-message]").textContent(), { timeout: 60_000 })
      .toContain("the reader broke the encoder");
    expect(await w.locator("[data-stage]").count()).toBe(0);
    expect(pr.consoleErrors).toEqual([]);
    await own.close();
  });
});

describe("update time after an interaction (warm: kernel started, model loaded)", () => {
  // Each widget's own measurement (data-update-ms) from the reader's action to the redrawn DOM,
  // the kernel round trip included. Printed at the end; not asserted (the machine is shared).
  const repeat = async (name: string, what: string, times: number, act: (k: number) => Promise<void>) => {
    for (let k = 0; k < times; k++) {
      await act(k);
      await settled(name, `${name}: ${what}`);
    }
  };

  it("measures widgets 1–6", async () => {
    const d = await show("dictionary-lookup");
    await repeat("dictionary-lookup", "type a query", 20, (k) =>
      d.locator("[data-query]").fill(k % 2 ? "2018" : "2019"),
    );
    const s = await show("soft-lookup");
    await s.locator("[data-query-handle]").focus();
    await repeat("soft-lookup", "arrow key moves the query", 20, (k) =>
      page.keyboard.press(k % 2 ? "ArrowLeft" : "ArrowRight"),
    );
    await repeat("soft-lookup", "temperature slider", 10, (k) =>
      s.locator("[data-temperature]").fill(String(10 + k)),
    );
    const e = await show("encoder-states");
    await repeat("encoder-states", "edit the input", 10, (k) =>
      e.locator("[data-input]").fill(`Nov ${10 + k}, 2026`),
    );
    await e.locator("[data-reset]").click();
    await repeat("encoder-states", "read one character", 10, () => e.locator("[data-step]").click());
    const q = await show("decoder-query");
    await repeat("decoder-query", "edit the input", 10, (k) =>
      q.locator("[data-input]").fill(`2026년 11월 ${10 + k}일`),
    );
    await repeat("decoder-query", "next / previous step", 10, (k) =>
      q.locator(k % 2 ? "[data-prev]" : "[data-next]").click(),
    );
    const h = await show("alignment-heatmap");
    await repeat("alignment-heatmap", "edit the input (first row drawn)", 10, (k) =>
      h.locator("[data-input]").fill(`${10 + k} November 2026`),
    );
    await h.locator("[data-plot]").focus();
    await repeat("alignment-heatmap", "arrow key moves the read-out cell", 20, (k) =>
      page.keyboard.press(k % 2 ? "ArrowLeft" : "ArrowRight"),
    );
    const c = await show("concatenation");
    await repeat("concatenation", "edit the input (two models)", 10, (k) =>
      c.locator("[data-input]").fill(`Nov ${10 + k}, 2026`),
    );
    await repeat("concatenation", "next / previous step", 10, (k) =>
      c.locator(k % 2 ? "[data-prev]" : "[data-next]").click(),
    );
    expect(Object.keys(timings).length).toBeGreaterThanOrEqual(11);
  });
});

describe("train it yourself", () => {
  it("says how long to expect before Train is pressed, and follows the settings", async () => {
    const w = await show("train-model");
    const expected = w.locator("[data-expected]");
    expect(await expected.textContent()).toMatch(/reach 99% in about \d+ s/);
    await w.locator("[data-steps]").fill("1600");
    await expect.poll(() => expected.textContent()).toMatch(/take roughly (\d+ min )?\d+ s/);
    await w.locator("[data-steps]").fill("800");
    await expect.poll(() => expected.textContent()).toMatch(/reach 99% in about/);
  });

  it("says before training that it learns fewer formats than the pretrained model", async () => {
    const w = await show("train-model");
    const scope = (await w.locator("[data-scope]").innerText()).replace(/\s+/g, " ");
    expect(scope).toContain("trains on the 14 original date formats only");
    expect(scope).toMatch(/learned \d+ more/);
  });

  it("trains a small model in its own worker, and the heatmap can use it", async () => {
    const w = await show("train-model");
    await w.locator("[data-steps]").fill("20");
    await w.locator("[data-train]").click();
    expect(await w.locator("[data-stop]").isEnabled()).toBe(true);
    await w.locator("[data-keep]").waitFor({ state: "visible", timeout: 120_000 });
    expect(await w.locator("[data-status]").textContent()).toContain("Training finished");
    expect(await w.locator("[data-plot] svg").count()).toBe(2);
    await w.locator("[data-keep]").click();
    await expect.poll(() => w.locator("[data-message]").textContent(), { timeout: 15_000 }).toContain("Kept");
    const h = await show("alignment-heatmap");
    await h.locator("[data-model]").selectOption("mine");
    await settled("alignment-heatmap");
    expect(await h.locator("[data-message]").isHidden()).toBe(true);
    expect(await h.locator("[data-output]").textContent()).toMatch(/^output: /);
  });

  it("refuses a learning rate out of range with a message", async () => {
    const w = await show("train-model");
    await w.locator("[data-lr]").fill("5");
    await w.locator("[data-train]").click();
    expect(await w.locator("[data-message]").textContent()).toContain("learning rate");
    await w.locator("[data-lr]").fill("0.01");
  });

  it("left no console error on the page", () => {
    expect(problems.consoleErrors).toEqual([]);
  });
});

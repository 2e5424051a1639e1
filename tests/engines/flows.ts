/**
 * The reader's core flows, written once against the small driver in driver.ts and run in every
 * engine other than Chromium (firefox.test.ts, webkit.test.ts; Chromium has the full suite in
 * tests/e2e). Each flow opens a fresh profile. The site is served by a server of this file's own,
 * which notes every answer (so a failed request in any engine is seen) and can cut the network.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtPages, distDir } from "../e2e/pages.ts";
import { serveDist, type StaticServer } from "../e2e/server.ts";
import { errorProbe, type Engine, type EnginePage } from "./driver.ts";
import { widgets } from "../../src/widgets/index.ts";
import { clickEveryLink, engineSubset, lookOfPage } from "../e2e/hostile-markup.ts";
import { predictionsStarted, pressJustShowMe } from "../e2e/predictions.ts";
import { encodeShare } from "../../src/kernel/share.ts";

const SLOW = 240_000;

export function readerFlows(start: () => Promise<Engine>, options: { probe: boolean }): void {
  let engine: Engine;
  let server: StaticServer;
  let offline = false;
  const failed: string[] = [];
  /** Every path the server answered (a hostile output's load has "leak" in it). */
  const answered: string[] = [];
  const at = (path: string) => new URL(path.replace(/^\//, ""), server.url).href;

  beforeAll(async () => {
    server = await serveDist(resolve(distDir), "/", {
      html: options.probe
        ? (html) => html.replace(/<head>/, '<head><script src="/__engine-probe.js"></script>')
        : undefined,
      scripts: options.probe ? { "__engine-probe.js": errorProbe } : undefined,
      answered: (path, status) => {
        answered.push(path);
        if (status >= 400 && !path.startsWith("/not/here")) failed.push(`${path} (${status})`);
      },
      offline: () => offline,
    });
    engine = await start();
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
    await server?.close();
  });

  /** Runs `flow` in a fresh profile, and closes it even when the flow fails. */
  async function withPage(flow: (page: EnginePage) => Promise<void>): Promise<void> {
    const page = await engine.open();
    try {
      await flow(page);
    } finally {
      await page.close();
    }
  }

  const cell = (id: string) => `[data-cell="${id}"]`;
  const state = (page: EnginePage, id: string) =>
    page.evaluate((s) => document.querySelector<HTMLElement>(s)?.dataset.state, cell(id));
  const waitState = (page: EnginePage, id: string, wanted: string) =>
    page.waitFor(
      `${id} to be ${wanted}`,
      (s, w) => document.querySelector<HTMLElement>(s)?.dataset.state === w,
      cell(id),
      wanted,
    );
  const text = (page: EnginePage, selector: string) =>
    page.evaluate((s) => (document.querySelector<HTMLElement>(s)?.innerText ?? "").trim(), selector);

  /** Replaces a cell's code as a reader does: click the code, select all, type. */
  async function edit(page: EnginePage, id: string, code: string) {
    await page.click(`${cell(id)} .cell-code`);
    await page.waitFor("the editor", (s) => !!document.querySelector(`${s} .cm-content`), cell(id));
    await page.click(`${cell(id)} .cm-content`);
    await page.press("Mod+A");
    await page.type(code);
    await page.waitFor(
      "the edit",
      (s, c) => document.querySelector(`${s} .cm-content`)?.textContent === c,
      cell(id),
      code,
    );
  }

  /** Scrolls through the page, so that every widget starts, and waits until each has drawn. */
  async function everyWidgetReady(page: EnginePage) {
    // A prediction hides its reveal (often a widget) until the reader answers. Predictions start
    // when one comes near the screen: bring the first into view, wait until they have started, and
    // choose "Just show me" on each, as a reader who skips would.
    if (await page.evaluate(() => document.querySelector("[data-predict]") !== null)) {
      await page.evaluate(() => document.querySelector("[data-predict]")!.scrollIntoView());
      await page.waitFor("the predictions to start", predictionsStarted);
      await page.evaluate(pressJustShowMe);
    }
    // One short command per half screen (one long script can outlast the driver's limit under load).
    const height = await page.evaluate(() => document.body.scrollHeight);
    for (let y = 0; y <= height; y += 400) {
      await page.evaluate(
        (top) =>
          new Promise((ok) => {
            scrollTo(0, top);
            requestAnimationFrame(() => setTimeout(ok, 50));
          }),
        y,
      );
    }
    await page.waitFor("every widget to be ready", () =>
      [...document.querySelectorAll<HTMLElement>("[data-widget]")].every((w) => w.dataset.ready === "true"),
    );
    return page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          "[data-widget] [data-message][data-kind='error']:not([hidden])",
        ),
      ].map((m) => `${m.closest<HTMLElement>("[data-widget]")!.dataset.widget}: ${m.textContent}`),
    );
  }

  describe("every page", () => {
    it(
      "loads, draws every widget, and logs no error",
      async () => {
        const pages = builtPages();
        expect(pages.length).toBeGreaterThan(20);
        await withPage(async (page) => {
          for (const path of pages) {
            await page.goto(at(path));
            expect(await page.evaluate(() => document.querySelectorAll("main h1").length), path).toBe(1);
            expect(await everyWidgetReady(page), path).toEqual([]);
          }
          expect(await page.errors()).toEqual([]);
        });
        expect(failed).toEqual([]);
      },
      SLOW * 2,
    );

    it("the error check itself sees an uncaught error and a console error", async () => {
      await withPage(async (page) => {
        await page.goto(at("/en/"));
        await page.evaluate(() => {
          console.error("a console error on purpose");
          setTimeout(() => {
            throw new Error("an uncaught error on purpose");
          });
        });
        await page.evaluate(() => new Promise((ok) => setTimeout(ok, 200)));
        const seen = (await page.errors()).join("\n");
        expect(seen).toContain("a console error on purpose");
        expect(seen).toContain("an uncaught error on purpose");
      });
    });
  });

  describe("cells", () => {
    it(
      "a cell is edited, runs, keeps the edit across a reload, and Reset restores the course's code",
      async () => {
        await withPage(async (page) => {
          await page.goto(at("/en/chapters/03-attention-value/"));
          await edit(page, "softmax-temperatures", "softmax([1, 1, 1, 1])");
          await page.press("Shift+Enter");
          await waitState(page, "softmax-temperatures", "done");
          // It needed softmax from the first cell, which ran too.
          expect(await text(page, `${cell("softmax-temperatures")} [data-cell-output]`)).toContain("0.25");
          await page.reload();
          await page.waitFor(
            "the edit to be restored",
            (s) => document.querySelector<HTMLElement>(s)?.dataset.edited === "true",
            cell("softmax-temperatures"),
          );
          expect(await text(page, `${cell("softmax-temperatures")} .cell-code`)).toBe(
            "softmax([1, 1, 1, 1])",
          );
          await page.click(`${cell("softmax-temperatures")} [data-action="reset"]`);
          await waitState(page, "softmax-temperatures", "done");
          expect(await text(page, `${cell("softmax-temperatures")} [data-cell-editor]`)).toContain(
            "temperatures",
          );
          await page.reload();
          expect(await text(page, `${cell("softmax-temperatures")} .cell-code`)).toContain("temperatures");
          expect(
            await page.evaluate(
              (s) => document.querySelector<HTMLElement>(s)?.dataset.edited ?? "not edited",
              cell("softmax-temperatures"),
            ),
          ).toBe("not edited");
          expect(await page.errors()).toEqual([]);
        });
      },
      SLOW,
    );

    it(
      "a runaway cell is stopped with Stop, and the next cell runs in a fresh kernel",
      async () => {
        await withPage(async (page) => {
          await page.goto(at("/en/chapters/03-attention-value/"));
          await edit(page, "softmax-temperatures", "while (true) {}");
          await page.click(`${cell("softmax-temperatures")} [data-action="run"]`);
          await waitState(page, "softmax-temperatures", "running");
          await page.click(`${cell("softmax-temperatures")} [data-action="stop"]`);
          await waitState(page, "softmax-temperatures", "stopped");
          expect(await text(page, `${cell("softmax-temperatures")} [data-cell-output]`)).toMatch(/stopped/i);
          await page.click(`${cell("softmax-scores")} [data-action="run"]`);
          await waitState(page, "softmax-scores", "done");
          expect(await text(page, `${cell("softmax-scores")} [data-cell-output]`)).toContain("0.659");
          expect(await page.errors()).toEqual([]);
        });
      },
      SLOW,
    );

    it(
      "a share link opens the shared code with a notice, and runs nothing until Run",
      async () => {
        const chapter = at("/ko/chapters/02-querying/");
        let link = "";
        await withPage(async (page) => {
          await page.goto(chapter);
          await edit(page, "querying-miss", 'hardLookup(films, "2012")');
          await page.click(`${cell("querying-miss")} [data-action="share"]`);
          await page.waitFor(
            "the share link",
            (s) => document.querySelector(s)?.hasAttribute("data-share-link"),
            cell("querying-miss"),
          );
          link = (await page.evaluate(
            (s) => document.querySelector(s)!.getAttribute("data-share-link"),
            cell("querying-miss"),
          ))!;
        });
        expect(link).toMatch(/#share=1\.[A-Za-z0-9_-]+$/);
        await withPage(async (page) => {
          await page.goto(link);
          const notice = `${cell("querying-miss")} [data-store-notice="shared"]`;
          await page.waitFor("the shared notice", (s) => !!document.querySelector(s), notice);
          expect(await text(page, `${cell("querying-miss")} [data-cell-editor]`)).toContain(
            'hardLookup(films, "2012")',
          );
          const built = await text(page, `${cell("querying-miss")} [data-cell-output]`);
          expect(built).not.toContain("Avengers");
          // Nothing runs by itself: a second later the cell is still idle with the build's output.
          await page.evaluate(() => new Promise((ok) => setTimeout(ok, 1000)));
          expect(await state(page, "querying-miss")).toBe("idle");
          expect(await text(page, `${cell("querying-miss")} [data-cell-output]`)).toBe(built);
          await page.click(`${cell("querying-miss")} [data-action="run"]`);
          await waitState(page, "querying-miss", "done");
          expect(await text(page, `${cell("querying-miss")} [data-cell-output]`)).toContain("Avengers");
          expect(await page.evaluate((s) => document.querySelector(s) === null, notice)).toBe(true);
          expect(await page.errors()).toEqual([]);
        });
      },
      SLOW,
    );
  });

  describe("widgets", () => {
    /** The widgets the flow below has reached: each one in src/widgets/index.ts must be driven. */
    const driven = new Set<string>();
    const w = (name: string, selector = "") => {
      driven.add(name);
      return `[data-widget="${name}"] ${selector}`.trim();
    };
    /** Waits until the text of `selector` matches `pattern` (the widget redraws on its own time). */
    const shows = (page: EnginePage, selector: string, pattern: RegExp) =>
      page.waitFor(
        `${selector} to show ${pattern}`,
        (s, p, f) =>
          new RegExp(p, f).test((document.querySelector(s)?.textContent ?? "").replace(/\s+/g, " ").trim()),
        selector,
        pattern.source,
        pattern.flags,
      );
    /** Waits until `read` in the page returns something other than `before`. */
    const changes = (
      page: EnginePage,
      what: string,
      selector: string,
      attribute: string,
      before: string | null,
    ) =>
      page.waitFor(
        `${what} to change`,
        (s, a, b) => {
          const el = document.querySelector(s);
          return el !== null && (a === "text" ? el.textContent : el.getAttribute(a)) !== b;
        },
        selector,
        attribute,
        before,
      );
    const read = (page: EnginePage, selector: string, attribute: string) =>
      page.evaluate(
        (s, a) => {
          const el = document.querySelector(s);
          return el === null ? null : a === "text" ? el.textContent : el.getAttribute(a);
        },
        selector,
        attribute,
      );
    /** Focuses a control and presses `key` on it. */
    async function keyOn(page: EnginePage, selector: string, key: "Enter" | "ArrowLeft") {
      await page.focus(selector);
      await page.press(key);
    }
    /** Selects a field's text with the keyboard and types over it. */
    async function typeInto(page: EnginePage, selector: string, value: string) {
      await page.focus(selector);
      await page.press("Mod+A");
      await page.type(value);
    }

    it(
      "every widget becomes ready and answers the keyboard; the train widget trains a few steps",
      async () => {
        await withPage(async (page) => {
          await page.goto(at("/en/widgets/"));
          expect(await everyWidgetReady(page)).toEqual([]);
          // The gallery shows every widget of the list, in its order.
          expect(
            await page.evaluate(() =>
              [...document.querySelectorAll<HTMLElement>("[data-widget]")].map((el) => el.dataset.widget),
            ),
          ).toEqual([...widgets]);

          // The query starts at 2018: a year with no film, then 2018 again.
          await typeInto(page, w("dictionary-lookup", "[data-query]"), "1999");
          await shows(page, w("dictionary-lookup", "[data-message]"), /No key equals “1999”/);
          await typeInto(page, w("dictionary-lookup", "[data-query]"), "2018");
          await shows(page, w("dictionary-lookup", "[data-output]"), /^output: InfinityWar$/);

          const handle = w("soft-lookup", "[data-query-handle]");
          const where = await read(page, handle, "aria-valuetext");
          await keyOn(page, handle, "ArrowLeft");
          await changes(page, "the query", handle, "aria-valuetext", where);
          expect(
            await page.evaluate((s) => document.activeElement === document.querySelector(s), handle),
          ).toBe(true);

          // It starts with every character read: back to the first, then one step.
          await keyOn(page, w("encoder-states", "[data-reset]"), "Enter");
          await shows(page, w("encoder-states", "[data-progress]"), /^Read 1 of \d+ characters\.$/);
          await keyOn(page, w("encoder-states", "[data-step]"), "Enter");
          await shows(page, w("encoder-states", "[data-progress]"), /^Read 2 of \d+ characters\.$/);

          await keyOn(page, w("decoder-query", "[data-next]"), "Enter");
          await shows(page, w("decoder-query", "[data-step-label]"), /output step i = 2/);

          await keyOn(page, w("model-walkthrough", "[data-next]"), "Enter");
          await shows(page, w("model-walkthrough", "[data-step-label]"), /output step i = 2 of/);
          await keyOn(page, w("model-walkthrough", "[data-prev]"), "Enter");
          await shows(page, w("model-walkthrough", "[data-step-label]"), /output step i = 1 of/);

          // The heatmap starts on row 1's summary; then the arrow keys move by cell.
          await page.focus(w("alignment-heatmap", "[data-plot]"));
          await shows(page, w("alignment-heatmap", "[data-readout]"), /^output 1 “.”: most weight on input/);
          await page.press("ArrowRight");
          await shows(page, w("alignment-heatmap", "[data-readout]"), /^α\(1,1\) = \d\.\d{3}/);
          await page.press("ArrowRight");
          await page.press("ArrowDown");
          await shows(page, w("alignment-heatmap", "[data-readout]"), /^α\(2,2\) = \d\.\d{3}/);

          await keyOn(page, w("concatenation", '[data-attention="off"]'), "Enter");
          await shows(page, w("concatenation", "[data-change]"), /exactly the same/);

          const bars = w("length-accuracy", "[data-plot] svg rect");
          const allBars = await page.evaluate((s) => document.querySelectorAll(s).length, bars);
          await keyOn(page, w("length-accuracy", '[data-kind="none"]'), "Enter");
          await page.waitFor("fewer bars", (s, n) => document.querySelectorAll(s).length < n, bars, allBars);

          await typeInto(page, w("train-model", "[data-steps]"), "20");
          await keyOn(page, w("train-model", "[data-train]"), "Enter");
          await shows(page, w("train-model", "[data-status]"), /Training finished/);
          expect(
            await page.evaluate(
              (s) => document.querySelectorAll(s).length,
              w("train-model", "[data-plot] svg"),
            ),
          ).toBe(2);
          expect(await page.errors()).toEqual([]);
          // A widget added to the list must be driven above too.
          expect(widgets.filter((name) => !driven.has(name))).toEqual([]);
        });
      },
      SLOW,
    );
  });

  describe("hostile reader markup from a share link", () => {
    it(
      "stays inside its output: the tab, the page's look and the network are untouched, the next cell runs",
      async () => {
        const chapter = at("/en/chapters/00-intro/");
        const ids = { cell: "intro-years", next: "intro-dates" };
        const open = async (page: EnginePage, n: number, code: string) => {
          // A query per link: a link that differs only in its hash would not load the page again.
          const url = `${chapter}?link=${n}${(await encodeShare({ cell: ids.cell, code }))!}`;
          await page.goto(url);
          await page.waitFor(
            "the shared notice",
            (s) => !!document.querySelector(s),
            `${cell(ids.cell)} [data-store-notice="shared"]`,
          );
          await page.click(`${cell(ids.cell)} [data-action="run"]`);
          await page.waitFor(
            "the shared cell to finish",
            (s) => /done|error/.test(document.querySelector<HTMLElement>(s)?.dataset.state ?? ""),
            cell(ids.cell),
          );
          await page.evaluate(() => new Promise((ok) => setTimeout(ok, 400)));
          return url;
        };
        await withPage(async (page) => {
          await open(page, 0, `({ nodeType: 1, outerHTML: "<svg></svg>" })`);
          const calm = await page.evaluate(lookOfPage, ids);
          expect(calm.reachable).toEqual({ run: true, "next run": true });
          for (const [i, payload] of engineSubset.entries()) {
            answered.length = 0;
            const url = await open(page, i + 1, payload.code(server.url));
            if (payload.click) {
              await page.click(`${cell(ids.cell)} [data-cell-output] .o-plot`);
              expect(await page.evaluate(clickEveryLink, ids), payload.name).toBeGreaterThan(0);
              await page.evaluate(() => new Promise((ok) => setTimeout(ok, 400)));
            }
            const look = await page.evaluate(lookOfPage, ids);
            expect(look.url, payload.name).toBe(url);
            expect(look.baseURI, payload.name).toBe(url);
            expect(look.styles, payload.name).toEqual(calm.styles);
            expect(look.reachable, payload.name).toEqual(calm.reachable);
            expect([...look.pinned, ...look.actors, ...look.links, ...look.leaks], payload.name).toEqual([]);
            expect(
              answered.filter((p) => p.includes("leak")),
              payload.name,
            ).toEqual([]);
            await page.click(`${cell(ids.next)} [data-action="run"]`);
            await waitState(page, ids.next, "done");
            expect(await text(page, `${cell(ids.next)} [data-cell-output]`), payload.name).toContain("→");
          }
        });
      },
      SLOW,
    );
  });

  describe("offline and dark mode", () => {
    it(
      "after one visit, the course opens and a cell runs with the network off",
      async () => {
        const files = JSON.parse(
          /const FILES = (.*);/.exec(readFileSync(join(distDir, "sw.js"), "utf8"))?.[1] ?? "[]",
        );
        expect(files.length).toBeGreaterThan(30);
        await withPage(async (page) => {
          await page.goto(at("/en/"));
          await page.waitFor(
            "the service worker to control the page",
            () =>
              navigator.serviceWorker?.controller !== null &&
              navigator.serviceWorker?.controller !== undefined,
          );
          await page.waitFor(
            "every file to be cached",
            async (n) => {
              const [name] = await caches.keys();
              return name !== undefined && (await (await caches.open(name)).keys()).length === n;
            },
            files.length,
          );
          offline = true;
          try {
            for (const path of ["/ko/chapters/02-querying/", "/en/chapters/03-attention-value/"]) {
              await page.goto(at(path));
              expect(await page.evaluate(() => document.querySelectorAll("main h1").length), path).toBe(1);
            }
            await page.click(`${cell("softmax-scores")} [data-action="run"]`);
            await waitState(page, "softmax-scores", "done");
            expect(await text(page, `${cell("softmax-scores")} [data-cell-output]`)).toContain("0.659");
          } finally {
            offline = false;
          }
        });
      },
      SLOW,
    );

    it(
      "the dark-mode switch answers the keyboard, darkens pages and cells, and is remembered",
      async () => {
        /** Relative luminance (0 black … 1 white) of an element's computed colour property. */
        const luminance = (page: EnginePage, selector: string, property: "color" | "background-color") =>
          page.evaluate(
            (s, p) => {
              const el = document.querySelector(s)!;
              let c = getComputedStyle(el).getPropertyValue(p);
              // A transparent background shows the page's.
              if (p === "background-color" && /rgba\(.*, 0\)|transparent/.test(c))
                c = getComputedStyle(document.body).backgroundColor;
              const [r, g, b] = (c.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
                const x = v / 255;
                return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
              });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            },
            selector,
            property,
          );
        await withPage(async (page) => {
          await page.goto(at("/en/chapters/03-attention-value/"));
          // The engines here report a light system, so the page starts light.
          expect(await luminance(page, "body", "background-color")).toBeGreaterThan(0.5);
          await page.focus("[data-theme-toggle]");
          await page.press("Enter");
          await page.waitFor(
            "the page to turn dark",
            () => document.documentElement.dataset.theme === "dark",
          );
          await page.reload();
          expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
          expect(
            await page.evaluate(() =>
              document.querySelector("[data-theme-toggle]")?.getAttribute("aria-pressed"),
            ),
          ).toBe("true");
          expect(await luminance(page, "body", "background-color")).toBeLessThan(0.1);
          expect(await luminance(page, "main", "color")).toBeGreaterThan(0.5);
          expect(
            await luminance(page, `${cell("softmax-scores")} .cell-code`, "background-color"),
          ).toBeLessThan(0.1);
          expect(await luminance(page, `${cell("softmax-scores")} .cell-code`, "color")).toBeGreaterThan(0.5);
          expect(await page.errors()).toEqual([]);
        });
      },
      SLOW,
    );
  });
}

/**
 * Shared browser set-up for the end-to-end tests: Debian's Chromium driven by playwright-core
 * (Playwright's own browser download cannot work on our machines).
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, expect } from "vitest";
import { predictionsStarted, pressJustShowMe } from "./predictions.ts";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "playwright-core";

export const chromiumPath =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

export async function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error("Chromium not found: install Debian's `chromium` or set CHROMIUM_PATH");
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Playwright gives every launch a fresh, empty profile of its own.
    args: chromiumArgs,
  });
}

/**
 * What a test file's tests share: a browser launched before the first test (with whatever `setUp`
 * adds to it) and closed after the last. Call at the top of the file; the fields are filled in
 * by the time a test runs.
 */
function shared<T extends object>(setUp: (browser: Browser) => Promise<T>): { browser: Browser } & T {
  const state = {} as { browser: Browser } & T;
  beforeAll(async () => {
    state.browser = await launchBrowser();
    Object.assign(state, await setUp(state.browser));
  });
  afterAll(async () => {
    await state.browser?.close();
  });
  return state;
}

/** One browser for all of a test file's tests (each makes its own contexts). */
export const sharedBrowser = () => shared(async () => ({}));

/** One browser and one fresh context (profile) for all of a test file's tests. */
export const sharedContext = (options?: BrowserContextOptions) =>
  shared(async (browser) => ({ context: await browser.newContext(options) }));

/** One page opened at `url` (see openPage), in its own browser and context, for all of a test file's tests. */
export const sharedPage = (url: string, options?: BrowserContextOptions) =>
  shared(async (browser) => {
    const context = await browser.newContext(options);
    return { context, ...(await openPage(context, url)) };
  });

/** A fresh browser profile whose waits are generous (60 s), because the test machine is shared. */
export async function patientContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  context.setDefaultTimeout(60_000);
  return context;
}

/** Everything a page did that a reader would call broken. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** Open `url` in a fresh page and record console errors, failed and off-origin requests. */
export async function openPage(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.consoleErrors.push(`${msg.text()} @ ${msg.location().url}`);
  });
  page.on("pageerror", (err) => problems.consoleErrors.push(`pageerror: ${err.message}`));
  page.on("request", (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:"))
      problems.foreignRequests.push(u);
  });
  page.on("requestfailed", (req) =>
    problems.failedRequests.push(`${req.url()} (${req.failure()?.errorText})`),
  );
  page.on("response", (res) => {
    if (res.status() >= 400) problems.failedRequests.push(`${res.url()} (${res.status()})`);
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, problems };
}

/**
 * Chooses "Just show me" on every open prediction, as a reader who skips would: a prediction hides
 * its reveal (a widget, a cell's output) until the reader answers. Predictions start when one comes
 * near the screen, so the first is brought into view and the test waits until they have started.
 */
export async function skipPredictions(page: Page): Promise<void> {
  const predictions = page.locator("[data-predict]");
  if ((await predictions.count()) === 0) return;
  await predictions.first().scrollIntoViewIfNeeded();
  await page.waitForFunction(predictionsStarted);
  await page.evaluate(pressJustShowMe);
  expect(await page.locator('[data-predict][data-state="open"]').count()).toBe(0);
}

/**
 * Skips the predictions, brings every widget on screen (they start when they come into view, as a
 * reader scrolling would) and waits until each has drawn.
 */
export async function drawWidgets(page: Page, timeout: number): Promise<void> {
  await skipPredictions(page);
  const widgets = await page.locator("[data-widget]").all();
  for (const widget of widgets) await widget.scrollIntoViewIfNeeded();
  if (widgets.length > 0)
    await expect
      .poll(() => page.locator("[data-widget]:not([data-ready='true'])").count(), { timeout })
      .toBe(0);
}

/** The keys of everything the site stored in its IndexedDB ("attention-live", store "work"). */
export const storedKeys = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const req = indexedDB.open("attention-live");
        req.onsuccess = () => {
          const keys = req.result.transaction("work").objectStore("work").getAllKeys();
          keys.onsuccess = () => resolve(keys.result.map(String));
        };
      }),
  );

/** What the site stored under `key` in its IndexedDB ("attention-live", store "work"), read in the page. */
export function readStored(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (k) =>
      new Promise<unknown>((resolve) => {
        const req = indexedDB.open("attention-live");
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains("work")) {
            db.close();
            return resolve(undefined);
          }
          const get = db.transaction("work").objectStore("work").get(k);
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => resolve(undefined);
        };
        req.onerror = () => resolve(undefined);
      }),
    key,
  );
}

/**
 * Store `value` under `key` in the site's IndexedDB ("attention-live", store "work"), as the site
 * itself would keep it, from the page (creating the store in a browser that has none yet).
 */
export function writeStored(page: Page, key: string, value: unknown): Promise<void> {
  return page.evaluate(
    async ([k, v]) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open("attention-live");
        open.onupgradeneeded = () => open.result.createObjectStore("work");
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      await new Promise((ok, fail) => {
        const tx = db.transaction("work", "readwrite");
        tx.objectStore("work").put(v, k);
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    [key, value] as const,
  );
}

const axeSource = () => readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Run axe-core in the page and return its violations, one readable line each. The page's context
 * needs `bypassCSP: true` (axe-core is injected as an inline script); pass `inject = false` when
 * it is already in the page.
 */
export async function axeViolations(page: Page, inject = true): Promise<string[]> {
  if (inject) await page.addScriptTag({ content: axeSource() });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run(document)).violations;
  });
  return (violations as AxeViolation[]).map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

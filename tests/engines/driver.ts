/**
 * One small driver for the engines other than Chromium, so that the same reader flows
 * (flows.ts) run in each: Firefox over WebDriver BiDi (puppeteer-core, Debian's firefox-esr) and
 * WebKit over classic WebDriver (Debian's WebKitWebDriver driving WebKitGTK's MiniBrowser, spoken
 * to with fetch). Each `open()` is a fresh, empty profile.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, globSync } from "node:fs";
import { createServer } from "node:net";
import puppeteer, { type Browser, type KeyInput, type Page } from "puppeteer-core";

/** Keys the flows press; "Mod" is the platform's shortcut modifier (Control here). */
export type Key =
  | "Enter"
  | "Tab"
  | "Escape"
  | "ArrowLeft"
  | "ArrowRight"
  | "ArrowUp"
  | "ArrowDown"
  | "Shift+Enter"
  | "Shift+Tab"
  | "Mod+A";

/** A page in one engine, as a reader uses it: navigate, click, type, and look. */
export interface EnginePage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn` in the page (it may return a promise) and returns its JSON result. */
  evaluate<A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Promise<Awaited<T>>;
  /** A real pointer click on the first element matching `selector` (scrolled into view). */
  click(selector: string): Promise<void>;
  /** Moves the keyboard focus to the first element matching `selector`. */
  focus(selector: string): Promise<void>;
  press(key: Key): Promise<void>;
  /** Types `text` key by key into whatever has the focus. */
  type(text: string): Promise<void>;
  /** Polls `fn` in the page until it returns something truthy; fails with `what` after `timeout`. */
  waitFor<A extends unknown[]>(what: string, fn: (...args: A) => unknown, ...args: A): Promise<void>;
  /** Console errors and uncaught errors of every document this page has shown so far. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Engine {
  name: "firefox" | "webkit";
  open(): Promise<EnginePage>;
  close(): Promise<void>;
}

const WAIT_MS = 60_000;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function poll<T>(what: string, check: () => Promise<T>, timeout = WAIT_MS): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

// ── Firefox: WebDriver BiDi through puppeteer-core ──────────────────────────────────────────

export const firefoxPath =
  process.env.FIREFOX_PATH ?? ["/usr/bin/firefox-esr", "/usr/bin/firefox"].find(existsSync);

const puppeteerKeys: Record<Key, KeyInput[]> = {
  Enter: ["Enter"],
  Tab: ["Tab"],
  Escape: ["Escape"],
  ArrowLeft: ["ArrowLeft"],
  ArrowRight: ["ArrowRight"],
  ArrowUp: ["ArrowUp"],
  ArrowDown: ["ArrowDown"],
  "Shift+Enter": ["Shift", "Enter"],
  "Shift+Tab": ["Shift", "Tab"],
  "Mod+A": ["Control", "a"],
};

class FirefoxPage implements EnginePage {
  private readonly seen: string[] = [];
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
    page.on("console", (m) => {
      if (m.type() === "error") this.seen.push(`${m.text()} @ ${m.location().url ?? ""}`);
    });
    page.on("pageerror", (e) => this.seen.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
    page.setDefaultTimeout(WAIT_MS);
  }
  async goto(url: string) {
    await this.page.goto(url, { waitUntil: "load" });
  }
  async reload() {
    await this.page.reload({ waitUntil: "load" });
  }
  evaluate<A extends unknown[], T>(fn: (...args: A) => T, ...args: A) {
    return this.page.evaluate(fn as never, ...(args as unknown as never[])) as Promise<Awaited<T>>;
  }
  async click(selector: string) {
    await this.page.waitForSelector(selector, { visible: true });
    await this.page.click(selector);
  }
  async focus(selector: string) {
    await this.page.waitForSelector(selector);
    await this.page.focus(selector);
  }
  async press(key: Key) {
    const keys = puppeteerKeys[key];
    for (const k of keys.slice(0, -1)) await this.page.keyboard.down(k);
    await this.page.keyboard.press(keys[keys.length - 1]);
    for (const k of keys.slice(0, -1).reverse()) await this.page.keyboard.up(k);
  }
  async type(text: string) {
    await this.page.keyboard.type(text);
  }
  async waitFor<A extends unknown[]>(what: string, fn: (...args: A) => unknown, ...args: A) {
    await poll(what, () => this.evaluate(fn, ...args));
  }
  async errors() {
    return [...this.seen];
  }
  async close() {
    await this.page.browserContext().close();
  }
}

export async function firefox(): Promise<Engine> {
  if (!firefoxPath) throw new Error("Firefox not found: install Debian's `firefox-esr` or set FIREFOX_PATH");
  const browser: Browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: firefoxPath,
    headless: true,
    protocol: "webDriverBiDi",
    // No updates, telemetry or first-run pages: nothing but the site on the network.
    extraPrefsFirefox: { "app.update.enabled": false, "browser.shell.checkDefaultBrowser": false },
  });
  return {
    name: "firefox",
    async open() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1000, height: 800 });
      return new FirefoxPage(page);
    },
    close: () => browser.close(),
  };
}

// ── WebKit: classic WebDriver (WebKitWebDriver + MiniBrowser) over fetch ───────────────────

export const miniBrowserPath =
  process.env.MINIBROWSER_PATH ?? globSync("/usr/lib/*/webkit2gtk-*/MiniBrowser").sort().at(-1);

/** WebDriver's key codes (the spec's "normalised key values"). */
const wdKey = {
  Enter: "\uE007",
  Tab: "\uE004",
  Escape: "\uE00C",
  Shift: "\uE008",
  Control: "\uE009",
  ArrowLeft: "\uE012",
  ArrowUp: "\uE013",
  ArrowRight: "\uE014",
  ArrowDown: "\uE015",
};
const webdriverKeys: Record<Key, string[]> = {
  Enter: [wdKey.Enter],
  Tab: [wdKey.Tab],
  Escape: [wdKey.Escape],
  ArrowLeft: [wdKey.ArrowLeft],
  ArrowRight: [wdKey.ArrowRight],
  ArrowUp: [wdKey.ArrowUp],
  ArrowDown: [wdKey.ArrowDown],
  "Shift+Enter": [wdKey.Shift, wdKey.Enter],
  "Shift+Tab": [wdKey.Shift, wdKey.Tab],
  "Mod+A": [wdKey.Control, "a"],
};
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/**
 * WebKit's WebDriver has no console log (no BiDi in this version), so the test server adds
 * `probe.js` (below) as the first script of every page; it keeps the page's console errors and
 * uncaught errors in `window.__engineErrors`, and the driver reads them before leaving a page.
 */
export const errorProbe = `(() => {
  const seen = (window.__engineErrors = []);
  const text = (v) => (v && v.message) || String(v);
  addEventListener("error", (e) => {
    const t = e.target;
    seen.push(t && t !== window && t.tagName ? "failed to load " + (t.src || t.href || t.tagName) : text(e.error || e.message) + " @ " + e.filename + ":" + e.lineno);
  }, true);
  addEventListener("unhandledrejection", (e) => seen.push("unhandled rejection: " + text(e.reason)));
  addEventListener("securitypolicyviolation", (e) => seen.push("CSP " + e.effectiveDirective + " blocked " + e.blockedURI));
  const error = console.error.bind(console);
  console.error = (...args) => { seen.push(args.map(text).join(" ")); error(...args); };
})();
`;

class WebKitPage implements EnginePage {
  private readonly earlier: string[] = [];
  private readonly call: (method: string, path: string, body?: unknown) => Promise<unknown>;
  private readonly onClose: () => Promise<void>;
  constructor(call: WebKitPage["call"], onClose: () => Promise<void>) {
    this.call = call;
    this.onClose = onClose;
  }
  private async keep() {
    const now = await this.evaluate(
      () => (window as unknown as { __engineErrors?: string[] }).__engineErrors ?? [],
    );
    this.earlier.push(...(now ?? []));
  }
  /** WebKit's driver answers a navigation at `interactive`, before the page's module scripts ran. */
  private loaded() {
    return this.waitFor("the page to load", () => document.readyState === "complete");
  }
  async goto(url: string) {
    await this.keep().catch(() => undefined);
    await this.call("POST", "/url", { url });
    await this.loaded();
  }
  async reload() {
    await this.keep();
    await this.call("POST", "/refresh", {});
    await this.loaded();
  }
  async evaluate<A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Promise<Awaited<T>> {
    const script = `return (${fn.toString()}).apply(null, arguments);`;
    return (await this.call("POST", "/execute/sync", { script, args })) as Awaited<T>;
  }
  private async element(selector: string): Promise<string> {
    const found = await poll(`an element ${selector}`, async () => {
      const list = (await this.call("POST", "/elements", {
        using: "css selector",
        value: selector,
      })) as Record<string, string>[];
      return list[0];
    });
    return found[ELEMENT];
  }
  async click(selector: string) {
    const id = await this.element(selector);
    // WebKit's driver scrolls an element only to the edge of the view before it clicks, and lets
    // the click land where the element was: bring it to the middle of the view first.
    await this.evaluate(
      (el) => (el as unknown as Element).scrollIntoView({ block: "center", behavior: "instant" }),
      { [ELEMENT]: id } as never,
    );
    await poll(`${selector} to be clickable`, () =>
      this.call("POST", `/element/${id}/click`, {}).then(
        () => true,
        (e: Error) => {
          if (/not interactable|obscured|intercepted/.test(e.message)) return false;
          throw e;
        },
      ),
    );
  }
  async focus(selector: string) {
    await this.element(selector);
    await this.evaluate((s) => {
      const el = document.querySelector<HTMLElement>(s)!;
      el.scrollIntoView({ block: "center", behavior: "instant" });
      el.focus();
    }, selector);
  }
  private async keys(down: string[]) {
    const actions = [
      ...down.map((value) => ({ type: "keyDown", value })),
      ...down.reverse().map((value) => ({ type: "keyUp", value })),
    ];
    await this.call("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
  }
  async press(key: Key) {
    await this.keys([...webdriverKeys[key]]);
  }
  async type(text: string) {
    const actions = [...text].flatMap((value) => [
      { type: "keyDown", value },
      { type: "keyUp", value },
    ]);
    await this.call("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
  }
  async waitFor<A extends unknown[]>(what: string, fn: (...args: A) => unknown, ...args: A) {
    await poll(what, () => this.evaluate(fn, ...args));
  }
  async errors() {
    const now = await this.evaluate(
      () =>
        (window as unknown as { __engineErrors?: string[] }).__engineErrors ?? [
          "the error probe did not load",
        ],
    );
    return [...this.earlier, ...now];
  }
  close() {
    return this.onClose();
  }
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => ok(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export async function webkit(): Promise<Engine> {
  if (!miniBrowserPath || !existsSync("/usr/bin/WebKitWebDriver"))
    throw new Error(
      "WebKit not found: install Debian's `webkit2gtk-driver` (WebKitWebDriver and MiniBrowser)",
    );
  if (!process.env.DISPLAY) throw new Error("WebKitGTK needs a display: run under `xvfb-run -a`");
  const drivers = new Set<ChildProcess>();
  return {
    name: "webkit",
    // A driver of its own for every profile: a second session in one WebKitWebDriver lands its
    // pointer clicks off target (on the element above), so each session starts afresh.
    async open() {
      const port = await freePort();
      const driver = spawn("/usr/bin/WebKitWebDriver", [`--port=${port}`], { stdio: "ignore" });
      drivers.add(driver);
      const root = `http://127.0.0.1:${port}`;
      const request = async (method: string, path: string, body?: unknown) => {
        // A command that never comes back (a stuck browser) fails by name instead of hanging the test.
        const res = await fetch(root + path, {
          method,
          headers: { "content-type": "application/json" },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(WAIT_MS + 30_000),
        }).catch((e: Error) => {
          throw new Error(`WebDriver ${method} ${path} did not answer: ${e.message}`);
        });
        const answer = (await res.json()) as {
          value: { error?: string; message?: string } & Record<string, unknown>;
        };
        if (!res.ok)
          throw new Error(`WebDriver ${method} ${path}: ${answer.value.error} ${answer.value.message ?? ""}`);
        return answer.value as unknown;
      };
      await poll("WebKitWebDriver to start", () => request("GET", "/status").then(() => true), 20_000);
      const session = (await request("POST", "/session", {
        capabilities: {
          alwaysMatch: {
            browserName: "MiniBrowser",
            "webkitgtk:browserOptions": { binary: miniBrowserPath, args: ["--automation"] },
          },
        },
      })) as { sessionId: string };
      const prefix = `/session/${session.sessionId}`;
      const call = (method: string, path: string, body?: unknown) => request(method, prefix + path, body);
      await call("POST", "/window/rect", { width: 1000, height: 800 });
      await call("POST", "/timeouts", { script: WAIT_MS, pageLoad: WAIT_MS });
      return new WebKitPage(call, async () => {
        await request("DELETE", prefix).catch(() => undefined);
        driver.kill();
        drivers.delete(driver);
      });
    },
    async close() {
      for (const driver of drivers) driver.kill();
    },
  };
}

/**
 * Inside the sandbox, what a cell cannot reach says so in the reader's language. The sandbox
 * itself (opaque origin, its CSP) is what blocks these; without this, a cell would only see the
 * browser's own words ("Failed to fetch", "top is not defined", a SecurityError).
 */
import type { Lang } from "../../i18n/lang.ts";
import { strings } from "../strings.ts";

/** What the sandbox blocks; its message is in src/kernel/strings.ts. */
export type Blocked = keyof (typeof strings)["ko"]["sandbox"];

export class SandboxError extends Error {
  override name = "SandboxError";
}

/** Replace what the sandbox blocks with something that throws a clear message. */
export function guardGlobals(lang: Lang, devicePixelRatio: number): void {
  const g = globalThis as Record<string, unknown>;
  const blocked = (what: Blocked) => () => {
    throw new SandboxError(strings[lang].sandbox[what]);
  };
  const asValue = (what: Blocked) => {
    const f = blocked(what);
    return Object.assign(f, { prototype: {} });
  };
  const getter = (target: object, name: string, what: Blocked) =>
    Object.defineProperty(target, name, { get: blocked(what), configurable: true });

  for (const name of ["indexedDB", "caches", "localStorage", "sessionStorage", "cookieStore"])
    getter(globalThis, name, "storage");
  for (const name of ["top", "parent", "opener", "open"]) getter(globalThis, name, "page");
  for (const name of ["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "importScripts"])
    g[name] = asValue("network");
  if ("navigator" in globalThis && "sendBeacon" in navigator) getter(navigator, "sendBeacon", "network");
  // A cell's postMessage would reach only the sandbox frame, which does not listen: say so.
  const scope = Object.getPrototypeOf(globalThis) as object;
  Object.defineProperty(scope, "postMessage", { value: blocked("messages"), configurable: true });
  g.postMessage = blocked("messages");
  // Plot reads window.devicePixelRatio and keeps its document there (see plot.ts); the rest of
  // "window" is the page's.
  const win = { devicePixelRatio };
  for (const name of ["top", "parent", "opener", "location", "open"]) getter(win, name, "page");
  for (const name of ["localStorage", "sessionStorage", "indexedDB"]) getter(win, name, "storage");
  g.window = win;
}

/**
 * The shapes of every message that crosses the sandbox's edge, checked on arrival: anything else
 * (a forged message, a message from another window, a malformed one) is dropped. No DOM here:
 * the page, the frame and the workers all use these checks, and so do the unit tests.
 */
import {
  sandboxModules,
  type CellEvent,
  type FromWorker,
  type Request,
  type SandboxModule,
} from "../protocol.ts";

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === "string";
const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const isId = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isStrArray = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);
const isCells = (x: unknown) => Array.isArray(x) && x.every((c) => isObj(c) && isStr(c.id) && isStr(c.code));
const isFiles = (x: unknown) => isObj(x) && Object.values(x).every(isStr);
const isModuleName = (x: unknown): x is SandboxModule => sandboxModules.includes(x as SandboxModule);

/** The sandbox tells the course page: it is ready for a worker, the worker died, or it is alive (`pong`). */
export type FromFrame =
  { type: "ready" } | { type: "crashed"; message: string } | { type: "pong"; n: number };

/** The page tells the sandbox: start `script` as a worker, talking over `port`. */
export interface StartWorker {
  type: "start";
  name: string;
  script: Blob;
  port: MessagePort;
}

/** What the page accepts from the sandbox: only from our sandbox window, whose origin is opaque ("null"). */
export function frameMessage(
  event: { origin: string; source: unknown; data: unknown },
  frame: unknown,
): FromFrame | null {
  if (event.origin !== "null" || frame == null || event.source !== frame) return null;
  const d = event.data;
  if (!isObj(d)) return null;
  if (d.type === "ready" && Object.keys(d).length === 1) return { type: "ready" };
  if (d.type === "crashed" && isStr(d.message)) return { type: "crashed", message: d.message.slice(0, 500) };
  if (d.type === "pong" && isId(d.n)) return { type: "pong", n: d.n };
  return null;
}

/** The page asks the sandbox whether it is still alive (its process may have died with the worker). */
export interface Ping {
  type: "ping";
  n: number;
}

/** What the sandbox accepts: messages from the course page only. */
export function hostMessage(
  event: { source: unknown; data: unknown },
  parent: unknown,
): StartWorker | Ping | null {
  if (parent == null || event.source !== parent) return null;
  const d = event.data;
  if (isObj(d) && d.type === "ping" && isId(d.n)) return { type: "ping", n: d.n };
  if (!isObj(d) || d.type !== "start" || !isStr(d.name)) return null;
  if (typeof Blob === "undefined" || !(d.script instanceof Blob)) return null;
  if (typeof MessagePort === "undefined" || !(d.port instanceof MessagePort)) return null;
  return { type: "start", name: d.name, script: d.script, port: d.port };
}

const ITEM_KINDS = new Set(["log", "value", "names", "error", "note"]);
const isCellError = (e: unknown) => isObj(e) && isStr(e.name) && isStr(e.message);

function isCellEvent(e: unknown): e is CellEvent {
  if (!isObj(e)) return false;
  if (e.phase === "start") return true;
  return (
    e.phase === "result" &&
    typeof e.ok === "boolean" &&
    isNum(e.ms) &&
    Array.isArray(e.items) &&
    e.items.every((i) => isObj(i) && isStr(i.kind) && ITEM_KINDS.has(i.kind)) &&
    (e.error === undefined || isCellError(e.error))
  );
}

/** What the page accepts from its kernel worker. */
export function fromWorker(d: unknown): FromWorker | null {
  if (!isObj(d) || !isId(d.reqId)) return null;
  switch (d.type) {
    case "event":
      return isStr(d.id) && isCellEvent(d.event) ? (d as unknown as FromWorker) : null;
    case "reply":
      if (d.ok === true) return "value" in d ? (d as unknown as FromWorker) : null;
      return d.ok === false && isCellError(d.error) ? (d as unknown as FromWorker) : null;
    case "need":
      return isModuleName(d.module) ? (d as unknown as FromWorker) : null;
    default:
      return null;
  }
}

function isRequest(r: unknown): r is Request {
  if (!isObj(r)) return false;
  switch (r.type) {
    case "init":
      return isNum(r.devicePixelRatio) && (r.lang === "ko" || r.lang === "en");
    case "run":
      return (
        isCells(r.cells) &&
        (r.id === null || isStr(r.id)) &&
        isStrArray(r.stopped) &&
        (r.providersOnly === undefined || typeof r.providersOnly === "boolean")
      );
    case "evaluate":
      return isCells(r.cells) && isStr(r.code);
    case "check":
      return isCells(r.cells) && isStr(r.code) && isStr(r.solution) && isStr(r.checks);
    case "call":
      return isStr(r.name) && Array.isArray(r.args);
    case "withModel":
      return isStr(r.model) && isStr(r.name) && Array.isArray(r.args);
    case "library":
      return (r.files === null || isFiles(r.files)) && (r.check === undefined || isStrArray(r.check));
    case "trained":
      return r.model === null || (isObj(r.model) && r.model.weights instanceof Uint8Array);
    case "model":
      return isStr(r.name) && r.weights instanceof ArrayBuffer;
    case "module":
      return isModuleName(r.name) && isStr(r.source);
    case "warm":
      return isCells(r.cells);
    case "reset":
      return true;
    default:
      return false;
  }
}

/** What the kernel worker accepts from its page. */
export function toWorker(d: unknown): { reqId: number; req: Request } | null {
  return isObj(d) && isId(d.reqId) && isRequest(d.req) ? { reqId: d.reqId, req: d.req } : null;
}

/**
 * The sandbox's script: it runs in the sandboxed `srcdoc` iframe that sandbox/frame.html makes
 * (see SANDBOX.md), in an opaque origin, under the CSP it inherits, and does one thing: when its page hands it a worker script and a MessagePort, it
 * starts that script as a blob: worker and passes the port on, so page and worker talk directly.
 * It never listens to the worker itself (a cell's `postMessage` reaches no one), and it reports a
 * worker that dies (out of memory, a load error) to the page, and answers its page's pings.
 */
import { hostMessage, type FromFrame } from "./messages.ts";

let worker: Worker | undefined;
let url: string | undefined;

/** The course page: the parent of sandbox/frame.html, whose child this is. */
const page = parent.parent;
const tell = (msg: FromFrame) => page.postMessage(msg, "*");

addEventListener("message", (event) => {
  const start = hostMessage(event, page);
  if (!start) return;
  if (start.type === "ping") return tell({ type: "pong", n: start.n });
  worker?.terminate();
  if (url) URL.revokeObjectURL(url);
  url = URL.createObjectURL(start.script);
  let started: Worker;
  try {
    started = new Worker(url, { name: start.name });
  } catch (e) {
    return tell({ type: "crashed", message: `the sandbox could not start its worker: ${String(e)}` });
  }
  started.addEventListener("error", (e) => {
    e.preventDefault();
    if (worker === started) tell({ type: "crashed", message: e.message || "" });
  });
  started.postMessage({ port: start.port }, [start.port]);
  worker = started;
});

tell({ type: "ready" });

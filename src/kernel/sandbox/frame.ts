/**
 * The sandbox page's one script (inlined into sandbox/index.html under a CSP hash). It runs in an
 * opaque origin and does one thing: when its page hands it a worker script and a MessagePort, it
 * starts that script as a blob: worker and passes the port on, so page and worker talk directly.
 * It never listens to the worker itself (a cell's `postMessage` reaches no one), and it reports a
 * worker that dies (out of memory, a load error) to the page, and answers its page's pings.
 */
import { hostMessage, type FromFrame } from "./messages.ts";

let worker: Worker | undefined;
let url: string | undefined;

const tell = (msg: FromFrame) => parent.postMessage(msg, "*");

addEventListener("message", (event) => {
  const start = hostMessage(event, parent);
  if (!start) return;
  if (start.type === "ping") return tell({ type: "pong", n: start.n });
  worker?.terminate();
  if (url) URL.revokeObjectURL(url);
  url = URL.createObjectURL(start.script);
  const started = new Worker(url, { name: start.name });
  started.addEventListener("error", (e) => {
    e.preventDefault();
    if (worker === started) tell({ type: "crashed", message: e.message || "" });
  });
  started.postMessage({ port: start.port }, [start.port]);
  worker = started;
});

tell({ type: "ready" });

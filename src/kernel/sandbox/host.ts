/**
 * The page's side of the sandbox (see SANDBOX.md): a worker that runs inside an opaque-origin
 * iframe (made by our hidden sandbox/frame.html). The page fetches the worker's script itself (so
 * it is cached and works offline), hands it to the sandbox with one end of a MessageChannel, and
 * from then on talks to the worker over the other end. `terminate()` removes the frame, which
 * ends the worker however busy it is.
 */
import { frameMessage } from "./messages.ts";

export interface SandboxWorker {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
}

export interface SandboxHandlers {
  /** A message from the worker (not yet checked: the caller knows its shapes). */
  message(data: unknown): void;
  /** The worker could not start, or it died. */
  error(message: string): void;
}

const scripts = new Map<string, Promise<Blob>>();

/** A sandbox script (`kernel.js`, `trainer.js`, `plot.js`), fetched once per page. */
export function sandboxScript(name: string): Promise<Blob> {
  let script = scripts.get(name);
  if (!script) {
    script = fetch(`${import.meta.env.BASE_URL}sandbox/${name}`, { cache: "no-cache" }).then((r) =>
      r.ok ? r.blob() : Promise.reject(new Error(`sandbox/${name}: HTTP ${r.status}`)),
    );
    scripts.set(name, script);
    script.catch(() => scripts.delete(name));
  }
  return script;
}

/** Start `sandbox/<script>` as a worker in a fresh sandbox (a hidden frame.html and the iframe it makes). */
export function startSandboxWorker(script: string, handlers: SandboxHandlers): SandboxWorker {
  const frame = document.createElement("iframe");
  frame.hidden = true;
  frame.tabIndex = -1;
  frame.setAttribute("aria-hidden", "true");
  frame.title = script;
  // frame.html is ours (same origin, no reader code); the sandbox is the opaque-origin iframe it makes.
  const sandbox = (): Window | null => {
    try {
      return frame.contentWindow?.frames[0] ?? null;
    } catch {
      return null;
    }
  };
  const channel = new MessageChannel();
  let ended = false;
  let ready = false;
  let watch: ReturnType<typeof setInterval> | undefined;

  const end = () => {
    ended = true;
    clearInterval(watch);
    removeEventListener("message", onMessage);
    channel.port1.close();
    frame.remove();
  };
  const fail = (message: string) => {
    if (ended) return;
    end();
    handlers.error(message);
  };

  // Where the sandbox has a process of its own (Chromium), code that fills memory ends only that
  // process and nothing tells the page: so it pings the frame (whose own thread is never busy)
  // and takes three unanswered pings in a row for a dead sandbox. A ping is answered within
  // milliseconds, and the count is of pings, not of time, so a throttled background tab is fine.
  let pinged = 0;
  let answered = 0;
  let misses = 0;
  const watchFrame = () => {
    misses = answered === pinged ? 0 : misses + 1;
    if (misses >= 3) return fail("out of memory?");
    sandbox()?.postMessage({ type: "ping", n: ++pinged }, "*");
  };

  function onMessage(event: MessageEvent) {
    const msg = frameMessage(event, sandbox());
    if (!msg || ended) return;
    if (msg.type === "crashed") return fail(msg.message || "the sandboxed worker stopped");
    if (msg.type === "pong") {
      answered = Math.max(answered, msg.n);
      return;
    }
    if (ready) return;
    ready = true;
    watch = setInterval(watchFrame, 1000);
    sandboxScript(script).then(
      (blob) => {
        if (ended) return;
        sandbox()?.postMessage({ type: "start", name: script, script: blob, port: channel.port2 }, "*", [
          channel.port2,
        ]);
      },
      (e: unknown) => fail(`could not load the sandbox: ${e instanceof Error ? e.message : String(e)}`),
    );
  }

  addEventListener("message", onMessage);
  // The frame says "ready" while it loads; loaded without that (offline, a 404), it never will.
  // (Its message may arrive just after the load event when the frame has a process of its own.)
  frame.addEventListener("load", () => {
    setTimeout(() => {
      if (!ready) fail("the sandbox page did not start");
    }, 2000);
  });
  channel.port1.addEventListener("message", (event) => {
    if (!ended) handlers.message(event.data);
  });
  channel.port1.start();
  frame.src = `${import.meta.env.BASE_URL}sandbox/frame.html`;
  document.body.append(frame);

  return {
    postMessage: (message, transfer = []) => {
      if (!ended) channel.port1.postMessage(message, transfer);
    },
    terminate: end,
  };
}

import { describe, expect, it } from "vitest";
import { frameMessage, fromWorker, hostMessage, toWorker } from "../../src/kernel/sandbox/messages.ts";
import { fromTrainer, toTrainer } from "../../src/widgets/train-model/protocol.ts";

const ourFrame = { name: "our iframe's window" };
const otherWindow = { name: "some other window" };

describe("messages from the sandbox frame to the page", () => {
  it("accepts ready and crashed from our iframe, whose origin is opaque", () => {
    expect(frameMessage({ origin: "null", source: ourFrame, data: { type: "ready" } }, ourFrame)).toEqual({
      type: "ready",
    });
    expect(
      frameMessage(
        { origin: "null", source: ourFrame, data: { type: "crashed", message: "out of memory" } },
        ourFrame,
      ),
    ).toEqual({ type: "crashed", message: "out of memory" });
  });

  it("accepts a pong with its ping's number", () => {
    expect(
      frameMessage({ origin: "null", source: ourFrame, data: { type: "pong", n: 7 } }, ourFrame),
    ).toEqual({
      type: "pong",
      n: 7,
    });
    expect(
      frameMessage({ origin: "null", source: ourFrame, data: { type: "pong", n: "7" } }, ourFrame),
    ).toBeNull();
  });

  it("drops a message from another window, from a real origin, or with no frame to compare", () => {
    const data = { type: "ready" };
    expect(frameMessage({ origin: "null", source: otherWindow, data }, ourFrame)).toBeNull();
    expect(frameMessage({ origin: "https://evil.example", source: ourFrame, data }, ourFrame)).toBeNull();
    expect(frameMessage({ origin: "http://127.0.0.1:4321", source: ourFrame, data }, ourFrame)).toBeNull();
    expect(frameMessage({ origin: "null", source: null, data }, null)).toBeNull();
  });

  it("drops malformed data without throwing", () => {
    for (const data of [
      null,
      undefined,
      1,
      "ready",
      [],
      { type: "ready", extra: 1 },
      { type: "crashed" },
      { type: "run" },
    ])
      expect(frameMessage({ origin: "null", source: ourFrame, data }, ourFrame)).toBeNull();
  });

  it("keeps a crash message short", () => {
    const msg = frameMessage(
      { origin: "null", source: ourFrame, data: { type: "crashed", message: "x".repeat(5000) } },
      ourFrame,
    );
    expect(msg?.type === "crashed" && msg.message.length).toBe(500);
  });
});

describe("messages from the page to the sandbox frame", () => {
  const page = { name: "parent" };
  it("needs a Blob, a MessagePort and a name, from the parent", () => {
    const { port1, port2 } = new MessageChannel();
    const script = new Blob(["1"]);
    expect(
      hostMessage({ source: page, data: { type: "start", name: "kernel.js", script, port: port1 } }, page),
    ).toEqual({
      type: "start",
      name: "kernel.js",
      script,
      port: port1,
    });
    expect(
      hostMessage({ source: otherWindow, data: { type: "start", name: "k", script, port: port1 } }, page),
    ).toBeNull();
    expect(
      hostMessage({ source: page, data: { type: "start", name: "k", script: "1", port: port1 } }, page),
    ).toBeNull();
    expect(
      hostMessage({ source: page, data: { type: "start", name: "k", script, port: {} } }, page),
    ).toBeNull();
    port1.close();
    port2.close();
  });
  it("answers pings only from the parent", () => {
    expect(hostMessage({ source: page, data: { type: "ping", n: 4 } }, page)).toEqual({ type: "ping", n: 4 });
    expect(hostMessage({ source: otherWindow, data: { type: "ping", n: 4 } }, page)).toBeNull();
    expect(hostMessage({ source: page, data: { type: "ping", n: -1 } }, page)).toBeNull();
  });
});

describe("messages from the kernel worker to the page", () => {
  it("accepts the kernel's own events, replies and requests", () => {
    const messages = [
      { reqId: 3, type: "event", id: "c1", event: { phase: "start" } },
      {
        reqId: 3,
        type: "event",
        id: "c1",
        event: { phase: "result", ok: true, items: [{ kind: "log", level: "log", text: "hi" }], ms: 1 },
      },
      { reqId: 3, type: "reply", ok: true, value: null },
      { reqId: 4, type: "reply", ok: false, error: { name: "Error", message: "no", kind: "error" } },
      { reqId: 0, type: "need", module: "plot" },
      { reqId: 0, type: "need", module: "checking" },
    ];
    for (const m of messages) expect(fromWorker(m)).toEqual(m);
  });

  it("drops forged or malformed ones", () => {
    const bad = [
      null,
      "reply",
      { type: "reply", ok: true, value: 1 },
      { reqId: -1, type: "reply", ok: true, value: 1 },
      { reqId: 1.5, type: "reply", ok: true, value: 1 },
      { reqId: "1", type: "reply", ok: true, value: 1 },
      { reqId: 1, type: "reply", ok: true },
      { reqId: 1, type: "reply", ok: false, error: "boom" },
      { reqId: 1, type: "reply", ok: "yes", value: 1 },
      { reqId: 1, type: "event", id: 7, event: { phase: "start" } },
      { reqId: 1, type: "event", id: "c", event: { phase: "result", ok: true, items: "x", ms: 1 } },
      {
        reqId: 1,
        type: "event",
        id: "c",
        event: { phase: "result", ok: true, items: [{ kind: "script" }], ms: 1 },
      },
      { reqId: 1, type: "event", id: "c", event: { phase: "stopped" } },
      { reqId: 0, type: "need", module: "https://evil.example/x.js" },
      { reqId: 1, type: "library", files: {} },
    ];
    for (const m of bad) expect(fromWorker(m)).toBeNull();
  });
});

describe("messages from the page to the kernel worker", () => {
  it("accepts every request the page sends", () => {
    const requests = [
      { type: "init", devicePixelRatio: 2, lang: "ko" },
      { type: "run", cells: [{ id: "a", code: "1" }], id: null, stopped: [] },
      { type: "run", cells: [], id: "a", stopped: ["b"], providersOnly: true },
      { type: "evaluate", cells: [], code: "1 + 1" },
      {
        type: "check",
        cells: [],
        code: "function f() {}",
        solution: "function f() {}",
        checks: "export default () => ({})",
      },
      { type: "call", name: "softmax", args: [[1, 2]] },
      { type: "withModel", model: "bahdanau", name: "decode", args: ["x"] },
      { type: "library", files: { "index.ts": "export {}" } },
      { type: "library", files: null },
      { type: "library", files: { "index.ts": "export {}" }, check: ["softmax"] },
      { type: "trained", model: { meta: {}, weights: new Uint8Array(4) } },
      { type: "trained", model: null },
      { type: "model", name: "luong", meta: {}, weights: new ArrayBuffer(8) },
      { type: "module", name: "plot", source: "export {}" },
      { type: "module", name: "checking", source: "export {}" },
      { type: "reset" },
      { type: "warm", cells: [{ id: "a", code: "1" }] },
    ];
    for (const req of requests) expect(toWorker({ reqId: 1, req })).toEqual({ reqId: 1, req });
  });

  it("drops malformed ones", () => {
    const bad = [
      undefined,
      { req: { type: "reset" } },
      { reqId: 1, req: { type: "eval" } },
      { reqId: 1, req: { type: "init", devicePixelRatio: 1, lang: "fr" } },
      { reqId: 1, req: { type: "run", cells: [{ id: 1, code: "" }], id: null, stopped: [] } },
      { reqId: 1, req: { type: "warm" } },
      { reqId: 1, req: { type: "check", cells: [], code: "f", solution: "f" } },
      { reqId: 1, req: { type: "library", files: { "index.ts": 5 } } },
      { reqId: 1, req: { type: "library", files: null, check: "softmax" } },
      { reqId: 1, req: { type: "module", name: "other", source: "" } },
      { reqId: 1, req: { type: "trained", model: { meta: {}, weights: [1, 2] } } },
    ];
    for (const m of bad) expect(toWorker(m)).toBeNull();
  });
});

describe("messages between the training widget and its worker", () => {
  const options = { attention: "bahdanau", hiddenDim: 32, learningRate: 0.01, steps: 10, batchSize: 32 };
  it("accepts the widget's own", () => {
    expect(toTrainer({ type: "train", options, library: null })).toEqual({
      type: "train",
      options,
      library: null,
    });
    expect(toTrainer({ type: "stop" })).toEqual({ type: "stop" });
    const done = {
      type: "done",
      steps: 10,
      stopped: false,
      accuracy: 0.5,
      meta: {},
      weights: new Uint8Array(2),
    };
    expect(fromTrainer(done)).toEqual(done);
    expect(fromTrainer({ type: "progress", step: 5, steps: 10, loss: 1.2, msPerStep: 40 })).not.toBeNull();
  });
  it("drops malformed ones", () => {
    expect(
      toTrainer({ type: "train", options: { ...options, attention: "transformer" }, library: null }),
    ).toBeNull();
    expect(toTrainer({ type: "train", options, library: { "index.ts": 1 } })).toBeNull();
    expect(fromTrainer({ type: "done", steps: 10, stopped: false, weights: [1] })).toBeNull();
    expect(fromTrainer({ type: "progress", step: "5" })).toBeNull();
    expect(fromTrainer(null)).toBeNull();
  });
});

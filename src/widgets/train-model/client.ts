// The training widget in the browser: starts its own worker on "start training", shows progress
// and the curves (Plot is loaded then, not before), and keeps a finished model in the store, where
// the kernel finds it as "mine" for the heatmap.
import { pageLang } from "../../i18n/lang.ts";
import { getKernel } from "../../kernel/client.ts";
import { startSandboxWorker, type SandboxWorker } from "../../kernel/sandbox/host.ts";
import { type WidgetHandle, part, setMessage, setReady } from "../shared/dom.ts";
import { fromTrainer, type FromTrainer, type HyperParameters, type ToTrainer } from "./protocol.ts";
import { duration, expectedText, historyTable, hyperProblem, percent, type HistoryPoint } from "./render.ts";
import { strings } from "./strings.ts";

const REDRAW_MS = 400;

export function mount(root: HTMLElement): WidgetHandle {
  const lang = pageLang();
  const s = strings[lang];
  const trainButton = part<HTMLButtonElement>(root, "[data-train]");
  const pauseButton = part<HTMLButtonElement>(root, "[data-pause]");
  const stopButton = part<HTMLButtonElement>(root, "[data-stop]");
  const keepButton = part<HTMLButtonElement>(root, "[data-keep]");
  const discardButton = part<HTMLButtonElement>(root, "[data-discard]");
  const progress = part<HTMLProgressElement>(root, "[data-progress]");
  const status = part(root, "[data-status]");
  const plot = part(root, "[data-plot]");
  const table = part(root, "[data-table]");
  let worker: SandboxWorker | undefined;
  let history: HistoryPoint[] = [];
  let steps = 0;
  let paused = false;
  let visible = false;
  let dirty = false;
  let lastAccuracy: number | undefined;
  let trained: { meta: unknown; weights: Uint8Array } | undefined;
  const recent: number[] = [];

  const send = (msg: ToTrainer) => worker?.postMessage(msg);

  /** A training worker; only the current one (`worker`) is heard. */
  // The reader's edited library may train: the worker runs in the sandbox, like the kernel.
  const startWorker = (): SandboxWorker => {
    const w: SandboxWorker = startSandboxWorker("trainer.js", {
      message: (data) => {
        const msg = fromTrainer(data);
        if (msg && w === worker) receive(msg);
      },
      error: (message) => {
        if (w === worker) receive({ type: "error", message: message || "the training worker stopped" });
      },
    });
    return w;
  };
  // Started as the widget comes into view, so that Train starts training at once: the worker's
  // code is loaded and the data set made while the reader looks at the settings.
  let spare: SandboxWorker | undefined = startWorker();
  spare.postMessage({ type: "prepare" } satisfies ToTrainer);
  const hyper = (): HyperParameters => ({
    attention: part<HTMLSelectElement>(root, "[data-attention]").value as HyperParameters["attention"],
    hiddenDim: Number(part<HTMLSelectElement>(root, "[data-hidden]").value),
    learningRate: part<HTMLInputElement>(root, "[data-lr]").valueAsNumber,
    steps: part<HTMLInputElement>(root, "[data-steps]").valueAsNumber,
    batchSize: Number(part<HTMLSelectElement>(root, "[data-batch]").value),
  });

  // The expected time follows the settings (it was written at build time for the defaults).
  const expected = part(root, "[data-expected]");
  const showExpected = () => {
    const h = hyper();
    expected.textContent = hyperProblem(h, s) ? "" : expectedText(h, s, lang);
  };
  root.addEventListener("input", showExpected);
  root.addEventListener("change", showExpected);

  // The curves are redrawn at most every REDRAW_MS, and not at all while the widget is off screen.
  const drawCurves = async () => {
    if (!visible || !dirty || history.length === 0) return;
    dirty = false;
    const [{ trainingCurves }, Plot] = await Promise.all([
      import("./chart.ts"),
      import("@observablehq/plot"),
    ]);
    plot.replaceChildren(
      trainingCurves(Plot, history, steps, { step: s.step, loss: s.loss, accuracy: s.accuracy }, document),
    );
    table.innerHTML = historyTable(history, s);
  };
  let redraw: ReturnType<typeof setInterval> | undefined;

  const setRunning = (running: boolean) => {
    clearInterval(redraw);
    if (running) redraw = setInterval(() => void drawCurves(), REDRAW_MS);
    trainButton.disabled = running;
    pauseButton.disabled = !running;
    stopButton.disabled = !running;
    for (const el of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select"))
      el.disabled = running;
  };

  const receive = (msg: FromTrainer) => {
    if (msg.type === "progress") {
      history.push({ step: msg.step, loss: msg.loss, accuracy: msg.accuracy });
      if (msg.accuracy !== undefined) lastAccuracy = msg.accuracy;
      recent.push(msg.msPerStep);
      if (recent.length > 10) recent.shift();
      const msPerStep = recent.reduce((a, b) => a + b, 0) / recent.length;
      progress.value = msg.step / msg.steps;
      status.textContent = s.status(
        msg.step,
        msg.steps,
        msg.loss.toFixed(3),
        percent(lastAccuracy),
        s.left(duration((msg.steps - msg.step) * msPerStep, lang)),
      );
      dirty = true;
    } else if (msg.type === "library") {
      setMessage(root, msg.edited ? s.editedLibrary : s.libraryFallback(msg.problem ?? ""), "info");
    } else if (msg.type === "paused") {
      status.textContent = s.paused(msg.step);
    } else if (msg.type === "done") {
      setRunning(false);
      trained = { meta: msg.meta, weights: msg.weights };
      status.textContent = msg.stopped
        ? s.stoppedEarly(msg.steps, percent(msg.accuracy))
        : s.finished(percent(msg.accuracy));
      keepButton.hidden = false;
      dirty = true;
      void drawCurves();
      worker?.terminate();
      worker = undefined;
    } else {
      setRunning(false);
      setMessage(root, s.failed(msg.message));
    }
  };

  trainButton.addEventListener("click", () => {
    const options = hyper();
    const problem = hyperProblem(options, s);
    if (problem) return setMessage(root, problem);
    setMessage(root, null);
    worker?.terminate();
    worker = spare ?? startWorker();
    spare = undefined;
    history = [];
    recent.length = 0;
    lastAccuracy = undefined;
    steps = options.steps;
    paused = false;
    pauseButton.textContent = s.pause;
    progress.value = 0;
    keepButton.hidden = true;
    setRunning(true);
    send({ type: "train", options, library: getKernel().libraryOverrides });
  });
  pauseButton.addEventListener("click", () => {
    paused = !paused;
    pauseButton.textContent = paused ? s.resume : s.pause;
    send({ type: paused ? "pause" : "resume" });
  });
  stopButton.addEventListener("click", () => {
    stopButton.disabled = true;
    send({ type: "stop" });
  });
  keepButton.addEventListener("click", async () => {
    if (!trained) return;
    // The kernel hears of the new model from the store (also when it is kept only in memory).
    const { getStore } = await import("../../kernel/storage/index.ts");
    const stored = await getStore().saveTrainedModel("mine", trained.meta, trained.weights);
    setMessage(root, stored ? s.kept : s.notKept, "info");
    discardButton.hidden = false;
  });
  discardButton.addEventListener("click", async () => {
    const { getStore } = await import("../../kernel/storage/index.ts");
    await getStore().deleteTrainedModel("mine");
    discardButton.hidden = true;
    setMessage(root, s.discarded, "info");
  });

  // Say whether a kept model exists (from an earlier visit).
  void import("../../kernel/storage/index.ts")
    .then(({ getStore }) => getStore().loadTrainedModel("mine"))
    .then((record) => {
      if (record) {
        const accuracy = (record.meta as { accuracy?: number }).accuracy;
        setMessage(root, s.stored(percent(accuracy)), "info");
        discardButton.hidden = false;
      }
    })
    .catch(() => undefined)
    .finally(() => setReady(root, true));

  return {
    show: () => {
      visible = true;
      void drawCurves();
    },
    hide: () => {
      visible = false;
    },
  };
}

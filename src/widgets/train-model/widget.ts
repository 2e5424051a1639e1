// Train it yourself, one definition for the build and the page: the settings (attention,
// hidden size, learning rate, steps, batch size) are the state, and what the widget computes from
// them is the time to expect (drawn at build time for the defaults, redrawn as the reader changes
// them). Training itself runs in a worker of its own (training.ts), driven by `bind`: Train,
// pause, stop, the progress and curves, and keeping the trained model for the heatmap's "mine".
import { getKernel } from "../../kernel/client.ts";
import { esc } from "../shared/format.ts";
import { defineWidget, type Live } from "../shared/widget.ts";
import { TRAIN_DEFAULTS, type FromTrainer, type HyperParameters } from "./protocol.ts";
import { expectedText, hyperProblem, percent } from "./render.ts";
import { strings, type Strings } from "./strings.ts";
import { keptModel, liveCurves, runProgress, trainingWorkers } from "./training.ts";

export interface Props {
  steps?: number;
}

type TrainLive = Live<HyperParameters, string, Strings>;

/** The settings as the reader left them in the controls. */
function settings(live: TrainLive): HyperParameters {
  const value = (hook: string) => live.part<HTMLInputElement | HTMLSelectElement>(`[data-${hook}]`).value;
  return {
    attention: value("attention") as HyperParameters["attention"],
    hiddenDim: Number(value("hidden")),
    learningRate: live.part<HTMLInputElement>("[data-lr]").valueAsNumber,
    steps: live.part<HTMLInputElement>("[data-steps]").valueAsNumber,
    batchSize: Number(value("batch")),
  };
}

/** The run's buttons and settings: while training only pause and stop can be pressed. */
function showRunning(live: TrainLive, running: boolean): void {
  live.part<HTMLButtonElement>("[data-train]").disabled = running;
  live.part<HTMLButtonElement>("[data-pause]").disabled = !running;
  live.part<HTMLButtonElement>("[data-stop]").disabled = !running;
  for (const el of live.root.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select"))
    el.disabled = running;
}

/** Wires Train, pause and stop to a training worker, and shows what it reports. */
function bindTraining(live: TrainLive, trained: (model: { meta: unknown; weights: Uint8Array }) => void) {
  const { s } = live;
  const pauseButton = live.part<HTMLButtonElement>("[data-pause]");
  const progress = live.part<HTMLProgressElement>("[data-progress]");
  const status = live.part("[data-status]");
  const run = runProgress(s);
  const curves = liveCurves(live.part("[data-plot]"), live.part("[data-table]"), s);
  let paused = false;
  const running = (total: number | null) => {
    curves.running(total);
    showRunning(live, total !== null);
  };
  const receive = (msg: FromTrainer) => {
    if (msg.type === "progress") {
      progress.value = msg.step / msg.steps;
      status.textContent = run.add(msg);
      curves.changed(run.history);
    } else if (msg.type === "library") {
      live.message(msg.edited ? s.editedLibrary : s.libraryFallback(msg.problem ?? ""), "info");
    } else if (msg.type === "paused") {
      status.textContent = s.paused(msg.step);
    } else if (msg.type === "done") {
      running(null);
      status.textContent = msg.stopped
        ? s.stoppedEarly(msg.steps, percent(msg.accuracy))
        : s.finished(percent(msg.accuracy));
      trained({ meta: msg.meta, weights: msg.weights });
      curves.changed(run.history, true);
      workers.finish();
    } else {
      running(null);
      live.message(s.failed(msg.message));
    }
  };
  const workers = trainingWorkers(receive);

  live.part("[data-train]").addEventListener("click", () => {
    const options = settings(live);
    const problem = hyperProblem(options, s);
    if (problem) return live.message(problem);
    live.message(null);
    run.reset();
    paused = false;
    pauseButton.textContent = s.pause;
    progress.value = 0;
    live.part("[data-keep]").hidden = true;
    running(options.steps);
    workers.run({ type: "train", options, library: getKernel().libraryOverrides });
  });
  pauseButton.addEventListener("click", () => {
    paused = !paused;
    pauseButton.textContent = paused ? s.resume : s.pause;
    workers.send({ type: paused ? "pause" : "resume" });
  });
  const stopButton = live.part<HTMLButtonElement>("[data-stop]");
  stopButton.addEventListener("click", () => {
    stopButton.disabled = true;
    workers.send({ type: "stop" });
  });
  return { show: () => curves.visible(true), hide: () => curves.visible(false) };
}

/** Wires keeping and forgetting the trained model, and says whether one is kept from an earlier visit. */
function bindKeeping(live: TrainLive) {
  const { s } = live;
  const keepButton = live.part<HTMLButtonElement>("[data-keep]");
  const discardButton = live.part<HTMLButtonElement>("[data-discard]");
  let model: { meta: unknown; weights: Uint8Array } | undefined;
  keepButton.addEventListener("click", async () => {
    if (!model) return;
    live.message((await keptModel.keep(model)) ? s.kept : s.notKept, "info");
    discardButton.hidden = false;
  });
  discardButton.addEventListener("click", async () => {
    await keptModel.forget();
    discardButton.hidden = true;
    live.message(s.discarded, "info");
  });
  live.waitFor(
    keptModel
      .accuracy()
      .then((kept) => {
        if (!kept) return;
        live.message(s.stored(percent(kept.accuracy)), "info");
        discardButton.hidden = false;
      })
      .catch(() => undefined),
  );
  /** A run finished: its model can be kept. */
  return (trained: { meta: unknown; weights: Uint8Array }) => {
    model = trained;
    keepButton.hidden = false;
  };
}

export default defineWidget({
  name: "train-model",
  strings,
  initial: ({ steps = TRAIN_DEFAULTS.steps }: Props): HyperParameters => ({
    attention: TRAIN_DEFAULTS.attention,
    hiddenDim: TRAIN_DEFAULTS.hiddenDim,
    learningRate: TRAIN_DEFAULTS.learningRate,
    steps,
    batchSize: TRAIN_DEFAULTS.batchSize,
  }),
  // Nothing is computed with the library before Train: only the time to expect (none for settings
  // Train would refuse).
  compute: async (_lib, settings, s) => (hyperProblem(settings, s) ? "" : expectedText(settings, s)),
  render: (expected) => ({ expected: esc(expected) }),
  bind(live) {
    const changed = () => live.set(settings(live));
    live.root.addEventListener("input", changed);
    live.root.addEventListener("change", changed);
    changed();
    return bindTraining(live, bindKeeping(live));
  },
});

// npm run bench
// One run, side by side, on this machine: our training step vs TensorFlow.js (wasm backend, one
// thread, and cpu backend) for the same Bahdanau model and batch (embedding 32, GRU 64, batch 32,
// input length 24, output length 10, Adam); matmul GFLOP/s; greedy decode ms per example.
// Prints a table and writes bench/results.json. Times are medians; CPU time (process.cpuUsage)
// is reported next to wall time because the machine may be shared: on a busy machine wall time
// measures the neighbours, CPU time measures the work.
import { createHash } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as tf from "@tensorflow/tfjs";
import { setThreadsCount, setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { Tape } from "../src/lib/attention/autograd.ts";
import { makeDateDataset } from "../src/lib/attention/data/dates.ts";
import { decodeBatch, greedyDecode } from "../src/lib/attention/decode.ts";
import { loadModel } from "../src/lib/attention/io.ts";
import { clipGradients, createAdam } from "../src/lib/attention/optim.ts";
import { type Batch, batchLoss, createSeq2Seq, namedParameters } from "../src/lib/attention/seq2seq.ts";
import { gemm } from "../src/lib/attention/tensor.ts";
import { setSimd } from "../src/lib/attention/fast/gemm.ts";
import { createTfSeq2Seq } from "./lib-tfjs-seq2seq.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [B, T, L, D, H, A] = [32, 24, 10, 32, 64, 64];

interface Timing {
  wallMs: number;
  cpuMs: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Median wall and CPU milliseconds of `run`, after `warmup` untimed calls. */
function time(run: () => void, repeats: number, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    run();
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

// The batch: fixed token ids, the same for every implementation.
const ids = (n: number, vocab: number, offset: number): Int32Array =>
  Int32Array.from({ length: n }, (_, i) => offset + ((i * 7919 + 13) % vocab));

// --- our training step
const model = createSeq2Seq({ attention: "bahdanau", embedDim: D, hiddenDim: H, attentionDim: A, seed: 1 });
const Vin = model.config.inputVocab.length;
const Vout = model.config.outputVocab.length;
const batch: Batch = {
  B,
  T,
  L,
  inputIds: ids(T * B, Vin - 2, 2),
  inputMask: new Float32Array(T * B).fill(1),
  decoderInputs: ids(L * B, Vout - 1, 1),
  targets: ids(L * B, Vout - 1, 1),
  targetMask: new Float32Array(L * B).fill(1),
};
const params = namedParameters(model).map(([, p]) => p);
const adam = createAdam(params, { learningRate: 0.001 });
const ourStep = (): void => {
  const tape = new Tape();
  const loss = batchLoss(model, tape, batch);
  tape.backward(loss);
  clipGradients(params, 5);
  adam.step();
  adam.zeroGrad();
};
console.log("timing our training step …");
const ours = time(ourStep, 30, 5);
setSimd(false);
const oursScalar = time(ourStep, 10, 2);
setSimd(true);

// --- TensorFlow.js
const tfBatch = {
  B,
  T,
  L,
  inputIds: batch.inputIds,
  decoderInputs: batch.decoderInputs,
  targets: batch.targets,
};
async function tfStep(backend: "wasm" | "cpu", repeats: number): Promise<Timing> {
  await tf.setBackend(backend);
  await tf.ready();
  const m = createTfSeq2Seq({ vocabIn: Vin, vocabOut: Vout, D, H, A, learningRate: 0.001, clip: 5 });
  const t = time(() => m.step(tfBatch), repeats, 3);
  m.dispose();
  return t;
}
setWasmPaths(join(root, "node_modules/@tensorflow/tfjs-backend-wasm/dist/"));
setThreadsCount(1);
console.log("timing TensorFlow.js (wasm) …");
const tfWasm = await tfStep("wasm", 15);
console.log("timing TensorFlow.js (cpu) …");
const tfCpu = await tfStep("cpu", 4);

// --- matmul GFLOP/s
await tf.setBackend("wasm");
const matmul: Array<Record<string, number | string>> = [];
for (const [m, k, n] of [
  [32, 96, 192],
  [64, 64, 64],
  [128, 128, 128],
  [256, 256, 256],
]) {
  const a = Float32Array.from({ length: m * k }, (_, i) => ((i * 37) % 101) / 101 - 0.5);
  const b = Float32Array.from({ length: k * n }, (_, i) => ((i * 53) % 103) / 103 - 0.5);
  const c = new Float32Array(m * n);
  const reps = Math.max(5, Math.round(4e7 / (2 * m * k * n)));
  const flops = 2 * m * k * n * reps;
  const gflops = (t: Timing): number => round(flops / (t.cpuMs * 1e6), 2);
  const simd = time(() => {
    for (let r = 0; r < reps; r++) gemm(a, b, c, m, k, n);
  }, 7);
  setSimd(false);
  const scalar = time(() => {
    for (let r = 0; r < reps; r++) gemm(a, b, c, m, k, n);
  }, 5);
  setSimd(true);
  const ta = tf.tensor2d(a, [m, k]);
  const tb = tf.tensor2d(b, [k, n]);
  const tfw = time(() => {
    let out: tf.Tensor | null = null;
    for (let r = 0; r < reps; r++) {
      out?.dispose();
      out = tf.matMul(ta, tb);
    }
    out?.dataSync();
    out?.dispose();
  }, 7);
  ta.dispose();
  tb.dispose();
  matmul.push({
    shape: `${m}×${k}·${k}×${n}`,
    ours: gflops(simd),
    oursTypeScriptKernel: gflops(scalar),
    tfjsWasm: gflops(tfw),
  });
}

// --- greedy decoding with the shipped model
const meta: unknown = JSON.parse(readFileSync(join(root, "public/models/bahdanau.json"), "utf8"));
const shipped = loadModel(meta, readFileSync(join(root, "public/models/bahdanau.bin")));
// The same 300 inputs as before the data was widened (the classic split), so times compare.
const inputs = makeDateDataset({
  seed: 2026,
  train: 0,
  validation: 0,
  test: 300,
  variety: "classic",
}).test.map((e) => e.input);
const single = time(() => inputs.forEach((s) => greedyDecode(shipped, s)), 7);
const batched = time(() => decodeBatch(shipped, inputs), 5);
// What was decoded, as a hash: one at a time and batched must agree, and a faster decoder must not
// change it (for the same weights).
const hashOf = (outputs: string[]): string =>
  createHash("sha256").update(outputs.join("\n")).digest("hex").slice(0, 16);
const singleHash = hashOf(inputs.map((s) => greedyDecode(shipped, s).output));
const batchedHash = hashOf(decodeBatch(shipped, inputs));
const perExample = (t: Timing): Timing => ({
  wallMs: round(t.wallMs / inputs.length, 4),
  cpuMs: round(t.cpuMs / inputs.length, 4),
});

// --- the training budget, from the shipped model's own training log (validation exact match)
const history =
  (meta as { provenance?: { history?: Array<{ step: number; validationAccuracy: number }> } }).provenance
    ?.history ?? [];
// The first measurement at or past the target (the shipped models train on past it, to 2000 steps).
const budget = history.find((h) => h.validationAccuracy >= 0.95) ?? history.at(-1);
const final = history.at(-1);

const results = {
  description:
    "npm run bench: median ms per training step (B=32, T=24, L=10, embed 32, GRU 64, Adam), matmul GFLOP/s (CPU time), greedy decode ms per example",
  machine: {
    node: process.version,
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    loadAverageAtEnd: loadavg().map((x) => round(x, 2)),
  },
  trainingStep: {
    ours: { wallMs: round(ours.wallMs, 2), cpuMs: round(ours.cpuMs, 2) },
    oursTypeScriptKernel: { wallMs: round(oursScalar.wallMs, 2), cpuMs: round(oursScalar.cpuMs, 2) },
    tfjsWasm: { wallMs: round(tfWasm.wallMs, 2), cpuMs: round(tfWasm.cpuMs, 2), threads: 1 },
    tfjsCpu: { wallMs: round(tfCpu.wallMs, 2), cpuMs: round(tfCpu.cpuMs, 2) },
    ratioTfjsWasmOverOurs: {
      cpu: round(tfWasm.cpuMs / ours.cpuMs, 2),
      wall: round(tfWasm.wallMs / ours.wallMs, 2),
      target: 2,
    },
    ratioTfjsCpuOverOurs: {
      cpu: round(tfCpu.cpuMs / ours.cpuMs, 2),
      wall: round(tfCpu.wallMs / ours.wallMs, 2),
    },
  },
  matmulGflops: matmul,
  decodeMsPerExample: {
    greedyDecode: perExample(single),
    decodeBatch: perExample(batched),
    examples: inputs.length,
    target: 1,
    outputsHash: singleHash,
    batchedOutputsHash: batchedHash,
    weights: (meta as { checksum?: string }).checksum ?? null,
  },
  trainingBudget: {
    steps: budget?.step ?? null,
    validationExactMatch: budget?.validationAccuracy ?? null,
    trainedSteps: final?.step ?? null,
    finalValidationExactMatch: final?.validationAccuracy ?? null,
    target: 0.95,
    source: "public/models/bahdanau.json provenance.history",
  },
};

mkdirSync(join(root, "bench"), { recursive: true });
writeFileSync(join(root, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");

const s = results.trainingStep;
const row = (name: string, t: { wallMs: number; cpuMs: number }, ratio = ""): string =>
  `${name.padEnd(34)} ${t.cpuMs.toFixed(1).padStart(9)} ${t.wallMs.toFixed(1).padStart(9)}  ${ratio}`;
console.log(
  `\nTraining step (median ms)           ${"cpu".padStart(9)} ${"wall".padStart(9)}  tfjs ÷ ours (cpu)`,
);
console.log(row("ours (SIMD matmul)", s.ours));
console.log(row("ours (TypeScript matmul only)", s.oursTypeScriptKernel));
console.log(
  row(
    "tfjs wasm (1 thread)",
    s.tfjsWasm,
    `${s.ratioTfjsWasmOverOurs.cpu}× (wall ${s.ratioTfjsWasmOverOurs.wall}×; target ≥ 2)`,
  ),
);
console.log(
  row("tfjs cpu", s.tfjsCpu, `${s.ratioTfjsCpuOverOurs.cpu}× (wall ${s.ratioTfjsCpuOverOurs.wall}×)`),
);
console.log(
  `\nMatmul GFLOP/s (cpu time)           ${"ours".padStart(9)} ${"ours-TS".padStart(9)} ${"tfjs-wasm".padStart(10)}`,
);
for (const m of matmul)
  console.log(
    `${String(m.shape).padEnd(34)} ${String(m.ours).padStart(9)} ${String(m.oursTypeScriptKernel).padStart(9)} ${String(m.tfjsWasm).padStart(10)}`,
  );
const d = results.decodeMsPerExample;
console.log(
  `\nGreedy decode, ms per example (cpu / wall): one at a time ${d.greedyDecode.cpuMs} / ${d.greedyDecode.wallMs} (target ≤ 1); batched ${d.decodeBatch.cpuMs} / ${d.decodeBatch.wallMs}`,
);
console.log(
  `Decoded outputs of the ${inputs.length} inputs, sha256: ${singleHash} one at a time, ${batchedHash} batched${singleHash === batchedHash ? " (the same)" : " (DIFFERENT)"}; weights checksum ${d.weights}`,
);
console.log(
  `Training budget: validation exact match after ${budget?.step ?? "?"} steps = ${budget === undefined ? "n/a" : (100 * budget.validationAccuracy).toFixed(1) + "%"} (target ≥ 95% within 1500 steps); ${final === undefined ? "" : `${(100 * final.validationAccuracy).toFixed(1)}% after all ${final.step}`}`,
);
console.log(
  `Load average at the end: ${results.machine.loadAverageAtEnd.join(", ")} on ${results.machine.cores} cores → bench/results.json`,
);

// npm run train [-- --model bahdanau|luong|none] [--steps N] [--out DIR] [--report-only]
// Trains the course's date normalisers deterministically (same code, same bytes) and writes
// public/models/{bahdanau,luong,none}.{json,bin} plus public/models/report.json: exact-match
// accuracy on the held-out test split, overall and by input length, for all three models.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  type AttentionKind,
  type Evaluation,
  type JsonValue,
  createSeq2Seq,
  evaluate,
  loadModel,
  makeDateDataset,
  saveModel,
  trainModel,
} from "../src/lib/attention/index.ts";

const KINDS: AttentionKind[] = ["bahdanau", "luong", "none"];

/** Everything that decides the shipped weights. Change it and the files change. */
export const RECIPE = {
  dataset: { seed: 2026, train: 50000, validation: 1000, test: 2000 },
  model: { embedDim: 24, hiddenDim: 48, attentionDim: 48, seed: 7 },
  training: {
    steps: 1000,
    batchSize: 32,
    learningRate: 0.01,
    finalLearningRateFraction: 0.05,
    clip: 5,
    seed: 11,
  },
  dtype: "float16",
} as const;

const { values: args } = parseArgs({
  options: {
    model: { type: "string" },
    steps: { type: "string" },
    out: { type: "string" },
    "report-only": { type: "boolean", default: false },
  },
});
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = args.out ?? join(root, "public/models");
const kinds = args["report-only"]
  ? []
  : args.model
    ? args.model.split(",").map((k) => k.trim() as AttentionKind)
    : KINDS;
for (const k of kinds)
  if (!KINDS.includes(k)) throw new Error(`train: unknown model "${k}" (bahdanau, luong or none)`);
const steps = args.steps ? Number(args.steps) : RECIPE.training.steps;

const data = makeDateDataset(RECIPE.dataset);
mkdirSync(outDir, { recursive: true });

const byLengthJson = (e: Evaluation): JsonValue =>
  e.byLength.map((b) => ({ bucket: b.bucket, count: b.count, accuracy: round(b.accuracy) }));
const round = (x: number): number => Math.round(x * 1e6) / 1e6;

for (const attention of kinds) {
  const model = createSeq2Seq({ attention, ...RECIPE.model });
  const training = { ...RECIPE.training, steps };
  const started = performance.now();
  console.log(
    `\n${attention}: training ${steps} steps of ${training.batchSize} on ${data.train.length} examples`,
  );
  const result = await trainModel(model, data, {
    ...training,
    reportEvery: 50,
    evaluateEvery: 250,
    evaluateOn: 500,
    onProgress: (p) => {
      const acc =
        p.accuracy === undefined ? "" : `  validation exact match ${(100 * p.accuracy).toFixed(1)}%`;
      process.stdout.write(
        `  step ${String(p.step).padStart(5)}/${p.steps}  loss ${p.loss.toFixed(4)}  ${p.msPerStep.toFixed(0)} ms/step${acc}\n`,
      );
    },
  });
  // Ship half precision, and measure the model as shipped: save, load back, evaluate.
  const first = saveModel(model, {}, { dtype: RECIPE.dtype });
  const shipped = loadModel(first.meta, first.weights);
  const test = evaluate(shipped, data.test);
  const validation = evaluate(shipped, data.validation);
  const { meta, weights } = saveModel(
    shipped,
    {
      accuracy: round(test.accuracy),
      provenance: {
        description: `Date normaliser, ${attention === "none" ? "no attention (RNNencdec)" : attention === "luong" ? "Luong-style attention (variant)" : "Bahdanau attention"}; made by npm run train`,
        dataset: { generator: "makeDateDataset", ...RECIPE.dataset },
        training: { ...training, optimizer: "adam", loss: "cross-entropy, teacher forcing" },
        history: result.history
          .filter((h) => h.accuracy !== undefined)
          .map((h) => ({ step: h.step, loss: round(h.loss), validationAccuracy: round(h.accuracy!) })),
        validationAccuracy: round(validation.accuracy),
        testAccuracy: round(test.accuracy),
        testByLength: byLengthJson(test),
      },
    },
    { dtype: RECIPE.dtype },
  );
  writeFileSync(join(outDir, `${attention}.json`), JSON.stringify(meta, null, 2) + "\n");
  writeFileSync(join(outDir, `${attention}.bin`), weights);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(
    `  ${attention}: test exact match ${(100 * test.accuracy).toFixed(2)}% (${seconds} s) → ${join(outDir, attention)}.{json,bin}`,
  );
}

// The report compares the three shipped models on the same test split, by input length.
const report: Record<string, JsonValue> = {
  description: "Exact match on the held-out test split, by input length in characters (npm run train)",
  dataset: { generator: "makeDateDataset", ...RECIPE.dataset },
  models: {},
};
const table: string[] = [];
for (const attention of KINDS) {
  let evaluation: Evaluation;
  try {
    const meta: unknown = JSON.parse(readFileSync(join(outDir, `${attention}.json`), "utf8"));
    evaluation = evaluate(loadModel(meta, readFileSync(join(outDir, `${attention}.bin`))), data.test);
  } catch (e) {
    console.log(`  (no ${attention} model in ${outDir}: ${(e as Error).message})`);
    continue;
  }
  (report.models as Record<string, JsonValue>)[attention] = {
    accuracy: round(evaluation.accuracy),
    byLength: byLengthJson(evaluation),
  };
  table.push(
    `${attention.padEnd(9)} ${(100 * evaluation.accuracy).toFixed(1).padStart(6)}  ${evaluation.byLength.map((b) => (100 * b.accuracy).toFixed(1).padStart(7)).join("")}`,
  );
  if (table.length === 1) {
    const heads = evaluation.byLength.map((b) => `${b.bucket} (${b.count})`.padStart(7));
    table.unshift(`${"model".padEnd(9)} ${"all".padStart(6)}  ${heads.join(" ")}`);
  }
}
writeFileSync(join(outDir, "report.json"), JSON.stringify(report, null, 2) + "\n");
console.log("\nExact match (%) on the test split by input length (characters):");
console.log(table.join("\n"));

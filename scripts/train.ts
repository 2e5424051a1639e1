// npm run train [-- --task dates|reversal] [--model bahdanau|luong|none] [--steps N] [--out DIR] [--report-only]
// Trains the course's models deterministically (same code, same bytes).
// Task "dates": the date normalisers; writes public/models/{bahdanau,luong,none}.{json,bin}, the
// report's "models" section (exact match on the classic held-out split — the first fourteen
// formats, the split the course has always reported — overall and by input length) and its
// "wide" section (exact match on the held-out split of everything the models are trained on,
// by format and by style: ordinals, two-digit years, ALL CAPS, extra and missing spaces, …).
// Task "reversal": the length experiment (random strings written backwards), with and without
// attention; writes only the report's "reversal" section (its weights do not ship: the site's
// model budget is 300 KB). Without --task, both tasks run. Sections of report.json for a task
// that did not run are kept as they were.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  type AttentionKind,
  type Evaluation,
  type Example,
  type JsonValue,
  type Seq2Seq,
  createSeq2Seq,
  evaluate,
  formatParts,
  loadModel,
  makeDateDataset,
  makeReversalDataset,
  saveModel,
  trainModel,
} from "../src/lib/attention/index.ts";

const KINDS: AttentionKind[] = ["bahdanau", "luong", "none"];

/** Everything that decides the shipped weights. Change it and the files change. */
export const RECIPE = {
  /** The classic held-out split; no input of it is trained on. */
  classicTest: { seed: 2026, train: 0, validation: 0, test: 2000, variety: "classic" },
  dataset: { seed: 2026, train: 50000, validation: 1000, test: 2000, variety: "wide" },
  model: { embedDim: 24, hiddenDim: 48, attentionDim: 48, seed: 7 },
  training: {
    steps: 2000,
    batchSize: 32,
    learningRate: 0.01,
    finalLearningRateFraction: 0.05,
    clip: 5,
    seed: 11,
  },
  dtype: "float16",
} as const;

/** The length experiment: what decides its models and so its numbers in the report. */
export const REVERSAL_RECIPE = {
  dataset: { seed: 2026, train: 20000, validation: 500, test: 1000, minLength: 3, maxLength: 25 },
  model: { embedDim: 16, hiddenDim: 48, attentionDim: 48, seed: 7 },
  training: {
    steps: 2500,
    batchSize: 32,
    learningRate: 0.01,
    finalLearningRateFraction: 0.05,
    clip: 5,
    seed: 11,
  },
  dtype: "float16",
} as const;
const REVERSAL_KINDS: AttentionKind[] = ["bahdanau", "none"];

const { values: args } = parseArgs({
  options: {
    task: { type: "string" },
    model: { type: "string" },
    steps: { type: "string" },
    out: { type: "string" },
    "report-only": { type: "boolean", default: false },
  },
});
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = args.out ?? join(root, "public/models");
const tasks = args.task ? args.task.split(",").map((t) => t.trim()) : ["dates", "reversal"];
for (const t of tasks)
  if (t !== "dates" && t !== "reversal") throw new Error(`train: unknown task "${t}" (dates or reversal)`);
const chosen = args.model ? args.model.split(",").map((k) => k.trim() as AttentionKind) : KINDS;
for (const k of chosen)
  if (!KINDS.includes(k)) throw new Error(`train: unknown model "${k}" (bahdanau, luong or none)`);
const kinds = args["report-only"] || !tasks.includes("dates") ? [] : chosen;
const steps = args.steps ? Number(args.steps) : RECIPE.training.steps;

mkdirSync(outDir, { recursive: true });
const reportFile = join(outDir, "report.json");
const previous = (() => {
  try {
    return JSON.parse(readFileSync(reportFile, "utf8")) as Record<string, JsonValue>;
  } catch {
    return {};
  }
})();

const byLengthJson = (e: Evaluation): JsonValue =>
  e.byLength.map((b) => ({ bucket: b.bucket, count: b.count, accuracy: round(b.accuracy) }));
/** Exact match of a model on examples, grouped by a key of each example (format or style), largest group first. */
const byGroup = (model: Seq2Seq, examples: readonly Example[], key: (e: Example) => string) => {
  const groups = new Map<string, Example[]>();
  for (const e of examples) groups.set(key(e), [...(groups.get(key(e)) ?? []), e]);
  return [...groups]
    .sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1))
    .map(([name, xs]) => ({ name, count: xs.length, accuracy: round(evaluate(model, xs).accuracy) }));
};
const round = (x: number): number => Math.round(x * 1e6) / 1e6;
const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const printTable = (rows: Array<[string, Evaluation]>): void => {
  if (rows.length === 0) return;
  const [, first] = rows[0];
  const buckets = first.byLength.filter((b) => b.count > 0);
  console.log(
    `${"model".padEnd(9)} ${"all".padStart(6)}  ${buckets.map((b) => `${b.bucket} (${b.count})`.padStart(7)).join(" ")}`,
  );
  for (const [name, e] of rows)
    console.log(
      `${name.padEnd(9)} ${(100 * e.accuracy).toFixed(1).padStart(6)}  ${e.byLength
        .filter((b) => b.count > 0)
        .map((b) => (100 * b.accuracy).toFixed(1).padStart(7))
        .join("")}`,
    );
};
const report: Record<string, JsonValue> = tasks.includes("dates")
  ? {
      description:
        "Exact match on the classic held-out test split (the first fourteen formats), by input length in characters (npm run train)",
      dataset: { generator: "makeDateDataset", ...RECIPE.classicTest },
      models: {},
      wide: {},
      ...(previous.reversal === undefined ? {} : { reversal: previous.reversal }),
    }
  : { ...previous };

if (tasks.includes("dates")) await trainDates();
if (tasks.includes("reversal") && !args["report-only"]) await trainReversal();
writeFileSync(reportFile, JSON.stringify(report, null, 2) + "\n");

async function trainDates(): Promise<void> {
  const classic = makeDateDataset(RECIPE.classicTest).test;
  const data = makeDateDataset({ ...RECIPE.dataset, exclude: classic.map((e) => e.input) });

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
    const test = evaluate(shipped, classic);
    const wideTest = evaluate(shipped, data.test);
    const validation = evaluate(shipped, data.validation);
    const { meta, weights } = saveModel(
      shipped,
      {
        accuracy: round(test.accuracy),
        provenance: {
          description: `Date normaliser, ${attention === "none" ? "no attention (RNNencdec)" : attention === "luong" ? "Luong-style attention (variant)" : "Bahdanau attention"}; made by npm run train`,
          dataset: { generator: "makeDateDataset", ...RECIPE.dataset },
          classicTest: { generator: "makeDateDataset", ...RECIPE.classicTest },
          training: { ...training, optimizer: "adam", loss: "cross-entropy, teacher forcing" },
          history: result.history
            .filter((h) => h.accuracy !== undefined)
            .map((h) => ({ step: h.step, loss: round(h.loss), validationAccuracy: round(h.accuracy!) })),
          validationAccuracy: round(validation.accuracy),
          testAccuracy: round(test.accuracy),
          testByLength: byLengthJson(test),
          wideTestAccuracy: round(wideTest.accuracy),
        },
      },
      { dtype: RECIPE.dtype },
    );
    writeFileSync(join(outDir, `${attention}.json`), JSON.stringify(meta, null, 2) + "\n");
    writeFileSync(join(outDir, `${attention}.bin`), weights);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(
      `  ${attention}: exact match ${(100 * test.accuracy).toFixed(2)}% on the classic test split, ${(100 * wideTest.accuracy).toFixed(2)}% on the wide one (${seconds} s) → ${join(outDir, attention)}.{json,bin}`,
    );
  }

  // The report compares the three shipped models on the same test splits: the classic one by
  // input length, the wide one by format and by style.
  const table: string[] = [];
  const wide: Record<string, JsonValue> = {};
  for (const attention of KINDS) {
    let evaluation: Evaluation;
    let model: Seq2Seq;
    try {
      const meta: unknown = JSON.parse(readFileSync(join(outDir, `${attention}.json`), "utf8"));
      model = loadModel(meta, readFileSync(join(outDir, `${attention}.bin`)));
      evaluation = evaluate(model, classic);
    } catch (e) {
      console.log(`  (no ${attention} model in ${outDir}: ${(e as Error).message})`);
      continue;
    }
    (report.models as Record<string, JsonValue>)[attention] = {
      accuracy: round(evaluation.accuracy),
      byLength: byLengthJson(evaluation),
    };
    wide[attention] = {
      accuracy: round(evaluate(model, data.test).accuracy),
      byStyle: byGroup(model, data.test, (e) => formatParts(e.format).style),
      byFormat: byGroup(model, data.test, (e) => formatParts(e.format).format),
    };
    table.push(
      `${attention.padEnd(9)} ${(100 * evaluation.accuracy).toFixed(1).padStart(6)}  ${evaluation.byLength.map((b) => (100 * b.accuracy).toFixed(1).padStart(7)).join("")}`,
    );
    if (table.length === 1) {
      const heads = evaluation.byLength.map((b) => `${b.bucket} (${b.count})`.padStart(7));
      table.unshift(`${"model".padEnd(9)} ${"all".padStart(6)}  ${heads.join(" ")}`);
    }
  }
  console.log("\nExact match (%) on the classic test split by input length (characters):");
  console.log(table.join("\n"));
  report.wide = {
    description:
      "Exact match on the held-out test split of the wide variety (every format and style the models are trained on), by style and by format (npm run train)",
    dataset: { generator: "makeDateDataset", ...RECIPE.dataset },
    conventions:
      "A slash puts the month first (03/04/2026 = 2026-03-04), a dot the day first (03.04.2026 = 2026-04-03), unless the year comes first; two-digit years 50–99 are 1950–1999, 00–49 are 2000–2049",
    models: wide,
  };
  console.log("\nExact match (%) on the wide test split, by style and by format:");
  const kindsShown = Object.keys(wide);
  const groups = (k: string, part: "byStyle" | "byFormat") =>
    (wide[k] as Record<string, Array<{ name: string; count: number; accuracy: number }>>)[part];
  for (const part of ["byStyle", "byFormat"] as const) {
    if (kindsShown.length === 0) break;
    console.log(`${"".padEnd(34)} ${kindsShown.map((k) => k.padStart(9)).join(" ")}`);
    for (const [i, g] of groups(kindsShown[0], part).entries())
      console.log(
        `${`${g.name} (${g.count})`.padEnd(34)} ${kindsShown.map((k) => (100 * groups(k, part)[i].accuracy).toFixed(1).padStart(9)).join(" ")}`,
      );
  }
}

// The length experiment: the same model code on random strings to write backwards. A string's
// information grows with its length, so a single fixed vector should run out of room.
async function trainReversal(): Promise<void> {
  const data = makeReversalDataset(REVERSAL_RECIPE.dataset);
  const vocab = { inputVocab: data.inputVocab, outputVocab: data.outputVocab };
  const models: Record<string, JsonValue> = {};
  const rows: Array<[string, Evaluation]> = [];
  for (const attention of REVERSAL_KINDS.filter((k) => chosen.includes(k))) {
    const model = createSeq2Seq({ attention, ...REVERSAL_RECIPE.model, ...vocab });
    const training = REVERSAL_RECIPE.training;
    const cpuStart = cpuSeconds();
    console.log(
      `\nreverse-${attention}: training ${training.steps} steps of ${training.batchSize} on ${data.train.length} strings`,
    );
    await trainModel(model, data, {
      ...training,
      reportEvery: 100,
      evaluateEvery: 500,
      evaluateOn: 500,
      onProgress: (p) => {
        const acc =
          p.accuracy === undefined ? "" : `  validation exact match ${(100 * p.accuracy).toFixed(1)}%`;
        process.stdout.write(
          `  step ${String(p.step).padStart(5)}/${p.steps}  loss ${p.loss.toFixed(4)}${acc}\n`,
        );
      },
    });
    const cpu = cpuSeconds() - cpuStart;
    // Measured as it would ship: half precision, saved and loaded back.
    const saved = saveModel(model, {}, { dtype: REVERSAL_RECIPE.dtype });
    const test = evaluate(loadModel(saved.meta, saved.weights), data.test);
    models[attention] = { accuracy: round(test.accuracy), byLength: byLengthJson(test) };
    rows.push([attention, test]);
    console.log(
      `  reverse-${attention}: test exact match ${(100 * test.accuracy).toFixed(2)}%, training ${cpu.toFixed(0)} s CPU`,
    );
  }
  // Models of this task that were not trained this time keep their numbers (read again now, in
  // case another run of this script wrote them meanwhile).
  const latest = (() => {
    try {
      return JSON.parse(readFileSync(reportFile, "utf8")) as {
        reversal?: { models?: Record<string, JsonValue> };
      };
    } catch {
      return {};
    }
  })();
  const merged = REVERSAL_KINDS.map((k) => [k, models[k] ?? latest.reversal?.models?.[k]] as const);
  report.reversal = {
    description:
      "Length experiment: write a random string backwards. Exact match on the held-out test split, by input length in characters (npm run train -- --task reversal)",
    dataset: { generator: "makeReversalDataset", ...REVERSAL_RECIPE.dataset },
    model: REVERSAL_RECIPE.model,
    training: { ...REVERSAL_RECIPE.training, optimizer: "adam", loss: "cross-entropy, teacher forcing" },
    models: Object.fromEntries(merged.flatMap(([k, m]) => (m === undefined ? [] : [[k, m]]))),
  };
  console.log("\nReversal, exact match (%) on the test split by input length (characters):");
  printTable(rows);
}

// npm run train:fingerprint
// Trains a reduced version of the shipped date models with the same code as `npm run train`
// (makeDateDataset, createSeq2Seq, trainModel, saveModel), small enough for a unit test, and
// prints the SHA-256 of each model's weight file. tests/lib/reproducible-training.test.ts trains
// the same recipe and expects these hashes, which were produced by this script: training must
// give the same bytes on every machine and every run. After a change that is meant to change
// what training computes, run this script and copy its output into the test.
import { createHash } from "node:crypto";
import {
  type AttentionKind,
  createSeq2Seq,
  makeDateDataset,
  saveModel,
  trainModel,
} from "../src/lib/attention/index.ts";

/** The reduced recipe: npm run train's, with a smaller dataset, model and number of steps. */
export const FINGERPRINT_RECIPE = {
  dataset: { seed: 2026, train: 2000, validation: 0, test: 0, variety: "wide" },
  model: { embedDim: 8, hiddenDim: 16, attentionDim: 12, seed: 7 },
  training: {
    steps: 30,
    batchSize: 16,
    learningRate: 0.01,
    finalLearningRateFraction: 0.05,
    clip: 5,
    seed: 11,
  },
} as const;

const KINDS: AttentionKind[] = ["bahdanau", "luong", "none"];

/** Each kind's weight file (float32, as saveModel writes it) after training, as SHA-256 hex. */
export async function trainingFingerprints(): Promise<Record<AttentionKind, string>> {
  const data = makeDateDataset(FINGERPRINT_RECIPE.dataset);
  const hashes: Partial<Record<AttentionKind, string>> = {};
  for (const attention of KINDS) {
    const model = createSeq2Seq({ attention, ...FINGERPRINT_RECIPE.model });
    await trainModel(model, data, FINGERPRINT_RECIPE.training);
    const { weights } = saveModel(model);
    hashes[attention] = createHash("sha256").update(weights).digest("hex");
  }
  return hashes as Record<AttentionKind, string>;
}

if (import.meta.main) console.log(JSON.stringify(await trainingFingerprints(), null, 2));

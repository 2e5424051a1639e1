// Build time only (Node): loads a shipped model from public/models so a widget can be drawn into
// the page for readers without JavaScript. Returns null when the weights are not there.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadModel, type Seq2Seq } from "../../lib/attention/index.ts";
import { dateAlphabet } from "../../lib/attention/data/dates.ts";

const cache = new Map<string, Seq2Seq | null>();

export function shippedModel(name: "bahdanau" | "luong" | "none"): Seq2Seq | null {
  if (!cache.has(name)) {
    const base = join(process.cwd(), "public", "models", name);
    let model: Seq2Seq | null = null;
    if (existsSync(`${base}.json`) && existsSync(`${base}.bin`)) {
      model = loadModel(JSON.parse(readFileSync(`${base}.json`, "utf8")), readFileSync(`${base}.bin`));
    }
    cache.set(name, model);
  }
  return cache.get(name) ?? null;
}

/** The characters the shipped models read (the date generator's alphabet). */
export function modelAlphabet(): string[] {
  return shippedModel("bahdanau")?.config.inputVocab.slice(2) ?? dateAlphabet();
}

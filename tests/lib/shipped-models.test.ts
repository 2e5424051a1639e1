// The weights that ship with the site (public/models), as the site and the chapters use them.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  evaluate,
  greedyDecode,
  loadModel,
  makeDateDataset,
  type ModelMeta,
} from "../../src/lib/attention/index.ts";

const root = join(import.meta.dirname, "../..");
const dir = join(root, "public/models");
const kinds = ["bahdanau", "luong", "none"] as const;
const metaOf = (kind: string): ModelMeta => JSON.parse(readFileSync(join(dir, `${kind}.json`), "utf8"));
const load = (kind: string) => loadModel(metaOf(kind), readFileSync(join(dir, `${kind}.bin`)));

interface Section {
  models: Record<
    string,
    { accuracy: number; byLength: Array<{ bucket: string; count: number; accuracy: number }> }
  >;
}
interface Report extends Section {
  reversal: Section & { dataset: { generator: string; test: number } };
}
const report: Report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));

describe("shipped models", () => {
  it("all model files together stay within 300 KB", () => {
    const files = kinds.flatMap((k) => [`${k}.json`, `${k}.bin`]).concat("report.json");
    const total = files.reduce((s, f) => s + statSync(join(dir, f)).size, 0);
    expect(total).toBeLessThanOrEqual(300 * 1024);
  });

  it("bahdanau normalises the course's examples", () => {
    const model = load("bahdanau");
    for (const input of [
      "24 November 2026",
      "2026년 11월 24일",
      "Nov 24, 2026",
      "11/24/2026",
      "24.11.2026",
      "Tuesday, November 24, 2026",
    ]) {
      expect(greedyDecode(model, input).output, input).toBe("2026-11-24");
    }
  });

  it("bahdanau reaches ≥ 98% exact match on the held-out test split, as its file says", () => {
    const meta = metaOf("bahdanau");
    const dataset = meta.provenance?.dataset as {
      seed: number;
      train: number;
      validation: number;
      test: number;
    };
    const test = makeDateDataset({ ...dataset, train: 0, validation: 0 }).test;
    expect(test.length).toBe(dataset.test);
    const result = evaluate(load("bahdanau"), test);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.98);
    expect(result.accuracy).toBeCloseTo(meta.accuracy ?? -1, 6);
    expect(report.models.bahdanau.accuracy).toBeCloseTo(result.accuracy, 6);
  });

  it("the report by input length: with attention, accuracy holds in every bucket and beats no attention", () => {
    const buckets = (kind: string) => report.models[kind].byLength.filter((b) => b.count > 0);
    expect(buckets("bahdanau").length).toBeGreaterThanOrEqual(5);
    buckets("bahdanau").forEach((b, i) => {
      expect(b.accuracy, b.bucket).toBeGreaterThanOrEqual(0.95);
      expect(buckets("none")[i].accuracy, b.bucket).toBeLessThan(b.accuracy);
    });
  });

  it("the reversal experiment: with attention accuracy holds at the longest inputs, without it falls", () => {
    const reversal = report.reversal;
    expect(reversal.dataset.generator).toBe("makeReversalDataset");
    const buckets = (kind: string) => reversal.models[kind].byLength.filter((b) => b.count > 0);
    const b = buckets("bahdanau");
    const n = buckets("none");
    expect(b.map((x) => [x.bucket, x.count])).toEqual(n.map((x) => [x.bucket, x.count]));
    expect(n.reduce((sum, x) => sum + x.count, 0)).toBe(reversal.dataset.test);
    expect(b.length).toBeGreaterThanOrEqual(4);
    const last = b.length - 1;
    expect(b[last].accuracy).toBeGreaterThanOrEqual(0.9);
    expect(n[last].accuracy).toBeLessThan(n[0].accuracy - 0.5);
    expect(n[last].accuracy).toBeLessThan(b[last].accuracy - 0.5);
    n.slice(1).forEach((x, i) => expect(x.accuracy, x.bucket).toBeLessThanOrEqual(n[i].accuracy));
  });

  it("npm run decode: one output line per input line, empty for an empty or unreadable line", () => {
    const run = (input: string | Buffer, ...args: string[]) =>
      execFileSync(process.execPath, [join(root, "scripts/decode.ts"), ...args], { input, encoding: "utf8" });
    expect(run("24 November 2026\n2026년 11월 24일\n")).toBe("2026-11-24\n2026-11-24\n");
    expect(
      run(Buffer.concat([Buffer.from("\n"), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from("11/24/2026")])),
    ).toBe("\n\n2026-11-24\n");
    const json = JSON.parse(run("24.11.2026\n", "--json", "--model", "luong"));
    expect(json.output).toBe("2026-11-24");
    expect(json.alignment.length).toBe(10);
    expect(json.alignment[0].length).toBe(10);
  });
});

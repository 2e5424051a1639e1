// The weights that ship with the site (public/models), as the site and the chapters use them.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  decodeBatch,
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
interface Groups {
  accuracy: number;
  byStyle: Array<{ name: string; count: number; accuracy: number }>;
  byFormat: Array<{ name: string; count: number; accuracy: number }>;
}
interface Report extends Section {
  reversal: Section & { dataset: { generator: string; test: number } };
  wide: { models: Record<string, Groups> };
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

  it("bahdanau reads what people really type: ordinals, two-digit years, capitals, spaces, Korean styles", () => {
    const model = load("bahdanau");
    for (const [input, output] of [
      ["March 3rd, 2026", "2026-03-03"],
      ["24.11.26", "2026-11-24"],
      ["NOVEMBER 24TH, 2026", "2026-11-24"],
      ["24nov2026", "2026-11-24"],
      ["2026. 11. 24.", "2026-11-24"],
      ["2026년11월24일", "2026-11-24"],
      ["26년 11월 24일", "2026-11-24"],
      ["11/24/99", "1999-11-24"],
      // the conventions: a slash puts the month first, a dot the day
      ["03/04/2026", "2026-03-04"],
      ["03.04.2026", "2026-04-03"],
    ]) {
      expect(greedyDecode(model, input).output, input).toBe(output);
    }
  });

  it("bahdanau: 100 % on the classic held-out split and ≥ 99 % on the wide one, as its file and the report say", () => {
    const meta = metaOf("bahdanau");
    type Options = Parameters<typeof makeDateDataset>[0];
    const provenance = meta.provenance as unknown as {
      classicTest: Options;
      dataset: Options;
      wideTestAccuracy: number;
    };
    const classic = makeDateDataset({ ...provenance.classicTest, train: 0, validation: 0 }).test;
    expect(classic.length).toBe(2000);
    // the classic split is the one the course reported before the data was widened
    expect(classic.slice(0, 2).map((e) => e.input)).toEqual(["4/10/1972", "9 October 2008"]);
    const onClassic = evaluate(load("bahdanau"), classic);
    expect(onClassic.accuracy).toBe(1);
    expect(onClassic.accuracy).toBeCloseTo(meta.accuracy ?? -1, 6);
    expect(report.models.bahdanau.accuracy).toBeCloseTo(onClassic.accuracy, 6);

    const wide = makeDateDataset({
      ...provenance.dataset,
      train: 0,
      validation: 0,
      exclude: classic.map((e) => e.input),
    }).test;
    const onWide = evaluate(load("bahdanau"), wide);
    expect(onWide.accuracy).toBeGreaterThanOrEqual(0.99);
    expect(onWide.accuracy).toBeCloseTo(provenance.wideTestAccuracy, 6);
    expect(report.wide.models.bahdanau.accuracy).toBeCloseTo(onWide.accuracy, 6);
    const styles = report.wide.models.bahdanau.byStyle.map((g) => g.name).sort();
    expect(styles).toEqual([
      "all caps",
      "extra spaces",
      "in a sentence",
      "lower case",
      "missing spaces",
      "plain",
    ]);
    expect(report.wide.models.bahdanau.byFormat.reduce((n, g) => n + g.count, 0)).toBe(wide.length);
  });

  it("decoding one input at a time gives what decoding them in a batch gives, for all three models", () => {
    const inputs = makeDateDataset({ seed: 31, train: 0, validation: 0, test: 200 }).test.map((e) => e.input);
    inputs.push("tomorrow", "hello world", "29 February 2023", "24 ♥ 2026", "x");
    for (const kind of kinds) {
      const model = load(kind);
      expect(
        inputs.map((s) => greedyDecode(model, s).output),
        kind,
      ).toEqual(decodeBatch(model, inputs));
    }
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

    expect(json.cautions).toEqual([]);
  });

  it("npm run decode: answers what is no date anyway, and says so on stderr and in JSON", () => {
    const script = join(root, "scripts/decode.ts");
    const plain = spawnSync(process.execPath, [script], {
      input: "tomorrow\n31 February 2026\n24 November 2026\n",
      encoding: "utf8",
    });
    expect(plain.stdout.split("\n").filter(Boolean)).toHaveLength(3);
    expect(plain.stdout.split("\n")[2]).toBe("2026-11-24");
    expect(plain.stderr).toContain("decode: line 1: The input has no digits.");
    expect(plain.stderr).toContain("decode: line 2: The output 2026-02-31 is not a real date");
    expect(plain.stderr).not.toContain("line 3");
    const repaired = spawnSync(process.execPath, [script], { input: "2026\n13/32/2026\n", encoding: "utf8" });
    expect(repaired.stderr).toContain(
      "decode: line 1: In the output 2026-02-20, the month 02 and the day 20",
    );
    expect(repaired.stderr).toContain(
      "decode: line 2: In the output 2026-03-03, the month 03 and the day 03",
    );
    const json = JSON.parse(
      execFileSync(process.execPath, [script, "--json"], { input: "hello ♥ world\n", encoding: "utf8" }),
    );
    expect(json.output).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.alignment.length).toBeGreaterThan(0);
    expect(json.cautions.map((c: { kind: string }) => c.kind)).toEqual(["no-digits", "unknown-characters"]);
    expect(json.cautions[1].message).toContain("“♥”");
  });
});

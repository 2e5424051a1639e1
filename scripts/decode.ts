// npm run decode [-- --model bahdanau|luong|none] [--json]
// Reads one input per line from stdin and writes the normalised date for each, one per line,
// with a shipped model from public/models. With --json, one JSON object per line:
// { input, output, inputTokens, outputTokens, alignment, cautions } (alignment: one row per
// output char). An empty or unreadable line gives an empty output line (or output "" in JSON).
// Every input is decoded, but when the input is far from the training data (no digits, unknown
// characters, longer than any training input) or the output is no real date, the model's
// confident answer comes with a caution: on stderr ("decode: line N: …"), and in JSON as
// cautions: [{ kind, message }] (stdout keeps exactly one line per input).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { dateCautions, greedyDecode, loadModel } from "../src/lib/attention/index.ts";
import { cautionLine } from "../src/widgets/shared/date-input.ts";

const { values: args } = parseArgs({
  options: {
    model: { type: "string", default: "bahdanau" },
    json: { type: "boolean", default: false },
    dir: { type: "string" },
  },
});
if (!["bahdanau", "luong", "none"].includes(args.model)) {
  process.stderr.write(`decode: unknown model "${args.model}" (bahdanau, luong or none)\n`);
  process.exit(2);
}
const dir = args.dir ?? join(dirname(fileURLToPath(import.meta.url)), "../public/models");
let model;
try {
  const meta: unknown = JSON.parse(readFileSync(join(dir, `${args.model}.json`), "utf8"));
  model = loadModel(meta, readFileSync(join(dir, `${args.model}.bin`)));
} catch (e) {
  process.stderr.write(`decode: cannot load the ${args.model} model from ${dir}: ${(e as Error).message}\n`);
  process.exit(1);
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let lineNumber = 0;
for await (const raw of lines) {
  lineNumber++;
  // Unreadable bytes arrive as U+FFFD; such a line, like an empty one, gets an empty answer.
  const input = raw.trim();
  const usable = input.length > 0 && !input.includes("\uFFFD");
  const result = usable ? greedyDecode(model, input) : null;
  const cautions = result ? dateCautions(input, result.output, model.config.inputVocab) : [];
  const messages = cautions.map((c) => cautionLine(c, "en"));
  if (args.json) {
    const out = {
      input: raw,
      output: result?.output ?? "",
      inputTokens: result?.inputTokens ?? [],
      outputTokens: result?.outputTokens ?? [],
      alignment: (result?.alignment ?? []).map((row) => Array.from(row, round)),
      cautions: cautions.map((c, i) => ({ kind: c.kind, message: messages[i] })),
    };
    process.stdout.write(JSON.stringify(out) + "\n");
  } else {
    process.stdout.write((result?.output ?? "") + "\n");
    for (const message of messages) process.stderr.write(`decode: line ${lineNumber}: ${message}\n`);
  }
}

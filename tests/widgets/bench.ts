// What one widget update costs in computation and drawing, without the browser: the library call
// the widget makes (as the kernel worker runs it) plus building the SVG. Run with
// the command below. The browser tests print the full update time (kernel round
// trip and DOM included).
//   node tests/widgets/bench.ts        (MODELS_DIR=… to use weights from elsewhere)
import { existsSync, readFileSync } from "node:fs";
import {
  attend,
  createSeq2Seq,
  encode,
  greedyDecode,
  hardLookup,
  loadModel,
  type Seq2Seq,
} from "../../src/lib/attention/index.ts";
import { renderLookup, type Entry } from "../../src/widgets/dictionary-lookup/render.ts";
import { strings as dict } from "../../src/widgets/dictionary-lookup/strings.ts";
import { KEYS, VALUES, renderSoftLookup, softLookupTable } from "../../src/widgets/soft-lookup/render.ts";
import { strings as soft } from "../../src/widgets/soft-lookup/strings.ts";
import { renderColumns, statesTable } from "../../src/widgets/encoder-states/render.ts";
import { strings as enc } from "../../src/widgets/encoder-states/strings.ts";
import { decoderTable, renderDecoderQuery } from "../../src/widgets/decoder-query/render.ts";
import { strings as dec } from "../../src/widgets/decoder-query/strings.ts";
import { alignmentTable, renderAlignment } from "../../src/widgets/alignment-heatmap/render.ts";
import { strings as ali } from "../../src/widgets/alignment-heatmap/strings.ts";
import { concatenationTable, renderConcatenation } from "../../src/widgets/concatenation/render.ts";
import { strings as cat } from "../../src/widgets/concatenation/strings.ts";

/** The shipped model when it is there; else an untrained one of the same size (it decodes the full 16 steps: slower). */
function model(name: "bahdanau" | "none"): Seq2Seq {
  const base = `${process.env.MODELS_DIR ?? "public/models"}/${name}`;
  if (existsSync(`${base}.json`))
    return loadModel(JSON.parse(readFileSync(`${base}.json`, "utf8")), readFileSync(`${base}.bin`));
  return createSeq2Seq({ attention: name, seed: 1 });
}
const bahdanau = model("bahdanau");
const none = model("none");
const movies: Entry[] = [
  ["2019", "EndGame"],
  ["2018", "InfinityWar"],
  ["2012", "Avengers"],
];

const cases: Array<[string, () => void]> = [];
const bench = (name: string, run: () => void) => cases.push([name, run]);

bench("1 dictionary lookup: type a query", () => {
  renderLookup(movies, "2018", hardLookup(movies, "2018"), dict.en);
});
let x = 0;
bench("2 soft lookup: move the query", () => {
  x = (x + 0.25) % 3;
  const r = attend([x, 0.5], KEYS, VALUES, { score: "dot", temperature: 1 });
  renderSoftLookup([x, 0.5], r, soft.en);
  softLookupTable(r, soft.en);
});
bench("3 encoder states: edit the input", () => {
  const e = encode(bahdanau, "Nov 24, 2026");
  renderColumns(e, e.tokens.length, enc.en);
  statesTable(e, e.tokens.length, enc.en);
});
bench("4 decoder query: edit the input", () => {
  const d = greedyDecode(bahdanau, "2026년 11월 24일");
  renderDecoderQuery(d, 1, "bahdanau", dec.en);
  decoderTable(d, 1, dec.en);
});
bench("5 alignment heatmap: edit the input", () => {
  const d = greedyDecode(bahdanau, "24 November 2026");
  renderAlignment(d, 1, null, ali.en);
  alignmentTable(d, ali.en);
});
bench("6 concatenation: edit the input (two models)", () => {
  const on = greedyDecode(bahdanau, "Nov 24, 2026");
  greedyDecode(none, "Nov 24, 2026");
  renderConcatenation(on.steps, on.outputTokens, 1, true, cat.en);
  concatenationTable(on.steps, 1, true, cat.en);
});

console.log("one update of each widget (library call + SVG + table), median of 200 after 20 warm-up runs:");
for (const [name, run] of cases) {
  for (let k = 0; k < 20; k++) run();
  const times: number[] = [];
  for (let k = 0; k < 200; k++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(46)} median ${times[100].toFixed(2)} ms   p95 ${times[190].toFixed(2)} ms`);
}

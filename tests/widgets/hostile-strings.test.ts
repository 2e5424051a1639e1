/**
 * The seq2seq widgets draw characters that come back from the reader's (possibly edited) library
 * through the kernel: a decoded token may be any string. Each drawing and table shows such a
 * string as text, never as markup.
 */
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { bahdanau, encoded, luong } from "./fixtures.ts";
import { alignmentTable, renderAlignment } from "../../src/widgets/alignment-heatmap/render.ts";
import { strings as alignmentStrings } from "../../src/widgets/alignment-heatmap/strings.ts";
import { renderWalkthrough, walkthroughTables } from "../../src/widgets/model-walkthrough/render.ts";
import { strings as walkStrings } from "../../src/widgets/model-walkthrough/strings.ts";
import { concatenationTable, renderConcatenation } from "../../src/widgets/concatenation/render.ts";
import { strings as concatStrings } from "../../src/widgets/concatenation/strings.ts";
import { decoderTable, renderDecoderQuery } from "../../src/widgets/decoder-query/render.ts";
import { strings as queryStrings } from "../../src/widgets/decoder-query/strings.ts";
import { renderColumns, renderDictionary, statesTable } from "../../src/widgets/encoder-states/render.ts";
import { strings as statesStrings } from "../../src/widgets/encoder-states/strings.ts";

const HOSTILE = [
  `<img src=x onerror=alert(1)>`,
  `"><svg onload=alert(1)>`,
  `'&amp;`,
  `</text><a href="//e">`,
];

/** The elements and the text of rendered markup, as a browser would parse it. */
function parsed(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const names = new Set([...document.body.querySelectorAll("*")].map((el) => el.localName));
  const attributes = [...document.body.querySelectorAll("*")].flatMap((el) =>
    [...el.attributes].map((a) => a.name),
  );
  return { names, attributes, text: document.body.textContent ?? "" };
}

function expectText(html: string, token: string) {
  const { names, attributes, text } = parsed(html);
  expect([...names].filter((n) => ["img", "a", "script"].includes(n))).toEqual([]);
  expect(attributes.filter((a) => a.startsWith("on"))).toEqual([]);
  expect(text).toContain(token);
}

describe.each(HOSTILE)("a decoded token %s", (token) => {
  const outputTokens = [token, token, token];
  const inputTokens = [token, ...encoded.tokens.slice(1)];
  const decoded = {
    ...bahdanau,
    inputTokens,
    outputTokens,
    steps: bahdanau.steps.map((s) => ({ ...s, token })),
  };

  it("is text in the alignment heatmap and its table", () => {
    const alignment = { inputTokens, outputTokens, alignment: decoded.steps.map((s) => s.weights) };
    expectText(renderAlignment(alignment, 3, { i: 0, j: 0 }, alignmentStrings.en), token);
    expectText(alignmentTable(alignment, alignmentStrings.ko), token);
  });

  it("is text in the model walkthrough and its tables", () => {
    const walk = { ...decoded, encoderStates: encoded.encoderStates };
    expectText(renderWalkthrough(walk, 2, walkStrings.en), token);
    expectText(walkthroughTables(walk, 2, walkStrings.ko), token);
  });

  it("is text in the concatenation, decoder-query and encoder-states drawings", () => {
    expectText(renderConcatenation(decoded.steps, outputTokens, 3, true, concatStrings.en), token);
    expectText(concatenationTable(decoded.steps, 3, true, concatStrings.en), "");
    expectText(
      renderDecoderQuery({ ...luong, inputTokens, outputTokens }, 3, "luong", queryStrings.en),
      token,
    );
    expectText(decoderTable({ ...decoded }, 2, queryStrings.ko), token);
    const states = { ...encoded, tokens: inputTokens };
    expectText(renderColumns(states, 5, statesStrings.en), token);
    expectText(renderDictionary(states, 5, statesStrings.en), token);
    expectText(statesTable(states, 5, statesStrings.ko), token);
  });
});

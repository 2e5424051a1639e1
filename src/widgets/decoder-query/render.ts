// Step-by-step decoding, drawn so that the query is unmistakable: the row of decoder states
// s_0..s_L with the query highlighted (s_{i-1} for Bahdanau, s_i for Luong's variant), and the
// query's scores and weights against every encoder state h_j. Pure: numbers in, SVG out.

import { FONT, charLabel, esc, fmt, numbersTableHtml, r } from "../shared/format.ts";
import { sub, type Strings } from "./strings.ts";

/** The part of one greedyDecode step this widget draws. */
export interface Step {
  token: string;
  query: ArrayLike<number>;
  prevDecoderState: ArrayLike<number>;
  decoderState: ArrayLike<number>;
  scores: ArrayLike<number>;
  weights: ArrayLike<number>;
}

/** The part of greedyDecode's result this widget draws. */
export interface Decoded {
  inputTokens: string[];
  outputTokens: string[];
  steps: Step[];
}

export type Variant = "bahdanau" | "luong";

const LEFT = 16;
const S_GAP = 56;
const COL = 30;
const ENC_Y = 150;

const preview = (v: ArrayLike<number>) =>
  Array.from(v, (x) => fmt(x, 2))
    .slice(0, 3)
    .join(", ");

/** Output step `i` (1-based) of a decoding, with the query of `variant` highlighted. */
export function renderDecoderQuery(d: Decoded, i: number, variant: Variant, s: Strings): string {
  const L = d.steps.length;
  const T = d.inputTokens.length;
  const step = d.steps[i - 1];
  const q = variant === "bahdanau" ? i - 1 : i;
  const width = Math.max(LEFT + (L + 1) * S_GAP, LEFT + T * COL) + 20;
  const out: string[] = [
    `<text x="${LEFT}" y="14" class="w-soft" font-size="${FONT.number}">${esc(s.decoder)}</text>`,
  ];
  const labels: string[] = [];
  for (let k = 0; k <= L; k++) {
    const x = LEFT + k * S_GAP;
    const future = variant === "bahdanau" ? k >= i : k > i;
    const isQuery = k === q;
    const cls = isQuery ? "w-query" : "w-box";
    out.push(
      `<rect x="${x}" y="40" width="44" height="30" rx="4" class="${cls}"${future && !isQuery ? ' stroke-dasharray="4 3"' : ""}/>`,
    );
    out.push(
      `<text x="${x + 22}" y="60" text-anchor="middle" font-size="${FONT.heading}" class="${isQuery ? "w-box" : future ? "w-soft" : "w-text"}"${isQuery ? ' stroke="none" font-weight="700"' : ""}>s${sub(k)}</text>`,
    );
    if (k >= 1) {
      const written = k < i || (k === i && variant === "luong");
      labels.push(
        `<text x="${x + 22}" y="88" text-anchor="middle" font-size="${FONT.label}" class="${written ? "w-text" : "w-soft"} w-mono w-halo">${written ? `“${esc(charLabel(d.outputTokens[k - 1]))}”` : k === i ? "?" : ""}</text>`,
      );
    }
    if (k < L) out.push(`<line x1="${x + 44}" y1="55" x2="${x + S_GAP}" y2="55" class="w-line"/>`);
  }
  const qx = LEFT + q * S_GAP + 22;
  out.push(
    `<text x="${qx}" y="32" text-anchor="middle" font-size="${FONT.number}" font-weight="700" class="w-text">${esc(s.query)} ↓</text>`,
  );
  if (variant === "bahdanau") {
    labels.push(
      `<text x="${LEFT + i * S_GAP + 22}" y="104" text-anchor="middle" font-size="${FONT.small}" class="w-soft w-halo">${esc(s.notYet)}</text>`,
    );
  }
  // Encoder states (the keys), with a line from the query to each, as wide as its weight.
  for (let j = 0; j < T; j++) {
    const x = LEFT + j * COL;
    const w = step.weights[j] ?? 0;
    out.push(
      `<line x1="${qx}" y1="72" x2="${x + (COL - 4) / 2}" y2="${ENC_Y}" class="w-stroke-query" stroke-width="${r(0.3 + 5 * w)}" stroke-opacity="${r(0.15 + 0.85 * w)}"/>`,
    );
  }
  // The written characters and "not computed yet" go over the lines, each on a halo of the background.
  out.push(...labels);
  out.push(
    `<text x="${LEFT}" y="${ENC_Y - 14}" class="w-soft w-halo" font-size="${FONT.number}">${esc(s.encoder)}</text>`,
  );
  const maxBar = 40;
  for (let j = 0; j < T; j++) {
    const x = LEFT + j * COL;
    const w = step.weights[j] ?? 0;
    out.push(
      `<rect x="${x}" y="${ENC_Y}" width="${COL - 4}" height="26" rx="3" class="w-box w-stroke-key" stroke-width="1.5"/>`,
    );
    out.push(
      `<text x="${x + (COL - 4) / 2}" y="${ENC_Y + 18}" text-anchor="middle" class="w-text w-mono" font-size="${FONT.label}">${esc(charLabel(d.inputTokens[j]))}</text>`,
    );
    out.push(
      `<text x="${x + (COL - 4) / 2}" y="${ENC_Y + 40}" text-anchor="middle" class="w-soft" font-size="${FONT.tiny}">h${sub(j + 1)}</text>`,
    );
    out.push(
      `<text x="${x + (COL - 4) / 2}" y="${ENC_Y + 56}" text-anchor="middle" class="w-text w-mono" font-size="${FONT.tiny}">${fmt(step.scores[j] ?? NaN, 1)}</text>`,
    );
    const bar = r(w * maxBar);
    out.push(
      `<rect x="${x + 4}" y="${ENC_Y + 62 + maxBar - bar}" width="${COL - 12}" height="${bar}" class="w-accent"/>`,
    );
    out.push(
      `<text x="${x + (COL - 4) / 2}" y="${ENC_Y + 62 + maxBar + 12}" text-anchor="middle" class="w-text w-mono" font-size="${FONT.tiny}">${fmt(w, 2)}</text>`,
    );
  }
  const yLabels = ENC_Y + 62 + maxBar + 30;
  out.push(
    `<text x="${LEFT}" y="${yLabels}" class="w-soft" font-size="${FONT.note}">${esc(s.legend)}</text>`,
  );
  const name = variant === "bahdanau" ? `s${sub(i - 1)}` : `s${sub(i)}`;
  const height = yLabels + 10;
  const label = s.summary(i, name, charLabel(step.token));
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(label)}">${out.join("")}</svg>`;
}

/** One sentence that names the query and shows it is the same vector as that state. */
export function queryIdentity(d: Decoded, i: number, variant: Variant, s: Strings): string {
  const step = d.steps[i - 1];
  const state = variant === "bahdanau" ? step.prevDecoderState : step.decoderState;
  const name = variant === "bahdanau" ? `s${sub(i - 1)}` : `s${sub(i)}`;
  return `${variant === "bahdanau" ? s.explainBahdanau(i) : s.explainLuong(i)} ${s.equal(name, preview(state))}`;
}

/** Scores and weights of step `i` as a table. */
export function decoderTable(d: Decoded, i: number, s: Strings): string {
  const step = d.steps[i - 1];
  return numbersTableHtml({
    caption: s.tableCaption(i),
    corner: "j",
    columns: [s.scores, s.weights],
    rows: d.inputTokens.map((c, j) => ({
      label: `${j + 1} ${charLabel(c)}`,
      values: [step.scores[j], step.weights[j]],
    })),
    digits: 3,
  });
}

// An independent reference for the seq2seq training loss, in float64 and one example at a time
// (no batching, no padding, no masks), written from the papers' equations rather than from the
// library's code. The library's float32 loss and its gradients are checked against it.
//   encoder   h_j = GRU(h_{j-1}, E_in[x_j]),  h_0 = 0                 s_0 = h_T
//   bahdanau  e_ij = v_aᵀ tanh(W_aᵀ s_{i-1} + U_aᵀ h_j),  α = softmax(e),  a_i = Σ_j α_ij h_j
//             s_i = GRU(s_{i-1}, [E_out[y_{i-1}]; a_i]),  logits = s_i W_o + b_o
//   luong     s_i = GRU(s_{i-1}, E_out[y_{i-1}]),  e_ij = (s_i W) · h_j,  a_i = Σ_j α_ij h_j
//             h̃_i = tanh([a_i; s_i] W_c + b_c),  logits = h̃_i W_o + b_o
//   none      s_i = GRU(s_{i-1}, [E_out[y_{i-1}]; h_T]),  logits = s_i W_o + b_o
//   GRU       r = σ(x W_r + b_r + h U_r + c_r), z = σ(x W_z + b_z + h U_z + c_z),
//             n = tanh(x W_n + b_n + r ⊙ (h U_n + c_n)), h' = (1 − z) ⊙ n + z ⊙ h
//   loss      the mean over every target token of the whole batch (y_1..y_L and </s>) of
//             −log softmax(logits)[target], with y_0 = <s> fed first (teacher forcing)
import type { Seq2Seq } from "../../src/lib/attention/index.ts";
import { namedParameters } from "../../src/lib/attention/index.ts";

/** The model's parameters by name, copied into float64 (perturb these, not the model). */
export type Params64 = Map<string, Float64Array>;

export function params64(model: Seq2Seq): Params64 {
  return new Map(namedParameters(model).map(([name, p]) => [name, Float64Array.from(p.data)]));
}

/** x W for x [n] and W [n, m] stored row-major. */
function times(x: readonly number[], W: Float64Array, m: number): number[] {
  const out = new Array<number>(m).fill(0);
  for (let i = 0; i < x.length; i++) for (let j = 0; j < m; j++) out[j] += x[i] * W[i * m + j];
  return out;
}

const sigma = (u: number): number => 1 / (1 + Math.exp(-u));

function row(table: Float64Array, id: number, width: number): number[] {
  return Array.from(table.subarray(id * width, (id + 1) * width));
}

function gru(p: Params64, prefix: string, x: number[], h: number[]): number[] {
  const H = h.length;
  const gx = times(x, p.get(`${prefix}.Wx`)!, 3 * H);
  const gh = times(h, p.get(`${prefix}.Wh`)!, 3 * H);
  const bx = p.get(`${prefix}.bx`)!;
  const bh = p.get(`${prefix}.bh`)!;
  return h.map((hj, j) => {
    const r = sigma(gx[j] + bx[j] + gh[j] + bh[j]);
    const z = sigma(gx[H + j] + bx[H + j] + gh[H + j] + bh[H + j]);
    const n = Math.tanh(gx[2 * H + j] + bx[2 * H + j] + r * (gh[2 * H + j] + bh[2 * H + j]));
    return (1 - z) * n + z * hj;
  });
}

function softmax(e: number[]): number[] {
  const max = Math.max(...e);
  const x = e.map((v) => Math.exp(v - max));
  const sum = x.reduce((a, b) => a + b, 0);
  return x.map((v) => v / sum);
}

function mix(weights: number[], states: number[][]): number[] {
  return states[0].map((_, k) => states.reduce((s, h, j) => s + weights[j] * h[k], 0));
}

/** −log p(target) for one output step. */
function tokenLoss(logits: number[], target: number): number {
  const max = Math.max(...logits);
  const logSum = Math.log(logits.reduce((s, v) => s + Math.exp(v - max), 0)) + max;
  return logSum - logits[target];
}

/** Σ over the example's target tokens of −log p, and how many tokens there are. */
function exampleLoss(model: Seq2Seq, p: Params64, input: string, output: string): [number, number] {
  const { embedDim: D, hiddenDim: H, attentionDim: A, attention, inputVocab, outputVocab } = model.config;
  const V = outputVocab.length;
  const x = [...input].map((c) => Math.max(1, inputVocab.indexOf(c)));
  const targets = [...[...output].map((c) => outputVocab.indexOf(c)), outputVocab.indexOf("</s>")];
  let h = new Array<number>(H).fill(0);
  const states: number[][] = [];
  for (const id of x) {
    h = gru(p, "encoder.gru", row(p.get("encoder.embedding")!, id, D), h);
    states.push(h);
  }
  let s = h;
  let prev = outputVocab.indexOf("<s>");
  let total = 0;
  for (const target of targets) {
    const embedded = row(p.get("decoder.embedding")!, prev, D);
    let features: number[];
    if (attention === "bahdanau") {
      const q = times(s, p.get("attention.W")!, A);
      const v = p.get("attention.v")!;
      const e = states.map((hj) => {
        const k = times(hj, p.get("attention.U")!, A);
        return q.reduce((sum, qa, a) => sum + v[a] * Math.tanh(qa + k[a]), 0);
      });
      s = gru(p, "decoder.gru", [...embedded, ...mix(softmax(e), states)], s);
      features = s;
    } else if (attention === "luong") {
      s = gru(p, "decoder.gru", embedded, s);
      const q = times(s, p.get("attention.W")!, H);
      const e = states.map((hj) => hj.reduce((sum, hk, k) => sum + q[k] * hk, 0));
      const combined = times([...mix(softmax(e), states), ...s], p.get("combine.W")!, H);
      const bc = p.get("combine.b")!;
      features = combined.map((c, k) => Math.tanh(c + bc[k]));
    } else {
      s = gru(p, "decoder.gru", [...embedded, ...h], s);
      features = s;
    }
    const bo = p.get("output.b")!;
    const logits = times(features, p.get("output.W")!, V).map((l, k) => l + bo[k]);
    total += tokenLoss(logits, target);
    prev = target;
  }
  return [total, targets.length];
}

/** The batch's mean cross-entropy over every target token, in float64. */
export function referenceLoss(
  model: Seq2Seq,
  p: Params64,
  inputs: readonly string[],
  outputs: readonly string[],
): number {
  let total = 0;
  let count = 0;
  inputs.forEach((input, b) => {
    const [sum, n] = exampleLoss(model, p, input, outputs[b]);
    total += sum;
    count += n;
  });
  return total / count;
}

/**
 * d loss / d every parameter by central differences on the float64 reference. Embedding rows that
 * no token of the batch looks up have gradient 0 by definition and are not perturbed (that keeps
 * the check fast: most of the input alphabet is unused).
 */
export function referenceGradients(
  model: Seq2Seq,
  inputs: readonly string[],
  outputs: readonly string[],
  eps = 1e-6,
): Map<string, Float64Array> {
  const { embedDim: D, inputVocab, outputVocab } = model.config;
  const rowsRead = new Map([
    [
      "encoder.embedding",
      new Set(inputs.flatMap((s) => [...s].map((c) => Math.max(1, inputVocab.indexOf(c))))),
    ],
    [
      "decoder.embedding",
      new Set(["<s>", ...outputs.flatMap((s) => [...s])].map((c) => outputVocab.indexOf(c))),
    ],
  ]);
  const p = params64(model);
  const grads = new Map<string, Float64Array>();
  for (const [name, values] of p) {
    const g = new Float64Array(values.length);
    const rows = rowsRead.get(name);
    for (let i = 0; i < values.length; i++) {
      if (rows && !rows.has(Math.floor(i / D))) continue;
      const keep = values[i];
      values[i] = keep + eps;
      const up = referenceLoss(model, p, inputs, outputs);
      values[i] = keep - eps;
      const down = referenceLoss(model, p, inputs, outputs);
      values[i] = keep;
      g[i] = (up - down) / (2 * eps);
    }
    grads.set(name, g);
  }
  return grads;
}

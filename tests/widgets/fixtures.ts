// Hand-made numbers for the seq2seq widgets' drawings: fixed here, so the snapshots change only
// when the drawing changes (not when the library's random initialisation does).

const vec = (...xs: number[]) => Float32Array.from(xs);

/** encode("1 May") of a model with hidden size 3. */
export const encoded = {
  tokens: ["1", " ", "M", "a", "y"],
  encoderStates: [
    vec(0.1, -0.2, 0.3),
    vec(0.5, -0.6, 0.0),
    vec(-0.9, 0.4, 0.2),
    vec(0.3, 0.3, -0.3),
    vec(0.0, 0.8, -0.7),
  ],
};

const step = (
  token: string,
  prev: Float32Array,
  state: Float32Array,
  query: Float32Array,
  scores: number[],
  weights: number[],
  a: Float32Array,
  embed: number[],
) => ({
  token,
  prevDecoderState: prev,
  decoderState: state,
  query,
  scores: Float32Array.from(scores),
  weights: Float32Array.from(weights),
  attentionValue: a,
  decoderInput: Float32Array.from([...embed, ...a]),
});

const s0 = vec(0.2, -0.4, 0.6);
const s1 = vec(-0.1, 0.5, 0.3);
const s2 = vec(0.7, 0.1, -0.2);
const s3 = vec(0.4, -0.3, 0.1);

/** greedyDecode("1 May") → "05-01" cut to three steps, Bahdanau: the query is s_{i-1}. */
export const bahdanau = {
  inputTokens: encoded.tokens,
  outputTokens: ["0", "5", "-"],
  steps: [
    step(
      "0",
      s0,
      s1,
      s0,
      [0.1, -1, 2, 1.5, 0.2],
      [0.08, 0.03, 0.52, 0.31, 0.06],
      vec(-0.3, 0.4, 0.0),
      [0.5, -0.5],
    ),
    step(
      "5",
      s1,
      s2,
      s1,
      [-0.5, 0.2, 3, 2.5, 0.1],
      [0.02, 0.04, 0.57, 0.35, 0.02],
      vec(-0.4, 0.4, 0.1),
      [0.9, 0.1],
    ),
    step("-", s2, s3, s2, [1, 0, -1, 0, 2], [0.24, 0.09, 0.03, 0.09, 0.55], vec(0.1, 0.5, -0.4), [-0.2, 0.8]),
  ],
};

/** The same output from Luong's variant: the query is s_i. */
export const luong = { ...bahdanau, steps: bahdanau.steps.map((st) => ({ ...st, query: st.decoderState })) };

/** Without attention: every step reads the same fixed vector c = h_T. */
export const none = {
  ...bahdanau,
  steps: bahdanau.steps.map((st) => ({
    ...st,
    scores: vec(),
    weights: vec(),
    attentionValue: encoded.encoderStates[4],
    decoderInput: Float32Array.from([...st.decoderInput.slice(0, 2), ...encoded.encoderStates[4]]),
  })),
};

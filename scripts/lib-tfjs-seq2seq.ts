// The bench's peer: the same Bahdanau seq2seq (GRU encoder, additive attention with query
// s_{i-1}, [embed(y_{i-1}); a_i] into the decoder GRU, output from s_i) and the same training step
// (teacher-forced cross-entropy, global-norm clipping, Adam) written with TensorFlow.js ops.
// Used only by scripts/bench.ts; never shipped.
import * as tf from "@tensorflow/tfjs";

export interface TfBatch {
  B: number;
  T: number;
  L: number;
  inputIds: Int32Array; // [T, B]
  decoderInputs: Int32Array; // [L, B]
  targets: Int32Array; // [L, B]
}

export interface TfModel {
  step(batch: TfBatch): number;
  dispose(): void;
}

export function createTfSeq2Seq(opts: {
  vocabIn: number;
  vocabOut: number;
  D: number;
  H: number;
  A: number;
  learningRate: number;
  clip: number;
}): TfModel {
  const { vocabIn, vocabOut, D, H, A } = opts;
  const u = (shape: number[], limit: number) =>
    tf.variable(tf.randomUniform(shape, -limit, limit, "float32", 1));
  const gru = (I: number) => ({
    Wx: u([I, 3 * H], 1 / Math.sqrt(H)),
    Wh: u([H, 3 * H], 1 / Math.sqrt(H)),
    bx: u([3 * H], 1 / Math.sqrt(H)),
    bh: u([3 * H], 1 / Math.sqrt(H)),
  });
  const p = {
    encEmb: u([vocabIn, D], 0.5),
    enc: gru(D),
    decEmb: u([vocabOut, D], 0.5),
    dec: gru(D + H),
    Wa: u([H, A], 0.1),
    Ua: u([H, A], 0.1),
    va: u([A], 0.1),
    Wo: u([H, vocabOut], 0.1),
    bo: tf.variable(tf.zeros([vocabOut])),
  };
  const vars = [
    p.encEmb,
    p.enc.Wx,
    p.enc.Wh,
    p.enc.bx,
    p.enc.bh,
    p.decEmb,
    p.dec.Wx,
    p.dec.Wh,
    p.dec.bx,
    p.dec.bh,
    p.Wa,
    p.Ua,
    p.va,
    p.Wo,
    p.bo,
  ];
  const optimizer = tf.train.adam(opts.learningRate);

  const cell = (g: ReturnType<typeof gru>, x: tf.Tensor2D, h: tf.Tensor2D): tf.Tensor2D => {
    const gx = tf.add(tf.matMul(x, g.Wx), g.bx) as tf.Tensor2D;
    const gh = tf.add(tf.matMul(h, g.Wh), g.bh) as tf.Tensor2D;
    const [xr, xz, xn] = tf.split(gx, 3, 1);
    const [hr, hz, hn] = tf.split(gh, 3, 1);
    const r = tf.sigmoid(tf.add(xr, hr));
    const z = tf.sigmoid(tf.add(xz, hz));
    const n = tf.tanh(tf.add(xn, tf.mul(r, hn)));
    return tf.add(tf.mul(tf.sub(1, z), n), tf.mul(z, h)) as tf.Tensor2D;
  };

  // Embedding as one-hot · table: tf.gather's gradient (UnsortedSegmentSum) has no wasm kernel.
  const embed = (table: tf.Variable, ids: Int32Array, vocab: number): tf.Tensor2D =>
    tf.matMul(tf.oneHot(tf.tensor1d(ids, "int32"), vocab), table as tf.Tensor2D);

  const loss = (batch: TfBatch): tf.Scalar => {
    const { B, T, L } = batch;
    let h = tf.zeros([B, H]) as tf.Tensor2D;
    const states: tf.Tensor2D[] = [];
    for (let t = 0; t < T; t++) {
      const x = embed(p.encEmb, batch.inputIds.subarray(t * B, (t + 1) * B), vocabIn); // [B, D]
      h = cell(p.enc, x, h);
      states.push(h);
    }
    const enc = tf.stack(states) as tf.Tensor3D; // [T, B, H]
    const keysProj = tf.reshape(tf.matMul(tf.reshape(enc, [T * B, H]), p.Ua), [T, B, A]); // [T, B, A]
    let s = h;
    const outs: tf.Tensor2D[] = [];
    for (let i = 0; i < L; i++) {
      const y = embed(p.decEmb, batch.decoderInputs.subarray(i * B, (i + 1) * B), vocabOut); // [B, D]
      const qp = tf.matMul(s, p.Wa); // [B, A]
      const e = tf.sum(tf.mul(tf.tanh(tf.add(keysProj, qp)), p.va), 2); // [T, B]
      const alpha = tf.softmax(tf.transpose(e), 1); // [B, T]
      const a = tf.sum(tf.mul(tf.expandDims(tf.transpose(alpha), 2), enc), 0) as tf.Tensor2D; // [B, H]
      s = cell(p.dec, tf.concat([y, a], 1) as tf.Tensor2D, s);
      outs.push(s);
    }
    const logits = tf.add(tf.matMul(tf.concat(outs, 0), p.Wo), p.bo); // [L·B, V]
    const labels = tf.oneHot(tf.tensor1d(batch.targets, "int32"), vocabOut);
    return tf.losses.softmaxCrossEntropy(labels, logits) as tf.Scalar;
  };

  return {
    step(batch) {
      return tf.tidy(() => {
        const { value, grads } = tf.variableGrads(() => loss(batch), vars);
        const list = vars.map((v) => grads[v.name]);
        const norm = tf.sqrt(tf.addN(list.map((g) => tf.sum(tf.square(g)))));
        const scale = tf.minimum(1, tf.div(opts.clip, tf.add(norm, 1e-6)));
        optimizer.applyGradients(vars.map((v, i) => ({ name: v.name, tensor: tf.mul(list[i], scale) })));
        return value.dataSync()[0];
      });
    },
    dispose() {
      vars.forEach((v) => v.dispose());
      optimizer.dispose();
    },
  };
}

// Saving and loading a model's weights: JSON metadata (format version, hyper-parameters, seed,
// vocabularies, accuracy, provenance, and a table of tensors) plus a compact binary of the numbers,
// little-endian float32 or float16 (IEEE 754 binary16, round to nearest even), with a checksum.
// Loading checks everything before building the model, so it never returns a half-loaded model.

import {
  createSeq2Seq,
  namedParameters,
  type AttentionKind,
  type Seq2Seq,
  type Seq2SeqConfig,
} from "./seq2seq.ts";

/** The version of the file format this library writes and reads. */
export const FORMAT_VERSION = 1;
const FORMAT = "attention-live/seq2seq-weights";

/** A JSON value (for provenance). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One tensor's place in the binary. */
export interface TensorEntry {
  name: string;
  shape: number[];
  /** Offset in bytes. */
  offset: number;
}

/** The JSON half of a saved model. */
export interface ModelMeta {
  format: string;
  formatVersion: number;
  /** The model's configuration; its vocabularies are stored on their own, next to it. */
  config: Omit<Seq2SeqConfig, "inputVocab" | "outputVocab">;
  inputVocab: string[];
  outputVocab: string[];
  dtype: "float32" | "float16";
  byteLength: number;
  /** FNV-1a (32 bit) of the binary, as 8 hex digits. */
  checksum: string;
  tensors: TensorEntry[];
  /** Exact-match accuracy on held-out data, if measured. */
  accuracy?: number;
  /** How the weights were made (data, training options, …). */
  provenance?: { [key: string]: JsonValue };
}

/** What may be stored alongside the weights. */
export interface SaveExtras {
  accuracy?: number;
  provenance?: { [key: string]: JsonValue };
}

/** Options of {@link saveModel}. */
export interface SaveOptions {
  /** "float32" (exact, default) or "float16" (half the size; weights rounded). */
  dtype?: "float32" | "float16";
}

/** FNV-1a 32-bit hash of bytes, as 8 hex digits. */
export function checksum(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** float32 → IEEE 754 half precision bits, rounding to nearest even. */
export function toFloat16Bits(value: number): number {
  f32[0] = value;
  const x = u32[0];
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0); // Inf / NaN
  let e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00; // overflow → Inf
  if (e <= 0) {
    if (e < -10) return sign; // underflow → ±0
    mant |= 0x800000;
    const shift = 14 - e;
    const half = 1 << (shift - 1);
    let m = mant >>> shift;
    const rest = mant & ((1 << shift) - 1);
    if (rest > half || (rest === half && m & 1)) m++;
    return sign | m;
  }
  let m = mant >>> 13;
  const rest = mant & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && m & 1)) {
    m++;
    if (m === 0x400) {
      m = 0;
      e++;
      if (e >= 0x1f) return sign | 0x7c00;
    }
  }
  return sign | (e << 10) | m;
}

/** IEEE 754 half precision bits → number. */
export function fromFloat16Bits(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >>> 10) & 0x1f;
  const mant = bits & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

/**
 * Saves a model as JSON metadata plus a binary of its weights.
 *
 * @example
 * const { meta, weights } = saveModel(model, { accuracy: 0.99 }, { dtype: "float16" });
 * const copy = loadModel(JSON.parse(JSON.stringify(meta)), weights);
 */
export function saveModel(
  model: Seq2Seq,
  extras: SaveExtras = {},
  options: SaveOptions = {},
): { meta: ModelMeta; weights: Uint8Array } {
  const dtype = options.dtype ?? "float32";
  const width = dtype === "float16" ? 2 : 4;
  const params = namedParameters(model);
  const total = params.reduce((s, [, p]) => s + p.data.length, 0);
  const weights = new Uint8Array(total * width);
  const view = new DataView(weights.buffer);
  const tensors: TensorEntry[] = [];
  let offset = 0;
  for (const [name, p] of params) {
    tensors.push({ name, shape: [...p.shape], offset });
    for (let i = 0; i < p.data.length; i++, offset += width) {
      if (width === 2) view.setUint16(offset, toFloat16Bits(p.data[i]), true);
      else view.setFloat32(offset, p.data[i], true);
    }
  }
  const c = model.config;
  const meta: ModelMeta = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    config: {
      attention: c.attention,
      embedDim: c.embedDim,
      hiddenDim: c.hiddenDim,
      attentionDim: c.attentionDim,
      seed: c.seed,
    },
    inputVocab: [...c.inputVocab],
    outputVocab: [...c.outputVocab],
    dtype,
    byteLength: weights.byteLength,
    checksum: checksum(weights),
    tensors,
  };
  if (extras.accuracy !== undefined) meta.accuracy = extras.accuracy;
  if (extras.provenance !== undefined) meta.provenance = extras.provenance;
  return { meta, weights };
}

function fail(message: string): never {
  throw new Error(`loadModel: ${message}`);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/**
 * Loads a model saved by {@link saveModel}. Throws a clear Error when the metadata is not ours,
 * from another format version, inconsistent, or when the binary is truncated, too long or
 * corrupted; a model is only returned when every check has passed.
 *
 * @example
 * const meta = await (await fetch("/models/bahdanau.json")).json();
 * const weights = await (await fetch("/models/bahdanau.bin")).arrayBuffer();
 * const model = loadModel(meta, weights);
 */
export function loadModel(meta: unknown, weights: ArrayBuffer | Uint8Array): Seq2Seq {
  if (!isRecord(meta)) fail("the metadata is not a JSON object");
  if (meta.format !== FORMAT)
    fail(`not a model file (format is ${JSON.stringify(meta.format)}, expected "${FORMAT}")`);
  if (meta.formatVersion !== FORMAT_VERSION) {
    fail(
      `unsupported format version ${JSON.stringify(meta.formatVersion)} (this library reads version ${FORMAT_VERSION})`,
    );
  }
  if (meta.dtype !== "float32" && meta.dtype !== "float16")
    fail(`unknown dtype ${JSON.stringify(meta.dtype)}`);
  const cfg = meta.config;
  if (!isRecord(cfg)) fail("config is missing");
  const bytes = weights instanceof Uint8Array ? weights : new Uint8Array(weights);
  let model: Seq2Seq;
  try {
    const config: Seq2SeqConfig = {
      attention: cfg.attention as AttentionKind,
      embedDim: cfg.embedDim as number,
      hiddenDim: cfg.hiddenDim as number,
      attentionDim: cfg.attentionDim as number,
      seed: cfg.seed as number,
      inputVocab: meta.inputVocab as string[],
      outputVocab: meta.outputVocab as string[],
    };
    model = createSeq2Seq(config);
  } catch (e) {
    return fail(`the metadata does not describe a valid model: ${(e as Error).message}`);
  }
  const width = meta.dtype === "float16" ? 2 : 4;
  const params = namedParameters(model);
  const entries = meta.tensors;
  if (!Array.isArray(entries) || entries.length !== params.length) {
    fail(
      `expected ${params.length} tensors for a "${model.config.attention}" model, the metadata lists ${Array.isArray(entries) ? entries.length : "none"}`,
    );
  }
  let expectedOffset = 0;
  params.forEach(([name, p], i) => {
    const e: unknown = entries[i];
    if (!isRecord(e) || e.name !== name) fail(`tensor ${i} should be "${name}"`);
    if (
      !Array.isArray(e.shape) ||
      e.shape.length !== p.shape.length ||
      e.shape.some((d, k) => d !== p.shape[k])
    ) {
      fail(
        `tensor "${name}" has shape ${JSON.stringify(e.shape)}, the configuration needs [${p.shape.join(", ")}]`,
      );
    }
    if (e.offset !== expectedOffset)
      fail(`tensor "${name}" starts at byte ${JSON.stringify(e.offset)}, expected ${expectedOffset}`);
    expectedOffset += p.data.length * width;
  });
  if (meta.byteLength !== expectedOffset)
    fail(`the metadata says ${JSON.stringify(meta.byteLength)} bytes, the tensors need ${expectedOffset}`);
  if (bytes.byteLength < expectedOffset)
    fail(`the weights file is truncated: ${bytes.byteLength} bytes, expected ${expectedOffset}`);
  if (bytes.byteLength > expectedOffset)
    fail(`the weights file is too long: ${bytes.byteLength} bytes, expected ${expectedOffset}`);
  if (checksum(bytes) !== meta.checksum)
    fail("the weights do not match their checksum (corrupted, or from another model)");

  // Decode into fresh arrays first; only then hand them to the model.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoded = params.map(([name, p], t) => {
    const data = new Float32Array(p.data.length);
    let offset = (entries[t] as TensorEntry).offset;
    for (let i = 0; i < data.length; i++, offset += width) {
      data[i] = width === 2 ? fromFloat16Bits(view.getUint16(offset, true)) : view.getFloat32(offset, true);
      if (!Number.isFinite(data[i])) fail(`tensor "${name}" holds a value that is not a finite number`);
    }
    return data;
  });
  params.forEach(([, p], i) => p.data.set(decoded[i]));
  return model;
}

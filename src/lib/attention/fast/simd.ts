// A WebAssembly SIMD kernel for the matrix product C = A·B (four float32 lanes per instruction).
// The same product as the tiled TypeScript kernel in gemm.ts, 2 rows × 16 columns of C at a
// time: for each p, C[i, j..j+15] += A[i, p] · B[p, j..j+15], held in eight 4-lane registers.
// The module is assembled here from named opcodes (WebAssembly core spec §5.4, SIMD proposal
// opcodes 0xFD …), so there is no opaque binary in the repository. Where WebAssembly SIMD is
// missing (or blocked by a content security policy), gemm.ts falls back to TypeScript.

import type { gemm } from "../tensor.ts";

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
};
const sleb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
};
const text = (s: string): number[] => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];

// Instructions
const get = (i: number) => [0x20, ...uleb(i)];
const set = (i: number) => [0x21, ...uleb(i)];
const i32 = (n: number) => [0x41, ...sleb(n)];
const add = [0x6a];
const mul = [0x6c];
const ltU = [0x49];
const loop = [0x03, 0x40];
const end = [0x0b];
const brIf = (depth: number) => [0x0d, ...uleb(depth)];
const simd = (op: number, ...rest: number[]) => [0xfd, ...uleb(op), ...rest];
const load = (offset: number) => simd(0x00, 0, ...uleb(offset)); // v128.load
const store = (offset: number) => simd(0x0b, 0, ...uleb(offset)); // v128.store
const loadSplat = simd(0x09, 0, 0); // v128.load32_splat
const zero = simd(0x0c, ...new Array(16).fill(0)); // v128.const 0
const fadd = simd(0xe4); // f32x4.add
const fmul = simd(0xe6); // f32x4.mul

// Locals: params m k n a b c (byte offsets), then i32 i j p ar0 ar1 bp cp, then v128 x0 x1 b0..b3 acc0..acc7
const [M, K, N, A, B, C, I, J, P, AR0, AR1, BP, CP] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const X0 = 13,
  X1 = 14,
  B0 = 15,
  ACC = 19;

function body(): number[] {
  const code: number[] = [];
  const emit = (...parts: number[][]) => parts.forEach((p) => code.push(...p));
  emit(i32(0), set(I));
  emit(loop); // for i in 0, 2, …, m − 2
  emit(i32(0), set(J));
  emit(loop); // for j in 0, 16, …, n − 16
  for (let q = 0; q < 8; q++) emit(zero, set(ACC + q));
  emit(get(A), get(I), get(K), mul, i32(4), mul, add, set(AR0)); // &A[i, 0]
  emit(get(AR0), get(K), i32(4), mul, add, set(AR1)); // &A[i + 1, 0]
  emit(get(B), get(J), i32(4), mul, add, set(BP)); // &B[0, j]
  emit(i32(0), set(P));
  emit(loop); // for p in 0 … k − 1
  emit(get(AR0), loadSplat, set(X0), get(AR1), loadSplat, set(X1));
  for (let q = 0; q < 4; q++) emit(get(BP), load(16 * q), set(B0 + q));
  for (let q = 0; q < 4; q++) {
    emit(get(ACC + q), get(X0), get(B0 + q), fmul, fadd, set(ACC + q));
    emit(get(ACC + 4 + q), get(X1), get(B0 + q), fmul, fadd, set(ACC + 4 + q));
  }
  emit(get(AR0), i32(4), add, set(AR0), get(AR1), i32(4), add, set(AR1));
  emit(get(BP), get(N), i32(4), mul, add, set(BP));
  emit(get(P), i32(1), add, set(P), get(P), get(K), ltU, brIf(0));
  emit(end);
  emit(get(C), get(I), get(N), mul, get(J), add, i32(4), mul, add, set(CP)); // &C[i, j]
  for (let q = 0; q < 4; q++) emit(get(CP), get(ACC + q), store(16 * q));
  emit(get(CP), get(N), i32(4), mul, add, set(CP)); // &C[i + 1, j]
  for (let q = 0; q < 4; q++) emit(get(CP), get(ACC + 4 + q), store(16 * q));
  emit(get(J), i32(16), add, set(J), get(J), get(N), ltU, brIf(0));
  emit(end);
  emit(get(I), i32(2), add, set(I), get(I), get(M), ltU, brIf(0));
  emit(end);
  emit(end);
  const locals = [2, ...uleb(7), 0x7f, ...uleb(14), 0x7b]; // 7 × i32, 14 × v128
  return [...uleb(locals.length + code.length), ...locals, ...code];
}

/** The kernel module's bytes: gemm(m, k, n, a, b, c) with m even, n a multiple of 16, k ≥ 1. */
export function kernelBytes(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 6, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0]), // type: (i32 × 6) → ()
    ...section(3, [1, 0]), // one function of type 0
    ...section(5, [1, 0x00, 1]), // one memory, 1 page to start
    ...section(7, [2, ...text("gemm"), 0x00, 0, ...text("memory"), 0x02, 0]),
    ...section(10, [1, ...body()]),
  ]);
}

interface Kernel {
  memory: WebAssembly.Memory;
  gemm: (m: number, k: number, n: number, a: number, b: number, c: number) => void;
}

let kernel: Kernel | null | undefined;
let heap = new Float32Array(0);

function load_(): Kernel | null {
  try {
    if (typeof WebAssembly !== "object") return null;
    const bytes = kernelBytes();
    if (!WebAssembly.validate(bytes)) return null;
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
    const { memory, gemm } = instance.exports as unknown as Kernel;
    return { memory, gemm };
  } catch {
    return null;
  }
}

/** Whether the SIMD kernel can run here. */
export function simdAvailable(): boolean {
  if (kernel === undefined) kernel = load_();
  return kernel !== null;
}

/**
 * Inside `run`, a right-hand matrix B that is one of `weights` (and not transposed) is copied into
 * the module's memory once and then read from there: for code that multiplies by the same weights
 * many times while nothing can change them, such as decoding one input (every decoder step
 * multiplies by the same four matrices). Any other B, and every B outside, is copied per call.
 *
 * @example
 * keepingWeights(namedParameters(model).map(([, p]) => p.data), () => decode()); // weights copied once
 */
export function keepingWeights<T>(weights: readonly Float32Array[], run: () => T): T {
  if (keepable !== null) return run(); // already inside: the outer call clears the copies
  keepable = new Set(weights);
  try {
    return run();
  } finally {
    keepable = null;
    kept.clear();
    keptEnd = 0;
  }
}

/** The arrays keepingWeights may keep, while it runs. */
let keepable: Set<Float32Array> | null = null;
/** Kept B arrays → their float offset in the module's memory. */
const kept = new Map<Float32Array, number>();
/** Floats of the module's memory the kept copies take (the scratch space starts after). */
let keptEnd = 0;

/**
 * Grows the module's memory to `bytes`, and keeps one view of it, made again only when it grew
 * (simdGemm is called once per decoder step when one input is decoded: no new objects per call).
 */
function ensureBytes(mem: WebAssembly.Memory, bytes: number): void {
  if (mem.buffer.byteLength < bytes) mem.grow(Math.ceil((bytes - mem.buffer.byteLength) / 65536));
  if (heap.buffer !== mem.buffer) heap = new Float32Array(mem.buffer);
}

/**
 * C[m×n] = op(A) · op(B) (+ C) with the SIMD kernel: operands are copied into the module's
 * memory (transposed when asked, padded to 2 rows × 16 columns), multiplied, and copied back.
 * Returns false when the kernel is not available.
 */
export const simdGemm: (...args: Parameters<typeof gemm>) => boolean = (a, b, c, m, k, n, options = {}) => {
  if (!simdAvailable() || kernel === null || kernel === undefined) return false;
  const { transposeA = false, transposeB = false, accumulate = false } = options;
  const mp = m + (m & 1);
  const np = (n + 15) & ~15;
  const mem = kernel.memory;
  const keep = keepable !== null && !transposeB && keepable.has(b);
  let bAt = keep ? kept.get(b) : undefined; // a kept copy of B, in floats
  if (keep && bAt === undefined) {
    bAt = keptEnd;
    keptEnd += k * np;
    ensureBytes(mem, keptEnd * 4);
    copyB(b, bAt, k, n, np, false);
    kept.set(b, bAt);
  }
  const aAt = keptEnd; // scratch after the kept copies: A [mp, k], then B [k, np] unless kept, then C [mp, np]
  const scratchB = bAt === undefined;
  if (bAt === undefined) bAt = aAt + mp * k;
  const cAt = scratchB ? bAt + k * np : aAt + mp * k;
  ensureBytes(mem, (cAt + mp * np) * 4);
  if (transposeA) {
    for (let i = 0; i < m; i++) for (let p = 0; p < k; p++) heap[aAt + i * k + p] = a[p * m + i];
  } else {
    heap.set(a.length === m * k ? a : a.subarray(0, m * k), aAt);
  }
  if (mp > m) heap.fill(0, aAt + m * k, aAt + mp * k);
  if (scratchB) copyB(b, bAt, k, n, np, transposeB);
  kernel.gemm(mp, k, np, aAt * 4, bAt * 4, cAt * 4);
  if (accumulate) {
    for (let i = 0; i < m; i++) {
      const src = cAt + i * np;
      const dst = i * n;
      for (let j = 0; j < n; j++) c[dst + j] += heap[src + j];
    }
  } else if (np === n) {
    c.set(heap.subarray(cAt, cAt + m * n));
  } else {
    for (let i = 0; i < m; i++) c.set(heap.subarray(cAt + i * np, cAt + i * np + n), i * n);
  }
  return true;
};

/** B [k, n] (or Bᵀ stored [n, k]) into the module's memory at float offset `at`, rows padded to np. */
function copyB(b: Float32Array, at: number, k: number, n: number, np: number, transposeB: boolean): void {
  if (!transposeB && np === n) {
    heap.set(b.length === k * n ? b : b.subarray(0, k * n), at); // already as the kernel reads it
    return;
  }
  for (let p = 0; p < k; p++) {
    const row = at + p * np;
    if (transposeB) for (let j = 0; j < n; j++) heap[row + j] = b[j * k + p];
    else heap.set(b.subarray(p * n, p * n + n), row);
    if (np > n) heap.fill(0, row + n, row + np);
  }
}

// The fast matrix product (see index.ts in this folder): the same product as the readable gemm in
// ../tensor.ts, computed in another order. C = A·B with a register-tiled kernel: 2 rows × 4 columns
// of C stay in registers while the shared dimension streams past, and B is packed into contiguous
// 4-column panels first. Larger products go to the WebAssembly SIMD kernel in simd.ts when it can
// run (about 6× faster); setSimd(false) keeps everything in the TypeScript kernel below.

import type { gemm } from "../tensor.ts";
import { simdAvailable, simdGemm } from "./simd.ts";

let panel = new Float32Array(256);
let simdEnabled = true;

/**
 * Turns the WebAssembly SIMD kernel on or off inside the fast path (it is on wherever it can run);
 * returns whether it will be used. For tests and benchmarks that compare the two kernels.
 */
export function setSimd(enabled: boolean): boolean {
  simdEnabled = enabled;
  return enabled && simdAvailable();
}

/** gemm of ../tensor.ts (same arguments, same product), fast: tiled, or SIMD when big enough. */
export const fastGemm: typeof gemm = (a, b, c, m, k, n, options = {}) => {
  // Big enough products go to the SIMD kernel (the choice depends only on the shape: deterministic).
  // A vector times a matrix (decoding one input) goes there too once the matrix has 512 numbers:
  // each row of C is then the same float32 sum whatever the number of rows, so decoding one input
  // gives the numbers of decoding it in a batch.
  if (simdEnabled && (m >= 4 ? m * k * n >= 8192 : k * n >= 512) && simdGemm(a, b, c, m, k, n, options))
    return;
  if (!options.accumulate) c.fill(0, 0, m * n);
  // A(i, p) = a[i * aRow + p * aCol];  B(p, j) = b[p * bRow + j * bCol]
  const aRow = options.transposeA ? 1 : k;
  const aCol = options.transposeA ? m : 1;
  const bRow = options.transposeB ? 1 : n;
  const bCol = options.transposeB ? k : 1;
  if (m < 4) {
    // Too few rows to pay for packing B: a row at a time.
    for (let i = 0; i < m; i++) rowTimesMatrix(a, i * aRow, aCol, b, bRow, bCol, c, i * n, k, n);
    return;
  }
  if (panel.length < 4 * k) panel = new Float32Array(4 * k);
  const bp = panel; // [k, 4]: columns j..j+3 of B, row after row

  for (let j = 0; j < n; j += 4) {
    const width = Math.min(4, n - j);
    for (let p = 0; p < k; p++) {
      for (let t = 0; t < 4; t++) bp[p * 4 + t] = t < width ? b[p * bRow + (j + t) * bCol] : 0;
    }
    for (let i = 0; i + 1 < m; i += 2) {
      let c00 = 0,
        c01 = 0,
        c02 = 0,
        c03 = 0,
        c10 = 0,
        c11 = 0,
        c12 = 0,
        c13 = 0;
      let a0 = i * aRow;
      let a1 = a0 + aRow;
      for (let p = 0, q = 0; p < k; p++, q += 4, a0 += aCol, a1 += aCol) {
        const b0 = bp[q],
          b1 = bp[q + 1],
          b2 = bp[q + 2],
          b3 = bp[q + 3];
        const x = a[a0];
        c00 += x * b0;
        c01 += x * b1;
        c02 += x * b2;
        c03 += x * b3;
        const y = a[a1];
        c10 += y * b0;
        c11 += y * b1;
        c12 += y * b2;
        c13 += y * b3;
      }
      store(c, i * n + j, width, c00, c01, c02, c03);
      store(c, (i + 1) * n + j, width, c10, c11, c12, c13);
    }
  }
  // An odd number of rows: the last one on its own.
  if (m % 2 === 1) rowTimesMatrix(a, (m - 1) * aRow, aCol, b, bRow, bCol, c, (m - 1) * n, k, n);
};

/**
 * One row of C (+)= one row of A times B, the row of A read from `a0` in steps of aCol and the row
 * of C written from `c0` (as in decoding one input): eight columns of C at a time (then one), each
 * summed in double precision over p in the same order as the tiled kernel, so both give the same
 * numbers.
 */
function rowTimesMatrix(
  a: Float32Array,
  a0: number,
  aCol: number,
  b: Float32Array,
  bRow: number,
  bCol: number,
  c: Float32Array,
  c0: number,
  k: number,
  n: number,
): void {
  let j = 0;
  // Eight sums at once on purpose: with four, 1×64·64×192 takes ~20% longer (10.2 → 12.3 µs).
  for (; j + 7 < n; j += 8) {
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0;
    for (let p = 0, ap = a0, bp = j * bCol; p < k; p++, ap += aCol, bp += bRow) {
      const x = a[ap];
      s0 += x * b[bp];
      s1 += x * b[bp + bCol];
      s2 += x * b[bp + 2 * bCol];
      s3 += x * b[bp + 3 * bCol];
      s4 += x * b[bp + 4 * bCol];
      s5 += x * b[bp + 5 * bCol];
      s6 += x * b[bp + 6 * bCol];
      s7 += x * b[bp + 7 * bCol];
    }
    c[c0 + j] += s0;
    c[c0 + j + 1] += s1;
    c[c0 + j + 2] += s2;
    c[c0 + j + 3] += s3;
    c[c0 + j + 4] += s4;
    c[c0 + j + 5] += s5;
    c[c0 + j + 6] += s6;
    c[c0 + j + 7] += s7;
  }
  for (; j < n; j++) {
    let s = 0;
    for (let p = 0, ap = a0, bp = j * bCol; p < k; p++, ap += aCol, bp += bRow) s += a[ap] * b[bp];
    c[c0 + j] += s;
  }
}

function store(
  c: Float32Array,
  at: number,
  width: number,
  x0: number,
  x1: number,
  x2: number,
  x3: number,
): void {
  c[at] += x0;
  if (width > 1) c[at + 1] += x1;
  if (width > 2) c[at + 2] += x2;
  if (width > 3) c[at + 3] += x3;
}

// Dense float32 tensors (row-major) and the matrix product that the rest of the library is built on.
// C = A·B with a register-tiled kernel: 2 rows × 4 columns of C stay in registers while the
// shared dimension streams past, and B is packed into contiguous 4-column panels first.
// Larger products go to the WebAssembly SIMD kernel in simd.ts when it can run (about 6× faster);
// setSimd(false) keeps everything in the TypeScript kernel below.

import { simdAvailable, simdGemm } from "./simd.ts";

/** A vector as the course writes it: a plain array of numbers or a Float32Array. */
export type Vector = Float32Array | number[];

/** A matrix as a list of rows, e.g. `[[1, 0], [0, 1]]`. */
export type Matrix = ReadonlyArray<ArrayLike<number>>;

/** A dense tensor: numbers in row-major order plus the shape that reads them. */
export interface Tensor {
  data: Float32Array;
  shape: number[];
}

/** The number of elements a shape holds (1 for a scalar `[]`). */
export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/**
 * A tensor from numbers and a shape; the numbers are copied into a Float32Array.
 *
 * @example
 * const t = tensor([1, 2, 3, 4, 5, 6], [2, 3]); // 2 rows, 3 columns
 * t.data[1 * 3 + 2]; // 6
 */
export function tensor(data: ArrayLike<number>, shape: number[]): Tensor {
  if (data.length !== sizeOf(shape)) {
    throw new RangeError(`tensor: ${data.length} numbers do not fill shape [${shape.join(", ")}]`);
  }
  return { data: Float32Array.from(data), shape: [...shape] };
}

/**
 * A tensor of zeros.
 *
 * @example
 * zeros([2, 2]).data; // Float32Array [0, 0, 0, 0]
 */
export function zeros(shape: number[]): Tensor {
  return { data: new Float32Array(sizeOf(shape)), shape: [...shape] };
}

/** Options of {@link gemm}: which operand is stored transposed, and whether C is added to. */
export interface GemmOptions {
  transposeA?: boolean;
  transposeB?: boolean;
  accumulate?: boolean;
}

let panel = new Float32Array(256);
let simdEnabled = true;

/**
 * Turns the WebAssembly SIMD matrix kernel on or off (it is on wherever it can run); returns
 * whether it will be used. Off, every product runs in the TypeScript kernel of this file.
 *
 * @example
 * setSimd(false); // every matmul now runs the readable TypeScript loop in gemm()
 */
export function setSimd(enabled: boolean): boolean {
  simdEnabled = enabled;
  return enabled && simdAvailable();
}

/**
 * The general matrix product on raw arrays: C[m×n] = op(A)[m×k] · op(B)[k×n] (+ C if accumulate),
 * where op(X) is X or Xᵀ. With transposeA, A is stored as [k×m]; with transposeB, B as [n×k].
 *
 * @example
 * const c = new Float32Array(4);
 * gemm(Float32Array.of(1, 2, 3, 4), Float32Array.of(1, 0, 0, 1), c, 2, 2, 2);
 * c; // Float32Array [1, 2, 3, 4]
 */
export function gemm(
  a: Float32Array,
  b: Float32Array,
  c: Float32Array,
  m: number,
  k: number,
  n: number,
  options: GemmOptions = {},
): void {
  if (m === 0 || n === 0 || k === 0) {
    if (!options.accumulate) c.fill(0, 0, m * n);
    return;
  }
  // Big enough products go to the SIMD kernel (the choice depends only on the shape: deterministic).
  // A vector times a matrix (decoding one input) goes there too once the matrix has 512 numbers:
  // each row of C is then the same float32 sum whatever the number of rows, so decoding one input
  // gives the numbers of decoding it in a batch.
  if (simdEnabled && (m >= 4 ? m * k * n >= 8192 : k * n >= 512)) {
    if (
      simdGemm(
        a,
        b,
        c,
        m,
        k,
        n,
        options.transposeA === true,
        options.transposeB === true,
        options.accumulate === true,
      )
    )
      return;
  }
  if (!options.accumulate) c.fill(0, 0, m * n);
  if (m < 4) {
    gemmFewRows(a, b, c, m, k, n, options);
    return;
  }
  // A(i, p) = a[i * aRow + p * aCol];  B(p, j) = b[p * bRow + j * bCol]
  const aRow = options.transposeA ? 1 : k;
  const aCol = options.transposeA ? m : 1;
  const bRow = options.transposeB ? 1 : n;
  const bCol = options.transposeB ? k : 1;
  if (panel.length < 4 * k) panel = new Float32Array(4 * k);
  const bp = panel; // [k, 4]: columns j..j+3 of B, row after row

  for (let j = 0; j < n; j += 4) {
    const width = Math.min(4, n - j);
    for (let p = 0; p < k; p++) {
      for (let t = 0; t < 4; t++) bp[p * 4 + t] = t < width ? b[p * bRow + (j + t) * bCol] : 0;
    }
    let i = 0;
    for (; i + 1 < m; i += 2) {
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
    if (i < m) {
      let c00 = 0,
        c01 = 0,
        c02 = 0,
        c03 = 0;
      let a0 = i * aRow;
      for (let p = 0, q = 0; p < k; p++, q += 4, a0 += aCol) {
        const x = a[a0];
        c00 += x * bp[q];
        c01 += x * bp[q + 1];
        c02 += x * bp[q + 2];
        c03 += x * bp[q + 3];
      }
      store(c, i * n + j, width, c00, c01, c02, c03);
    }
  }
}

/**
 * C (+)= A·B for one to three rows of A (a vector times a matrix, as in decoding one input):
 * eight columns of C at a time (then four, then one), each summed in double precision over p in
 * the same order as the tiled kernel, so both give the same numbers.
 */
function gemmFewRows(
  a: Float32Array,
  b: Float32Array,
  c: Float32Array,
  m: number,
  k: number,
  n: number,
  options: GemmOptions,
): void {
  const aRow = options.transposeA ? 1 : k;
  const aCol = options.transposeA ? m : 1;
  // B(p, j) = b[p * bRow + j * bCol]
  const bRow = options.transposeB ? 1 : n;
  const bCol = options.transposeB ? k : 1;
  for (let i = 0; i < m; i++) {
    const a0 = i * aRow;
    const c0 = i * n;
    let j = 0;
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
    for (; j + 3 < n; j += 4) {
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0;
      for (let p = 0, ap = a0, bp = j * bCol; p < k; p++, ap += aCol, bp += bRow) {
        const x = a[ap];
        s0 += x * b[bp];
        s1 += x * b[bp + bCol];
        s2 += x * b[bp + 2 * bCol];
        s3 += x * b[bp + 3 * bCol];
      }
      c[c0 + j] += s0;
      c[c0 + j + 1] += s1;
      c[c0 + j + 2] += s2;
      c[c0 + j + 3] += s3;
    }
    for (; j < n; j++) {
      let s = 0;
      for (let p = 0, ap = a0, bp = j * bCol; p < k; p++, ap += aCol, bp += bRow) s += a[ap] * b[bp];
      c[c0 + j] += s;
    }
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

/**
 * The matrix product of two 2-D tensors: [m, k] · [k, n] → [m, n].
 *
 * @example
 * const c = matmul(tensor([1, 2, 3, 4], [2, 2]), tensor([1, 0, 0, 1], [2, 2]));
 * c.data; // Float32Array [1, 2, 3, 4]
 */
export function matmul(a: Tensor, b: Tensor): Tensor {
  if (a.shape.length !== 2 || b.shape.length !== 2 || a.shape[1] !== b.shape[0]) {
    throw new RangeError(`matmul: cannot multiply [${a.shape.join(", ")}] by [${b.shape.join(", ")}]`);
  }
  const [m, k] = a.shape;
  const n = b.shape[1];
  const out = zeros([m, n]); // [m, n]
  gemm(a.data, b.data, out.data, m, k, n);
  return out;
}

// Dense float32 tensors (row-major) and the matrix product that the rest of the library is built on.
// gemm below is the plain triple loop: C[i, j] = Σ_p A[i, p] · B[p, j]. The course runs a fast
// version of the same product (tiled, and WebAssembly SIMD where it can run) from fast/gemm.ts;
// setFast(false) makes every product run the loop below (fast/index.ts).

import { fastGemm } from "./fast/gemm.ts";
import { fastPaths } from "./fast/index.ts";

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
  if (fastPaths()) {
    fastGemm(a, b, c, m, k, n, options);
    return;
  }
  // A(i, p) = a[i * aRow + p * aCol];  B(p, j) = b[p * bRow + j * bCol]
  const aRow = options.transposeA ? 1 : k;
  const aCol = options.transposeA ? m : 1;
  const bRow = options.transposeB ? 1 : n;
  const bCol = options.transposeB ? k : 1;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let p = 0; p < k; p++) sum += a[i * aRow + p * aCol] * b[p * bRow + j * bCol];
      c[i * n + j] = options.accumulate ? c[i * n + j] + sum : sum;
    }
  }
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

// The fast paths, beside the readable code they speed up (as nanoGPT keeps `if self.flash:`
// beside its plain attention). The readable versions are what the course teaches and what the
// library page shows first: gemm in ../tensor.ts (a triple loop) and the GRU in ../layers.ts
// (built from the autograd operations). The fast versions compute the same numbers in another
// order: a register-tiled product and a WebAssembly SIMD kernel (gemm.ts, simd.ts), and a GRU
// whose forward and backward passes are written out by hand (gru.ts). They are on by default;
// tests/lib/fast-paths.test.ts checks that both paths agree.

let enabled = true;

/**
 * Turns the fast paths on (the default) or off. Off, every matrix product runs the triple loop in
 * tensor.ts and the GRU runs the autograd operations in layers.ts: slower, and easy to read and edit.
 *
 * @example
 * setFast(false); // from now on, an edit to gemm() in tensor.ts changes every product
 */
export function setFast(on: boolean): void {
  enabled = on;
}

/** Whether the fast paths are on. */
export function fastPaths(): boolean {
  return enabled;
}

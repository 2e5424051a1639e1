// tanh and σ as rational functions: close to Math.tanh and the exact sigmoid everywhere.
import { describe, expect, it } from "vitest";
import { sigmoid32, tanh32 } from "../../src/lib/attention/activation.ts";

describe("tanh32 and sigmoid32", () => {
  it("stay within 3e-7 of Math.tanh and 1 / (1 + e^−x) from −20 to 20", () => {
    let tanhError = 0;
    let sigmoidError = 0;
    for (let i = -20000; i <= 20000; i++) {
      const x = i / 1000;
      tanhError = Math.max(tanhError, Math.abs(tanh32(x) - Math.tanh(x)));
      sigmoidError = Math.max(sigmoidError, Math.abs(sigmoid32(x) - 1 / (1 + Math.exp(-x))));
    }
    expect(tanhError).toBeLessThan(3e-7);
    expect(sigmoidError).toBeLessThan(3e-7);
  });
  it("are odd (tanh) and symmetric (σ), exact at 0, and bounded by ±1", () => {
    for (const x of [0.1, 0.5, 1, 3, 7, 50]) {
      expect(tanh32(-x)).toBe(-tanh32(x));
      expect(sigmoid32(x) + sigmoid32(-x)).toBeCloseTo(1, 15);
    }
    expect(tanh32(0)).toBe(0);
    expect(sigmoid32(0)).toBe(0.5);
    expect(tanh32(1e9)).toBeCloseTo(1, 6);
    expect(tanh32(-1e9)).toBe(-tanh32(1e9));
    expect(tanh32(1e9)).toBeLessThanOrEqual(1);
    expect(Number.isNaN(tanh32(NaN))).toBe(true);
  });
});

// A small seeded pseudo-random number generator: mulberry32 (Tommy Ettinger, public domain).
// Same seed, same sequence, on every machine: every random choice in the library goes through it.

/** A seeded source of uniform numbers in [0, 1). */
export interface Rng {
  /** The next uniform number in [0, 1). */
  next(): number;
  /** A uniform integer in [0, n). */
  int(n: number): number;
  /** A uniform number in [low, high). */
  uniform(low: number, high: number): number;
}

/**
 * A seeded random number generator (mulberry32): the same seed always gives the same sequence.
 *
 * @example
 * const rng = createRng(42);
 * rng.next(); // a number in [0, 1), the same one every time for seed 42
 * rng.int(10); // an integer in 0..9
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    uniform: (low, high) => low + (high - low) * next(),
  };
}

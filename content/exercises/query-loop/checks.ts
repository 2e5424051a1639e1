import type { ExerciseChecks } from "../../../src/kernel/checking/exercise.ts";

type Step = (query: number) => number;

export default (({ fc, gen }) => {
  /** A step that also counts its calls: calling it twice for one output changes what it returns. */
  const counting = gen.withState<Step>(() => {
    let calls = 0;
    return (q) => q * 2 + calls++;
  }, "(q) => q * 2 + calls++");
  const steps: Step[] = [(q) => q + 1, (q) => q * 3, (q) => -q, (q) => q * q - 1, counting];
  return {
    fn: "decode",
    params: ["s0", "length", "step"],
    checks: [
      { id: "first-query", examples: [[7, 1, (q: number) => q + 1]] },
      { id: "carries-over", examples: [[1, 4, (q: number) => q * 3]] },
      { id: "one-call-per-output", examples: [[5, 4, counting]] },
      {
        id: "any-length",
        cases: fc.tuple(
          fc.integer({ min: -5, max: 5 }),
          fc.integer({ min: 0, max: 8 }),
          fc.constantFrom(...steps),
        ),
      },
    ],
  };
}) satisfies ExerciseChecks;

// A second task for the length experiment: write a random string backwards.
//   "kq7x" → "x7qk"
// Unlike a date, whose meaning fits in a few numbers however it is written, a random string
// carries more information the longer it is: every character must survive the trip through the
// encoder. This is where a single fixed vector runs out of room (Bahdanau et al. 2014, Fig. 2).

import { PAD, START, END, UNK } from "../seq2seq.ts";
import { type Rng, createRng } from "../rng.ts";
import type { Example } from "./dates.ts";

/** The characters reversal strings are made of: lowercase letters and digits. */
export const REVERSAL_ALPHABET: readonly string[] = [..."abcdefghijklmnopqrstuvwxyz0123456789"];

/** Options of {@link makeReversalDataset}. */
export interface ReversalDatasetOptions {
  seed: number;
  train: number;
  validation: number;
  test: number;
  /** Shortest input, in characters (default 3). */
  minLength?: number;
  /** Longest input, in characters (default 30). */
  maxLength?: number;
}

/** Train, validation and test examples, plus the vocabularies a model for them needs. */
export interface ReversalDataset {
  train: Example[];
  validation: Example[];
  test: Example[];
  /** For {@link createSeq2Seq}: "<pad>", "<unk>", then the alphabet. */
  inputVocab: string[];
  /** For {@link createSeq2Seq}: "<pad>", "<s>", "</s>", then the alphabet. */
  outputVocab: string[];
}

function randomString(rng: Rng, minLength: number, maxLength: number): string {
  const length = minLength + rng.int(maxLength - minLength + 1);
  let s = "";
  for (let i = 0; i < length; i++) s += REVERSAL_ALPHABET[rng.int(REVERSAL_ALPHABET.length)];
  return s;
}

function draw(rng: Rng, count: number, taken: Set<string>, minLength: number, maxLength: number): Example[] {
  const out: Example[] = [];
  let attempts = 0;
  while (out.length < count) {
    if (++attempts > count * 20 + 1000)
      throw new RangeError("makeReversalDataset: too few distinct inputs for the sizes asked");
    const input = randomString(rng, minLength, maxLength);
    if (taken.has(input)) continue;
    taken.add(input);
    out.push({ input, output: [...input].reverse().join(""), format: `reverse ${input.length}` });
  }
  return out;
}

/**
 * A seeded dataset of random strings (lowercase letters and digits, lengths uniform between
 * minLength and maxLength), each paired with the same string reversed. No input appears in two
 * splits; the test split depends only on the seed, its size and the lengths.
 *
 * @example
 * const data = makeReversalDataset({ seed: 1, train: 20000, validation: 500, test: 1000 });
 * data.train[0]; // e.g. { input: "kq7x", output: "x7qk", format: "reverse 4" }
 * const model = createSeq2Seq({ attention: "bahdanau", inputVocab: data.inputVocab, outputVocab: data.outputVocab });
 */
export function makeReversalDataset(options: ReversalDatasetOptions): ReversalDataset {
  const minLength = options.minLength ?? 3;
  const maxLength = options.maxLength ?? 30;
  if (!Number.isInteger(minLength) || !Number.isInteger(maxLength) || minLength < 1 || maxLength < minLength)
    throw new RangeError("makeReversalDataset: need whole lengths with 1 ≤ minLength ≤ maxLength");
  const taken = new Set<string>();
  const test = draw(createRng(options.seed ^ 0x7e57_0003), options.test, taken, minLength, maxLength);
  const validation = draw(
    createRng(options.seed ^ 0x0a11_0004),
    options.validation,
    taken,
    minLength,
    maxLength,
  );
  const train = draw(createRng(options.seed), options.train, taken, minLength, maxLength);
  return {
    train,
    validation,
    test,
    inputVocab: [PAD, UNK, ...REVERSAL_ALPHABET],
    outputVocab: [PAD, START, END, ...REVERSAL_ALPHABET],
  };
}

/** Every prediction of the course, by id (see types.ts). */
import type { PredictionDef } from "./types.ts";
import * as dictionary from "./01-dictionary.ts";
import * as querying from "./02-querying.ts";
import * as attentionValue from "./03-attention-value.ts";
import * as seq2seq from "./04-seq2seq.ts";
import * as keysAndValues from "./05-keys-and-values.ts";
import * as query from "./06-query.ts";
import * as attentionValueAi from "./07-attention-value-ai.ts";
import * as concatenation from "./08-concatenation.ts";

export const predictionList: PredictionDef[] = [
  dictionary,
  querying,
  attentionValue,
  seq2seq,
  keysAndValues,
  query,
  attentionValueAi,
  concatenation,
].flatMap((c) => c.predictions);

export const predictions: Record<string, PredictionDef> = Object.fromEntries(
  predictionList.map((p) => [p.id, p]),
);

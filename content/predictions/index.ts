/**
 * Every prediction of the course, by id (see types.ts), found by file name: one file per chapter,
 * `<chapter>.ts` exporting `predictions`, taken in course order (the files' names sort that way).
 */
import type { PredictionDef } from "./types.ts";

const files = import.meta.glob<PredictionDef[]>("./[0-9][0-9]-*.ts", {
  eager: true,
  import: "predictions",
});

export const predictionList: PredictionDef[] = Object.keys(files)
  .sort()
  .flatMap((path) => files[path]!);

export const predictions: Record<string, PredictionDef> = Object.fromEntries(
  predictionList.map((p) => [p.id, p]),
);

// Training reproduces committed bytes: a reduced version of the shipped models' recipe
// (scripts/train-fingerprint.ts, FINGERPRINT_RECIPE) must give weight files with exactly these
// SHA-256 hashes, on every machine and every run. (With the WebAssembly SIMD kernel, which Node
// and current browsers run; the TypeScript kernel sums in another order and gives other bytes.)
// The hashes were produced once by
// `npm run train:fingerprint`, which trains that recipe with the same code as `npm run train`;
// a change meant to alter training re-runs it and updates them here, in the same commit.
import { describe, expect, it } from "vitest";
import { trainingFingerprints } from "../../scripts/train-fingerprint.ts";

const COMMITTED = {
  bahdanau: "8774805895325958960b366e990525f5ba728e5a7b1a8d783ff868b6a383092c",
  luong: "0a5bde523035ab8170b49bf070f48007efe1f41335e56a3c25831f21f22c7260",
  none: "91bf1b9c8689baf16a166a68330a2adc348adbc058a7bc0b485de7953388c34f",
};

describe("training is reproducible across machines", () => {
  it("gives the committed bytes (npm run train:fingerprint)", async () => {
    expect(await trainingFingerprints()).toEqual(COMMITTED);
  });
});

// A decoding error from the library reaches a widget in the reader's language: the library's
// DecodeError carries a code and values, the kernel keeps them (toCellError), and the page says
// them in Korean or English. Anything else keeps the library's own message.
import { describe, expect, it } from "vitest";
import { createSeq2Seq, greedyDecode, decodeBatch, type Seq2Seq } from "../../src/lib/attention/index.ts";
import { toCellError } from "../../src/kernel/runtime.ts";
import { kernelMessage } from "../../src/widgets/shared/compute.ts";
import type { KernelError } from "../../src/kernel/api.ts";
import type { ErrorProblem } from "../../src/kernel/output.ts";

const untrained = (): Seq2Seq =>
  createSeq2Seq({ attention: "bahdanau", embedDim: 6, hiddenDim: 8, attentionDim: 5, seed: 3 });

/** What a widget shows for what `run` throws, as the kernel passes it on (file and line as the kernel finds them). */
function shown(run: () => unknown, lang: "ko" | "en"): string {
  try {
    run();
  } catch (e) {
    const cell = toCellError(e, "");
    // Cross the channel as the sandbox's reply does.
    const error: KernelError = structuredClone({
      kind: "library",
      message: cell.message,
      file: "decode.ts",
      line: 111,
      problem: cell.problem,
    });
    return kernelMessage(error, lang);
  }
  throw new Error("expected an error");
}

describe("the decoding guards' errors on a widget", () => {
  it("a weight that is not a number, in Korean: the step, what, where, no English detail", () => {
    const model = untrained();
    model.params.attentionV!.data[0] = NaN;
    const ko = shown(() => greedyDecode(model, "24.11.2026"), "ko");
    expect(ko).toBe(
      "라이브러리가 계산하지 못했습니다 (decode.ts:111): greedyDecode: 출력 1번째 시점의 어텐션 스코어 e_ij에 유한한 수가 아닌 값이 있어 토큰을 고를 수 없습니다(1번째 자리: NaN).",
    );
    expect(ko).not.toMatch(/output step|finite/);
    const en = shown(() => greedyDecode(model, "24.11.2026"), "en");
    expect(en).toBe(
      "The library could not compute this (decode.ts:111): greedyDecode: at output step 1 the attention scores e_ij hold a value that is not a finite number (NaN at position 1), so no token can be chosen.",
    );
  });

  it("a batch names the input; infinite weights name the weights", () => {
    const model = untrained();
    model.params.attentionV!.data[0] = NaN;
    expect(shown(() => decodeBatch(model, ["", "24.11.2026"]), "ko")).toContain(
      "decodeBatch: 출력 1번째 시점의 2번째 입력의 출력 스코어에",
    );
    expect(
      kernelMessage(
        {
          kind: "library",
          message: "x",
          problem: {
            code: "notFinite",
            caller: "greedyDecode",
            step: 2,
            what: "weights",
            value: Infinity,
            position: 3,
          },
        },
        "ko",
      ),
    ).toContain(
      "출력 2번째 시점의 어텐션 가중치 α_ij에 유한한 수가 아닌 값이 있어 토큰을 고를 수 없습니다(3번째 자리: Infinity).",
    );
  });

  it("a length limit that is not a whole number, in both languages", () => {
    const model = untrained();
    expect(shown(() => greedyDecode(model, "24.11.2026", { maxLength: Infinity }), "ko")).toContain(
      "greedyDecode: 최대 길이 maxLength는 1 이상의 정수여야 합니다(받은 값: Infinity).",
    );
    expect(shown(() => greedyDecode(model, "24.11.2026", { maxLength: 2.5 }), "en")).toContain(
      "greedyDecode: maxLength must be a whole number of at least 1 (got 2.5).",
    );
  });

  it("an unknown error, a problem with an unknown code or odd values, keeps the library's message", () => {
    const message = "softmax: something else went wrong";
    const base: KernelError = { kind: "library", message, file: "attention.ts" };
    expect(kernelMessage(base, "ko")).toBe(`라이브러리가 계산하지 못했습니다 (attention.ts): ${message}`);
    const odd: ErrorProblem[] = [
      { code: "somethingNew", caller: "greedyDecode" },
      {
        code: "notFinite",
        caller: "greedyDecode",
        step: "<img src=x>",
        what: "weights",
        value: NaN,
        position: 1,
      },
      { code: "notFinite", caller: "<b>", step: 1, what: "weights", value: NaN, position: 1 },
      { code: "notFinite", caller: "greedyDecode", step: 1, what: "values", value: NaN, position: 1 },
      { code: "maxLength", caller: "greedyDecode", maxLength: "16" },
    ];
    for (const problem of odd)
      expect(kernelMessage({ ...base, problem }, "ko"), JSON.stringify(problem)).toContain(message);
  });

  it("the kernel keeps only a problem's strings and numbers (it must cross to the page), and none without a code", () => {
    const thrown = Object.assign(new Error("m"), { problem: { code: "c", n: 1, f: () => 1, o: {} } });
    expect(toCellError(thrown, "").problem).toEqual({ code: "c", n: 1 });
    expect(toCellError(Object.assign(new Error("m"), { problem: { n: 1 } }), "").problem).toBeUndefined();
    expect(toCellError(new Error("m"), "").problem).toBeUndefined();
  });
});

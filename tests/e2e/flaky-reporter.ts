/**
 * Lists every browser test that failed once and passed on its retry, in test-results/flaky.json,
 * so the closing summary can name it: a retry keeps a shared machine's hiccup from hiding a whole
 * run's results, but a flaky test is still a bug to fix, not something to forget.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import type { Reporter, TestCase } from "vitest/node";

export default class FlakyReporter implements Reporter {
  private readonly flaky: string[] = [];
  /** Where the list goes: each suite that runs beside another has a file of its own. */
  private readonly file: string;

  constructor(options: { file?: string } = {}) {
    this.file = options.file ?? "test-results/flaky.json";
  }

  onTestCaseResult(test: TestCase): void {
    if (test.diagnostic()?.flaky)
      this.flaky.push(`${test.module.moduleId.split("/tests/")[1]} > ${test.fullName}`);
  }

  onTestRunEnd(): void {
    mkdirSync("test-results", { recursive: true });
    writeFileSync(this.file, JSON.stringify(this.flaky, null, 2));
  }
}

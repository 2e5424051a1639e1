/**
 * Prints one closing line for the whole test run — "tests: N passed, N failed" — from vitest's
 * JSON reports, counting each failed non-vitest step (type check, lint, …) as one failure.
 */
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
const failedSteps: string[] = [];
for (const arg of process.argv.slice(2)) {
  if (arg.startsWith("step:")) {
    failedSteps.push(arg.slice(5));
    failed += 1;
    continue;
  }
  if (!existsSync(arg)) continue;
  const report = JSON.parse(readFileSync(arg, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
console.log("");
const flaky = ["test-results/flaky.json", "test-results/flaky-engines.json"].flatMap((file) =>
  existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as string[]) : [],
);
for (const name of flaky) console.log(`flaky (failed once, passed on retry): ${name}`);
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(", ")}`);
console.log(
  `tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}${flaky.length ? ` (${flaky.length} flaky)` : ""}`,
);

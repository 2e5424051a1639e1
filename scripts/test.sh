#!/usr/bin/env bash
# Every check a reviewer would run, in order: types, lint, format, unit tests, build, browser tests,
# budgets. Works from a fresh clone: brings Node 24 when needed and installs dependencies once.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/with-node.sh
[ -d node_modules ] || npm ci --no-audit --no-fund

mkdir -p test-results
rm -f test-results/*.json
failed=()
step() {
  local name="$1"
  shift
  echo
  echo "━━ $name ━━"
  local start=$SECONDS
  if "$@"; then
    echo "✓ $name ($((SECONDS - start)) s)"
  else
    echo "✗ $name failed ($((SECONDS - start)) s)"
    failed+=("$name")
  fi
}

step "type check" npm run --silent typecheck
step "lint" npm run --silent lint
step "format" npm run --silent format:check
step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
step "build" npm run --silent build
if [ -f dist/index.html ]; then
  step "browser tests" npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=./tests/e2e/flaky-reporter.ts --reporter=json --outputFile.json=test-results/e2e.json
  if [ -f scripts/check-budgets.ts ]; then step "budgets" npm run --silent check:budgets; fi
  if [ -f scripts/check-lighthouse.ts ]; then step "lighthouse (sample)" npm run --silent check:lighthouse -- --sample; fi
fi

node scripts/test-summary.ts test-results/unit.json test-results/e2e.json "${failed[@]/#/step:}"
[ "${#failed[@]}" -eq 0 ]

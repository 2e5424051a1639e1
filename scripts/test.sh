#!/usr/bin/env bash
# Every check a reviewer would run, in order: types, lint, format, unit tests, build (twice: the
# bytes must match), browser tests (Chromium, and beside it Firefox and WebKit), budgets. Works
# from a fresh clone: brings Node 24 when needed, installs the dependencies when package-lock.json
# is newer than what is installed, and the browsers when they are missing (or says how).
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/with-node.sh
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || exit 1
fi
bash scripts/setup-browsers.sh || exit 1

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
step "reproducible build" npm run --silent check:reproducible
# The reader's core flows in Firefox and WebKit run beside the Chromium suite (their output is
# printed when both are done). WebKitGTK needs a display: xvfb-run gives it one.
engines() {
  if ! command -v xvfb-run >/dev/null; then
    echo "xvfb-run is missing: apt-get install xvfb xauth (and firefox-esr webkit2gtk-driver)"
    return 1
  fi
  xvfb-run -a npx vitest run -c vitest.engines.config.ts --reporter=default \
    --reporter=./tests/e2e/flaky-reporter.ts --reporter=json --outputFile.json=test-results/engines.json
}
if [ -f dist/index.html ]; then
  engines_start=$SECONDS
  engines >test-results/engines.log 2>&1 &
  engines_pid=$!
  step "browser tests" npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=./tests/e2e/flaky-reporter.ts --reporter=json --outputFile.json=test-results/e2e.json
  echo
  echo "━━ Firefox and WebKit (beside the browser tests) ━━"
  if wait "$engines_pid"; then engines_ok=true; else engines_ok=false; fi
  cat test-results/engines.log
  if $engines_ok; then
    echo "✓ Firefox and WebKit ($((SECONDS - engines_start)) s)"
  else
    echo "✗ Firefox and WebKit failed ($((SECONDS - engines_start)) s)"
    failed+=("Firefox and WebKit")
  fi
  if [ -f scripts/check-budgets.ts ]; then step "budgets" npm run --silent check:budgets; fi
  if [ -f scripts/check-lighthouse.ts ]; then step "lighthouse (sample)" npm run --silent check:lighthouse -- --sample; fi
fi

node scripts/test-summary.ts test-results/unit.json test-results/e2e.json test-results/engines.json "${failed[@]/#/step:}"
[ "${#failed[@]}" -eq 0 ]

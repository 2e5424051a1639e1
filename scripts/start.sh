#!/usr/bin/env bash
# One command from a fresh clone to a running site: brings Node 24 when needed, installs
# dependencies, builds the site and serves the built pages locally.
#   npm start            → http://localhost:4321/
#   PORT=8080 npm start  → another port
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/with-node.sh
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run --silent build
port="${PORT:-4321}"
echo
echo "  Attention, live is ready: open http://localhost:${port}/ (Ctrl+C to stop)"
echo
exec npx astro preview --port "$port" --host 127.0.0.1

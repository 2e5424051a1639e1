#!/usr/bin/env bash
# The browsers the tests drive: Debian's chromium (with Korean fonts, or Korean shows as boxes),
# firefox-esr, WebKitGTK's WebDriver and a virtual display for it. Installs what is missing when it
# can (root with apt-get); otherwise stops at once and prints the one command to run.
#
#   bash scripts/setup-browsers.sh
set -euo pipefail

missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi
[ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb)
command -v xauth >/dev/null 2>&1 || missing+=(xauth)

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${missing[*]} (Debian packages)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: the browser tests need ${missing[*]}. Install them with:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    echo "(or set CHROMIUM_PATH to a Chromium binary)" >&2
    exit 1
  fi
fi
echo "setup: $( (chromium --version || "${CHROMIUM_PATH:-/usr/bin/chromium}" --version) 2>/dev/null | head -1)," \
  "$(/usr/bin/firefox-esr --version 2>/dev/null)," \
  "WebKitGTK $(dpkg-query -W -f '${Version}' webkit2gtk-driver 2>/dev/null || echo '?')"

#!/usr/bin/env bash
# Real-browser check of `doclint serve`: starts the built binary on loopback, lets headless
# Chromium (Debian's chromium + chromium-driver, driven by Selenium from PyPI) upload an example,
# download the fixed text, paste a document full of markup and upload a scanned letter (when
# Tesseract is installed), and checks what the page shows.
# Screenshots land in OUT_DIR (default .build/browser-check). .ci/run installs what it needs;
# by hand: apt-get install chromium chromium-driver; pip install selenium.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/browser-check}"
binary="${DOCLINT_BINARY:-.build/debug/doclint}"
port="${DOCLINT_BROWSER_PORT:-18473}"
python="${DOCLINT_BROWSER_PYTHON:-python3}"
mkdir -p "$out"
rm -f "$out"/*.png "$out"/*-da-sua.txt "$out"/*.docx

"$binary" serve --port "$port" > "$out/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2> /dev/null || true' EXIT
"$python" - "$port" <<'PY'
import sys, time, urllib.request
for _ in range(100):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/healthz", timeout=1).read()
        sys.exit(0)
    except OSError:
        time.sleep(0.1)
sys.exit("doclint serve did not answer within 10 s")
PY
"$python" scripts/browser/check_page.py "http://127.0.0.1:$port/" examples/cong-van-loi.txt "$out"

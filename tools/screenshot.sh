#!/usr/bin/env bash
# Regenerates docs/screenshot-essay.png, the README screenshot: an essay page at 1280x1600 in headless Chromium.
#
#   tools/screenshot.sh                          starts the preview host (java -jar target/essays-preview.jar,
#                                                port 18123, a fresh data folder with the sample essays), shoots,
#                                                stops it; runs `mvn -q package -DskipTests` first if the jar is missing
#   tools/screenshot.sh http://localhost:8080    uses a host that is already running, and leaves it running
#
# Needs Debian's chromium (apt-get install chromium). Environment: CHROMIUM (default /usr/bin/chromium),
# PORT (default 18123), OUT (default docs/screenshot-essay.png), ESSAY (default the-press-and-the-commons).
set -euo pipefail
cd "$(dirname "$0")/.."

chromium=${CHROMIUM:-/usr/bin/chromium}
port=${PORT:-18123}
out=${OUT:-docs/screenshot-essay.png}
essay=${ESSAY:-the-press-and-the-commons}
base=${1:-}

[ -x "$chromium" ] || { echo "screenshot: $chromium not found (apt-get install chromium)" >&2; exit 1; }

scratch=$(mktemp -d)
host_pid=
cleanup() {
  if [ -n "$host_pid" ]; then
    kill "$host_pid" 2>/dev/null || true
    wait "$host_pid" 2>/dev/null || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT

if [ -z "$base" ]; then
  if [ ! -f target/essays-preview.jar ]; then
    echo "screenshot: building target/essays-preview.jar" >&2
    mvn -q package -DskipTests
  fi
  base="http://localhost:$port"
  if curl -s -o /dev/null "$base/"; then
    echo "screenshot: port $port is taken; pass the URL of that host, or choose another with PORT=" >&2
    exit 1
  fi
  mkdir "$scratch/data"
  java -jar target/essays-preview.jar --port "$port" --data "$scratch/data" >"$scratch/host.log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 120); do
    curl -fsS "$base/health" >/dev/null 2>&1 && break
    kill -0 "$host_pid" 2>/dev/null || { cat "$scratch/host.log" >&2; echo "screenshot: the preview host did not start" >&2; exit 1; }
    sleep 0.5
  done
  curl -fsS "$base/health" >/dev/null || { cat "$scratch/host.log" >&2; echo "screenshot: no answer from $base/health" >&2; exit 1; }
fi

url="${base%/}/essays/$essay"
curl -fsS -o /dev/null "$url" || { echo "screenshot: $url does not answer 200" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
rm -f "$out"
"$chromium" --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
  --disable-component-update --disable-sync --disable-quic --no-first-run --disable-extensions \
  --user-data-dir="$scratch/profile" --hide-scrollbars --force-device-scale-factor=1 --lang=en-GB \
  --window-size=1280,1600 --screenshot="$(realpath -m "$out")" "$url" >"$scratch/chromium.log" 2>&1 \
  || { cat "$scratch/chromium.log" >&2; exit 1; }
[ -s "$out" ] || { cat "$scratch/chromium.log" >&2; echo "screenshot: chromium wrote no $out" >&2; exit 1; }
echo "screenshot: $url -> $out"

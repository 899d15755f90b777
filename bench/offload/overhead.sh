#!/usr/bin/env bash
# Offload overhead figures of issue 7 (BENCHMARKS.md `## offload-overhead (session 4)`), as paired
# ratios (io.twinchain.bench.offload.OffloadRatiosMain): split vs full model per zoo model (bound
# at batch 1 and at the gateway path's batch D, the per-call API at batch 1, ONNX Runtime's
# per-call floor) and tensor framing vs a raw socket copy on loopback (2, 64, 256 KiB).
# Builds the bench module first unless SKIP_BUILD=1; runs at nice -15 when permitted; prints the
# load average before and after. About 3 minutes on a quiet machine.
#   bench/offload/overhead.sh [split|transfer]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -ntp -q -pl bench -am package -DskipTests >&2
fi
NICE=()
if nice -n -15 true 2>/dev/null; then NICE=(nice -n -15); fi
# The transfer pairs run on one CPU: on two, sender and receiver land on the same or on different
# cores for seconds at a time, which doubles a 256 KiB transfer on one side of a pair (BENCHMARKS.md).
PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c 0); fi
ratios() {  # prefix command (nice, taskset)...; HALF: split or transfer
  # A short command line: ONNX Runtime 1.29 crashes when it is longer than about 4 KB
  # (docs/offload.md); the launcher expands the wildcard itself.
  "$@" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
    -cp "bench/target/classes:node/target/lib/*" io.twinchain.bench.offload.OffloadRatiosMain "$HALF"
}
echo "load before: $(uptime)"
if [ "${1:-split}" = split ]; then HALF=split ratios "${NICE[@]}"; fi
if [ "${1:-transfer}" = transfer ]; then HALF=transfer ratios "${NICE[@]}" "${PIN[@]}"; fi
echo "load after: $(uptime)"

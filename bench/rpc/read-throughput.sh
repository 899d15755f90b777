#!/usr/bin/env bash
# JSON-RPC read throughput of a real `twinchain run` node (issue 5): ap-1 of the devnet network
# description (genesis with the system contracts, so rep_getReputation reads the ReputationRegistry
# through the EVM), mining alone, metrics on. wrk (Debian) loads it from its own process over
# keep-alive connections; /liveness on the metrics port is the baseline (same Vert.x HTTP stack,
# no JSON-RPC). Prints requests/s, p50 and p99 per method, the load average before and after, and
# the node's GC pauses (-Xlog:gc).
#   bench/rpc/read-throughput.sh [connections=32] [seconds=10]
# Extra JVM flags for the node: TWINCHAIN_JAVA_OPTS (e.g. "-XX:+UseZGC"). Ports: 18745 (HTTP RPC),
# 19745 (metrics), 30793 (P2P), 18746 (WS).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CONNECTIONS="${1:-32}"
SECONDS_PER_RUN="${2:-10}"
LUA="$ROOT/bench/src/main/resources/rpc/post.lua"
RPC="http://127.0.0.1:18745/"
WORK="$(mktemp -d /tmp/twinchain-rpc-bench.XXXXXX)"
NODE_PID=""
cleanup() {
  if [ -n "$NODE_PID" ]; then kill "$NODE_PID" 2>/dev/null || true; wait "$NODE_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk missing: apt-get install wrk" >&2; exit 2; }

"$ROOT/twinchain" genesis generate --config-file "$ROOT/network-config/devnet-network.json" \
  --to "$WORK/net" >/dev/null
TWINCHAIN_JAVA_OPTS="${TWINCHAIN_JAVA_OPTS:-} -Xlog:gc:file=$WORK/gc.log" \
  "$ROOT/twinchain" run --config "$WORK/net/ap-1/config.toml" --data-path "$WORK/net/ap-1" \
  --rpc-http-port 18745 --rpc-ws-port 18746 --metrics-port 19745 --p2p-port 30793 \
  --rpc-http-api WEB3,NET,ETH,REP >"$WORK/node.log" 2>&1 &
NODE_PID=$!
for _ in $(seq 1 120); do
  curl -sf http://127.0.0.1:19745/liveness >/dev/null 2>&1 && break
  kill -0 "$NODE_PID" 2>/dev/null || { cat "$WORK/node.log" >&2; exit 1; }
  sleep 1
done

call() { curl -sf -H 'Content-Type: application/json' -d "$1" "$RPC"; }
# result [max characters]: the JSON-RPC result, shortened here (a `| head -c` would close the pipe
# under python and print a BrokenPipeError trace).
result() { python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit("no result: %s" % r) if "result" not in r else print(json.dumps(r["result"])[:int(sys.argv[1]) if len(sys.argv) > 1 else None])' "$@"; }
AP="$(call '{"jsonrpc":"2.0","id":1,"method":"rep_list","params":[]}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["result"][0]["address"])')"
ACCOUNT="0xe22B7Ed6919F5cA43f017071b9E6f08986219C01"
declare -a NAMES=("GET /liveness (baseline)" eth_blockNumber eth_getBalance rep_getReputation)
declare -a BODIES=(""
  '{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}'
  '{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":["'"$ACCOUNT"'","latest"]}'
  '{"jsonrpc":"2.0","id":1,"method":"rep_getReputation","params":["'"$AP"'","latest"]}')
for i in 1 2 3; do
  echo "check ${NAMES[$i]}: $(call "${BODIES[$i]}" | result)"
done

echo "load before: $(uptime)"
printf '| %-36s | %10s | %8s | %8s |\n' request "requests/s" "p50 ms" "p99 ms"
printf '|%s|%s|%s|%s|\n' "--------------------------------------" "------------" "----------" "----------"
measure() {  # name body url
  BODY="$2" wrk -t1 -c"$CONNECTIONS" -d5s -s "$LUA" "$3" >/dev/null   # warm-up
  line="$(BODY="$2" wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "$LUA" "$3" | tail -1)"
  eval "$(echo "$line" | tr ' ' '\n' | grep '=')"
  [ "$non2xx" = 0 ] && [ "$errors" = 0 ] || echo "WARNING $1: non2xx=$non2xx errors=$errors"
  printf '| %-36s | %10s | %8s | %8s |\n' "$1" "$rps" "$p50_ms" "$p99_ms"
}
measure "${NAMES[0]}" "" "http://127.0.0.1:19745/liveness"
for i in 1 2 3; do measure "${NAMES[$i]}" "${BODIES[$i]}" "$RPC"; done
# Head-of-line blocking: cheap reads while 2 connections ask for 1,024 slots of history each (an
# EVM call per slot whenever the head moves on).
HISTORY='{"jsonrpc":"2.0","id":1,"method":"rep_getHistory","params":["'"$AP"'","0x0","0x3ff"]}'
echo "check rep_getHistory: $(call "$HISTORY" | result 80)..."
BODY="$HISTORY" wrk -t1 -c2 -d"$((SECONDS_PER_RUN + 8))s" -s "$LUA" "$RPC" >"$WORK/history.out" &
HISTORY_PID=$!
measure "eth_blockNumber beside rep_getHistory" "${BODIES[1]}" "$RPC"
wait "$HISTORY_PID"
echo "rep_getHistory load itself: $(tail -1 "$WORK/history.out")"
echo "load after: $(uptime)"
echo "head block: $(call '{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}' | result)"
awk '/Pause/ { n++; ms=$NF; sub("ms","",ms); t+=ms; if (ms>m) m=ms }
  END { printf "GC pauses: %d, total %.1f ms, longest %.2f ms\n", n, t, m }' "$WORK/gc.log"

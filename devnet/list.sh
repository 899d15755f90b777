#!/usr/bin/env bash
# The Docker devnet's containers and endpoints (the same as `./twinchain devnet up` prints).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source ./compose.sh
compose ps
cat <<'LIST'

JSON-RPC HTTP / WS / metrics
  ap-1       http://127.0.0.1:8545  ws://127.0.0.1:8546  http://127.0.0.1:9545/metrics
  ap-2       http://127.0.0.1:8555  ws://127.0.0.1:8556  http://127.0.0.1:9555/metrics
  ap-3       http://127.0.0.1:8565  ws://127.0.0.1:8566  http://127.0.0.1:9565/metrics
  gateway-1  http://127.0.0.1:8575  ws://127.0.0.1:8576  http://127.0.0.1:9575/metrics
  gateway-2  http://127.0.0.1:8585  ws://127.0.0.1:8586  http://127.0.0.1:9585/metrics
MQTT broker   tcp://127.0.0.1:1883   (twinchain/{gateway}/{device}/telemetry)
Explorer      http://127.0.0.1:8080/explorer/
Prometheus    http://127.0.0.1:9090
Grafana       http://127.0.0.1:3000  (dashboard "twinchain devnet")
Prefunded accounts (DEV ONLY, keys public): see network-config/keys/README.md
LIST

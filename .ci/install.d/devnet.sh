#!/usr/bin/env bash
# devnet: headless Chromium driven by playwright-core (ExplorerPageIT), Debian's docker-compose to
# validate devnet/docker-compose.yml (ComposeFileIT; no Docker engine needed), and Mosquitto's
# clients for the acceptance test. Idempotent: apt-get only when a tool is missing, npm ci
# reinstalls exactly devnet/explorer-test/package-lock.json.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
command -v mosquitto_pub >/dev/null 2>&1 || missing+=(mosquitto-clients)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
cd "$(dirname "${BASH_SOURCE[0]}")/../../devnet/explorer-test"
npm ci --no-audit --no-fund

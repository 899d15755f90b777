#!/usr/bin/env bash
# node/: the pinned ethers v6 (npm, package-lock.json in node/src/test/js) that EthersClientTest
# runs with `node ethers-check.js` against an in-process node. Idempotent: npm ci reinstalls exactly
# the lock file. Needs node >= 18 and npm, installed from Debian if missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../node/src/test/js"

if ! command -v npm >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
fi

npm ci --no-audit --no-fund

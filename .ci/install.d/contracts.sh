#!/usr/bin/env bash
# contracts/: the pinned solc (npm, package-lock.json) that CompiledArtifactsMatchSourcesIT runs to
# prove the committed ABI and bytecode match a fresh compile. Idempotent: npm ci reinstalls exactly
# the lock file. Needs node >= 18 and npm, installed from Debian if missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../contracts"

if ! command -v npm >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
fi

npm ci --no-audit --no-fund

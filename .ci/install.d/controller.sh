#!/usr/bin/env bash
# The simulator's report (SimulationReportTest, `twinchain simulate`) draws PNG figures with Java2D,
# which needs fontconfig and at least one font even when headless.
set -euo pipefail
if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list 2>/dev/null | head -n 1)" ]; then
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fontconfig fonts-dejavu-core

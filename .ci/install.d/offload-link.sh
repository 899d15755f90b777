#!/usr/bin/env bash
# ShapedLinkIT creates network namespaces (`ip netns`) joined by a veth pair and shapes it with
# `tc qdisc ... tbf`: both come from iproute2. The test needs root, which CI has.
set -euo pipefail
if command -v ip >/dev/null 2>&1 && command -v tc >/dev/null 2>&1; then
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq iproute2

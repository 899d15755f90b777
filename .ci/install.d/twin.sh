#!/usr/bin/env bash
# The twin module's integration tests run a real Mosquitto broker and its command-line clients.
set -euo pipefail
if command -v mosquitto >/dev/null 2>&1 && command -v mosquitto_pub >/dev/null 2>&1 \
    && command -v mosquitto_passwd >/dev/null 2>&1; then
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mosquitto mosquitto-clients

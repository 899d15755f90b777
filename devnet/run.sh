#!/usr/bin/env bash
# Build the node image and start the Docker devnet (broker, 3 APs, 2 gateways, simulator,
# Prometheus, Grafana), then list its endpoints. Needs Docker with Compose.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source ./compose.sh
compose up -d --build
./list.sh

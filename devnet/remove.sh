#!/usr/bin/env bash
# Stop the Docker devnet and delete its containers and data (volume devnet-data).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source ./compose.sh
compose down --volumes --remove-orphans

#!/usr/bin/env bash
# Stop the Docker devnet's containers; the chain data (volume devnet-data) is kept for resume.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source ./compose.sh
compose stop

#!/usr/bin/env bash
# Start the stopped Docker devnet again on its kept data.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source ./compose.sh
compose start
./list.sh

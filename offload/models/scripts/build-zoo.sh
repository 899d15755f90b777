#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Rebuilds the model zoo: simulates the vibration datasets with the Java simulator, trains the
# condition classifier, exports the reference models, then profiles every model on this machine.
# Needs Debian python3-torch, python3-onnx, python3-sklearn (run with /usr/bin/python3, not a venv).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"

cd "$repo"
mvn -B -ntp -q -pl offload -am compile
"$java" -cp offload/target/classes io.twinchain.offload.machinery.GenerateDatasetMain "$data/train.bin" 1600 1
"$java" -cp offload/target/classes io.twinchain.offload.machinery.GenerateDatasetMain "$data/heldout.bin" 400 2
cd "$here"
/usr/bin/python3 train_vibration_cnn.py "$data/train.bin" "$data/heldout.bin"
/usr/bin/python3 build_reference_models.py 4
echo "now run: ./twinchain models profile --all (fills layers, profile and calibration in each manifest)"

/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Partitioning any single-input, single-output ONNX model at a cut tensor into a head (gateway,
 * layers 1..l) and a tail (AP, layers l+1..L), spec §2.1. Pure graph work on the ONNX protobuf
 * classes; no ONNX Runtime.
 */
package io.twinchain.offload.split;

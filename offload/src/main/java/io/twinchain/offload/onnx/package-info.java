/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Reading ONNX models with the ONNX protobuf classes ({@code ai.onnx.proto.OnnxMl}): the graph's
 * producers, consumers, constants and tensor types, without ONNX Runtime.
 */
package io.twinchain.offload.onnx;

/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Tensors in little-endian direct buffers and their wire frame, used to ship the cut tensor from
 * gateway to AP and the result back. Decoding never copies the payload: the decoded tensor is a
 * view of the received frame.
 */
package io.twinchain.offload.tensor;

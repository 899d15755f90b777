/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import io.twinchain.offload.tensor.Tensor;

/**
 * One completed offloaded inference.
 *
 * @param assignment the model, cut and AP used
 * @param output the model's output for the batch (e.g. logits [D, classes])
 * @param cutBytes bytes of the tensor frame sent to the AP
 * @param latency the measured head, transfer and tail times
 */
public record OffloadOutcome(
    Assignment assignment, Tensor output, long cutBytes, LatencyParts latency) {}

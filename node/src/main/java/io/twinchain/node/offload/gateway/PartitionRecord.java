/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

/**
 * The partition a twin's DNN ran with in one slot, as {@code dnn_getPartition} reports it.
 *
 * @param slot the slot
 * @param assignment model, cut and AP
 * @param samples D_n(t), windows in the batch
 * @param cutBytes bytes sent to the AP
 * @param latency measured head, transfer and tail times
 */
public record PartitionRecord(
    long slot, Assignment assignment, int samples, long cutBytes, LatencyParts latency) {}

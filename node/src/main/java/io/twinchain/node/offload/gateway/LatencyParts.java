/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

/**
 * The measured latency of one offloaded inference, split as in spec §2: head at the gateway
 * (τ^exe_G), transfer (τ^com), tail at the AP under its share (τ^exe_A).
 *
 * @param headNanos the gateway's head, layers 1..l
 * @param transferNanos the request's round trip minus the AP's reported tail time: pacing at the
 *     link rate, the P2P transfer of the cut tensor, and the small result's way back
 * @param tailNanos the AP's tail wall time under its inference share (busy plus throttling idle)
 * @param tailBusyNanos the part of the tail the AP's core was busy
 */
public record LatencyParts(long headNanos, long transferNanos, long tailNanos, long tailBusyNanos) {

  /** Head + transfer + tail. */
  public long totalNanos() {
    return headNanos + transferNanos + tailNanos;
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import org.apache.tuweni.bytes.Bytes32;

/**
 * One inference an AP completed for a gateway: the AP ran the layers after {@code cut} of a twin's
 * model and returned the result.
 *
 * @param twin the twin's thing id
 * @param slot the slot the work was done in
 * @param ap the AP's account address
 * @param cut l_n(t) used
 * @param flops FLOPs the AP executed
 * @param resultHash Keccak-256 of the result the AP returned
 * @param latencyMicros the round trip the gateway measured
 */
public record CompletedWork(
    String twin,
    long slot,
    String ap,
    int cut,
    long flops,
    Bytes32 resultHash,
    long latencyMicros) {

  public CompletedWork {
    if (flops < 0 || latencyMicros < 0 || slot < 0) {
      throw new IllegalArgumentException("slot, FLOPs and latency must be >= 0");
    }
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

/**
 * One completed transfer.
 *
 * @param bytes frame bytes (header and payload)
 * @param nanos time from the first byte written to the AP's acknowledgement
 */
public record Transfer(long bytes, long nanos) {

  public Transfer {
    if (bytes <= 0 || nanos <= 0) {
      throw new IllegalArgumentException("a transfer has bytes > 0 and time > 0");
    }
  }

  /** Payload throughput of this transfer, bytes × 8 / seconds. */
  public double bitsPerSecond() {
    return bytes * 8.0 * 1e9 / nanos;
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.block;

import java.util.List;
import org.apache.tuweni.bytes.Bytes;

/**
 * A block whose header is decoded but whose transactions are still signed envelopes: what the wire
 * and the store hold before senders are recovered.
 *
 * @param header the decoded header
 * @param envelopes the signed transaction envelopes, in order
 */
public record EncodedBlock(BlockHeader header, List<Bytes> envelopes) {

  /** Copies {@code envelopes} so the block is immutable. */
  public EncodedBlock {
    envelopes = List.copyOf(envelopes);
  }
}

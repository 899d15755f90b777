/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.block;

import org.apache.tuweni.bytes.Bytes32;

/**
 * A header with its body. Encode and decode with {@link BlockRlp}.
 *
 * @param header the header
 * @param body the transactions
 */
public record Block(BlockHeader header, BlockBody body) {

  /** The block hash (the header's hash). */
  public Bytes32 hash() {
    return header.hash();
  }
}

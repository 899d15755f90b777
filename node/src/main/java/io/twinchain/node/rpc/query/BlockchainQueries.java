/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import java.math.BigInteger;
import java.util.Optional;

/** Read-only view of the ledger for {@code eth_*} methods (Besu's {@code BlockchainQueries}). */
public interface BlockchainQueries {

  /** Number of the canonical head. */
  long headNumber();

  /**
   * Balance in wei of {@code address} (20 bytes, {@code 0x} hex) at canonical block {@code number};
   * empty if that block is unknown.
   */
  Optional<BigInteger> balance(String address, long number);
}

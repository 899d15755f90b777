/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.datatypes.Address;

/**
 * Where a node's own services and its RPC clients hand signed transactions: the transaction pool,
 * as its local submitters see it (eth_sendRawTransaction, twin anchoring, work receipts, the
 * controller's decisions).
 */
public interface TransactionSink {

  /**
   * Decodes, checks and adds a signed transaction envelope, then announces it to peers.
   *
   * @return the transaction's hash, or why it was refused (the pool is then unchanged)
   */
  SubmitResult submit(Bytes envelope);

  /** The nonce {@code sender}'s next transaction must carry, counting those already pending. */
  long nextNonce(Address sender);
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import io.twinchain.chain.transaction.Transaction;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;

/** Read-only view of the transaction pool, which the pool's node adaptor implements. */
public interface PendingQueries {

  /** A transaction waiting in the pool. */
  Optional<Transaction> pending(Bytes32 hash);
}

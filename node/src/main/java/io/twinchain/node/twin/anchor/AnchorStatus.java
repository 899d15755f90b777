/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.anchor;

/** Where an anchor is on its way to the chain. */
public enum AnchorStatus {
  /** Recorded locally; the transaction is not accepted by the pool (yet). */
  PENDING,
  /** In the transaction pool, not yet in a canonical block. */
  SUBMITTED,
  /** The pool refused the transaction; see the record's detail. */
  REJECTED,
  /** Mined in a canonical block and executed successfully. */
  MINED,
  /** Mined, but the contract call reverted (e.g. the gateway is not registered). */
  REVERTED
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

/**
 * How many transactions the pool holds.
 *
 * @param ready executable in nonce order on the head state
 * @param future waiting for a missing nonce
 * @param senders distinct senders
 */
public record PoolCounts(int ready, int future, int senders) {

  /** Ready and future together. */
  public int total() {
    return ready + future;
  }
}

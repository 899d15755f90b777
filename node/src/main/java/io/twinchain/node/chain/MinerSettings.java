/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import static com.google.common.base.Preconditions.checkArgument;

import io.twinchain.consensus.miner.MiningRate;

/**
 * How an AP node mines.
 *
 * @param enabled whether an AP mines at all (other roles never do)
 * @param threads mining threads
 * @param initialRate the hash rate until the controller sets one
 * @param maxTransactionsPerBlock most pending transactions one block takes
 */
public record MinerSettings(
    boolean enabled, int threads, MiningRate initialRate, int maxTransactionsPerBlock) {

  public MinerSettings {
    checkArgument(threads >= 1, "miner threads must be >= 1, got %s", threads);
    checkArgument(maxTransactionsPerBlock >= 0, "max transactions per block must be >= 0");
  }
}

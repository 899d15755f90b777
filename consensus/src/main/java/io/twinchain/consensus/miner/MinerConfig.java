/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.miner;

import static com.google.common.base.Preconditions.checkArgument;

import org.web3j.abi.datatypes.Address;

/**
 * How an AP mines.
 *
 * @param coinbase the AP's address, written as the blocks' miner
 * @param threads mining threads; the hash rate is split evenly between them
 * @param maxTransactionsPerBlock most pending transactions one block takes
 * @param initialRate the hash rate until the controller sets one
 */
public record MinerConfig(
    Address coinbase, int threads, int maxTransactionsPerBlock, MiningRate initialRate) {

  public MinerConfig {
    checkArgument(threads >= 1, "threads must be >= 1, got %s", threads);
    checkArgument(maxTransactionsPerBlock >= 0, "max transactions must be >= 0");
  }
}

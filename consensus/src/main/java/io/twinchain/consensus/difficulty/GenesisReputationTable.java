/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.difficulty;

import io.twinchain.chain.block.BlockHeader;

/**
 * A fixed reputation table from the genesis file, the same at every block: the stand-in for the
 * on-chain reputation registry, and a way to run a network whose stake never changes.
 *
 * @param snapshot the reputations every block sees
 */
public record GenesisReputationTable(ReputationSnapshot snapshot) implements ReputationSource {

  @Override
  public ReputationSnapshot snapshotAt(final BlockHeader parent) {
    return snapshot;
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.difficulty;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.consensus.pow.Target;
import org.apache.tuweni.units.bigints.UInt256;
import org.web3j.abi.datatypes.Address;

/**
 * The target a miner must meet on top of {@code parent}: its reputation in the parent's state,
 * weighted by the milestone's difficulty function, against the block's base difficulty. The miner
 * and the {@code ProofOfWorkRule} both ask here, so they cannot disagree.
 *
 * @param reputations where the parent state's reputations come from
 * @param weighting the milestone's stake-to-difficulty strategy
 */
public record MinerTargets(ReputationSource reputations, ReputationWeightedTarget weighting) {

  /** target_k for {@code miner} mining a child of {@code parent} at base difficulty δ_0. */
  public Target targetOf(
      final BlockHeader parent, final Address miner, final UInt256 baseDifficulty) {
    final double reputation = reputations.snapshotAt(parent).reputationOf(miner).toDouble();
    return weighting.target(baseDifficulty.toLong(), reputation);
  }
}

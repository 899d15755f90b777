/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus;

import io.twinchain.chain.block.BlockHeaderBuilder;
import io.twinchain.consensus.pow.Target;
import io.twinchain.consensus.schedule.ConsensusConfig;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.web3j.abi.datatypes.Address;

/**
 * The header fields consensus decides for a block about to be mined, and the target its nonce must
 * meet: exactly what the header rules will recompute.
 *
 * @param miner the AP mining
 * @param timestamp Unix seconds, not before the parent's
 * @param slot the slot of the timestamp ({@link ConsensusConfig#slotAt})
 * @param baseDifficulty δ_0 after retargeting: the header's {@code difficulty}
 * @param stakeModifier the stake modifier of the block
 * @param reputationSnapshotRoot the root of the parent state's reputations
 * @param target the miner's reputation-weighted target (not a header field: derived from the rest)
 */
public record ConsensusFields(
    Address miner,
    long timestamp,
    long slot,
    UInt256 baseDifficulty,
    Bytes32 stakeModifier,
    Bytes32 reputationSnapshotRoot,
    Target target) {

  /** Writes the header fields into {@code builder}. */
  public BlockHeaderBuilder applyTo(final BlockHeaderBuilder builder) {
    return builder
        .miner(miner)
        .timestamp(timestamp)
        .slot(slot)
        .difficulty(baseDifficulty)
        .stakeModifier(stakeModifier)
        .reputationSnapshotRoot(reputationSnapshotRoot);
  }
}

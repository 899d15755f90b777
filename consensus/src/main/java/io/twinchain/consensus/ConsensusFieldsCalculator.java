/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainView;
import io.twinchain.consensus.schedule.ProtocolSchedule;
import io.twinchain.consensus.schedule.ProtocolSpec;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.web3j.abi.datatypes.Address;

/**
 * Computes a child block's {@link ConsensusFields} with the same strategies the header rules of its
 * milestone use, so a block the miner seals is one the rules accept.
 */
public final class ConsensusFieldsCalculator {

  private final ProtocolSchedule schedule;

  public ConsensusFieldsCalculator(final ProtocolSchedule schedule) {
    this.schedule = schedule;
  }

  /**
   * The fields for {@code miner} mining on {@code parent} at wall-clock {@code nowSeconds}.
   *
   * @return empty if an ancestor the derivation needs is not stored
   */
  public Optional<ConsensusFields> forChildOf(
      final BlockHeader parent, final Address miner, final long nowSeconds, final ChainView chain) {
    final ProtocolSpec spec = schedule.specFor(parent.number() + 1);
    final Optional<UInt256> base = spec.retargeting().baseDifficultyOfChild(parent, chain);
    final Optional<Bytes32> modifier = spec.stakeModifier().ofChild(parent, chain);
    if (base.isEmpty() || modifier.isEmpty()) {
      return Optional.empty();
    }
    final Bytes32 snapshotRoot = spec.minerTargets().reputations().snapshotAt(parent).root();
    final long timestamp = Math.max(parent.timestamp(), nowSeconds);
    return Optional.of(
        new ConsensusFields(
            miner,
            timestamp,
            schedule.slotAt(timestamp),
            base.get(),
            modifier.get(),
            snapshotRoot,
            spec.minerTargets().targetOf(parent, miner, base.get())));
  }
}

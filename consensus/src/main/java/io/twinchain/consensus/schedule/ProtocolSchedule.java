/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.schedule;

import static com.google.common.base.Preconditions.checkArgument;

import io.twinchain.consensus.difficulty.ReputationSource;
import io.twinchain.consensus.miner.TimeProvider;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Which {@link ProtocolSpec} governs each block number, from the genesis milestones. */
public final class ProtocolSchedule {

  private final NavigableMap<Long, ProtocolSpec> byFirstBlock;

  private ProtocolSchedule(final NavigableMap<Long, ProtocolSpec> byFirstBlock) {
    this.byFirstBlock = byFirstBlock;
  }

  /** The schedule the genesis configuration describes. */
  public static ProtocolSchedule create(
      final ConsensusConfig config, final ReputationSource reputations, final TimeProvider time) {
    final NavigableMap<Long, ProtocolSpec> specs = new TreeMap<>();
    for (final Map.Entry<Milestone, Long> entry : config.milestones().entrySet()) {
      final ProtocolSpec spec =
          ProtocolSpecs.definition(entry.getKey(), config).build(config, reputations, time);
      checkArgument(
          specs.put(entry.getValue(), spec) == null,
          "two milestones start at block %s",
          entry.getValue());
    }
    return new ProtocolSchedule(specs);
  }

  /** The spec for block {@code number}. */
  public ProtocolSpec specFor(final long number) {
    checkArgument(number >= 0, "block number must be >= 0: %s", number);
    return byFirstBlock.floorEntry(number).getValue();
  }
}

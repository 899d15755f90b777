/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.schedule;

import static com.google.common.base.Preconditions.checkArgument;

import io.twinchain.chain.validation.AttachedHeaderRule;
import io.twinchain.chain.validation.HeaderRuleset;
import io.twinchain.consensus.difficulty.ReputationSource;
import io.twinchain.consensus.miner.TimeProvider;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Which {@link ProtocolSpec} governs each block number, from the genesis milestones. */
public final class ProtocolSchedule {

  private final NavigableMap<Long, ProtocolSpec> byFirstBlock;
  private final ConsensusConfig config;

  private ProtocolSchedule(
      final NavigableMap<Long, ProtocolSpec> byFirstBlock, final ConsensusConfig config) {
    this.byFirstBlock = byFirstBlock;
    this.config = config;
  }

  /** The schedule the genesis configuration describes. */
  public static ProtocolSchedule create(
      final ConsensusConfig config, final ReputationSource reputations, final TimeProvider time) {
    final NavigableMap<Long, ProtocolSpec> specs = new TreeMap<>();
    long previousStart = -1;
    for (final Milestone milestone : Milestone.values()) {
      final Long start = config.milestones().get(milestone);
      if (start == null) {
        continue;
      }
      checkArgument(
          start > previousStart,
          "milestone %s must start after the one before it (block %s), not at %s",
          milestone,
          previousStart,
          start);
      specs.put(
          start, ProtocolSpecs.definition(milestone, config).build(config, reputations, time));
      previousStart = start;
    }
    return new ProtocolSchedule(specs, config);
  }

  /** The spec for block {@code number}. */
  public ProtocolSpec specFor(final long number) {
    checkArgument(number >= 0, "block number must be >= 0: %s", number);
    return byFirstBlock.floorEntry(number).getValue();
  }

  /** The header slot of a block with {@code timestamp} (the same in every milestone). */
  public long slotAt(final long timestamp) {
    return config.slotAt(timestamp);
  }

  /**
   * The schedule as one ruleset, for the ledger's importer: each header is checked by the ruleset
   * of the milestone governing its number.
   */
  public HeaderRuleset headerRuleset() {
    return HeaderRuleset.builder()
        .add(
            (AttachedHeaderRule)
                (header, parent, chain) ->
                    specFor(header.number()).ruleset().validate(header, parent, chain))
        .build();
  }
}

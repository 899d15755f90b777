/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.validation.DetachedHeaderRule;
import io.twinchain.chain.validation.InvalidReason;
import io.twinchain.chain.validation.ValidationResult;
import io.twinchain.consensus.schedule.ConsensusConfig;

/**
 * The header's slot is the slot of its timestamp, ⌊(timestamp − genesis timestamp) / block period⌋:
 * the number every node's slot clock gives at that second, so controller decisions, work receipts,
 * reputation checkpoints and blocks name the same slot (A-CONS-HEADER-SLOT). As timestamps never go
 * back, neither do slots; blocks faster than the period share a slot.
 */
public final class SlotOfTimestampRule implements DetachedHeaderRule {
  private final ConsensusConfig config;

  /** The rule for the genesis timestamp and block period of {@code config}. */
  public SlotOfTimestampRule(final ConsensusConfig config) {
    this.config = config;
  }

  @Override
  public ValidationResult validate(final BlockHeader header, final BlockHeader parent) {
    final long expected = config.slotAt(header.timestamp());
    return ValidationResult.check(
        header.slot() == expected,
        () ->
            InvalidReason.mismatch(
                ConsensusReason.SLOT_NOT_OF_TIMESTAMP, "slot", expected, header.slot()));
  }
}

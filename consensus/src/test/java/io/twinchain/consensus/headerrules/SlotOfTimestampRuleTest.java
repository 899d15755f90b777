/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import static io.twinchain.consensus.headerrules.RuleAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.consensus.schedule.ConsensusConfig;
import io.twinchain.consensus.schedule.Milestone;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Address;

class SlotOfTimestampRuleTest {

  private static final long GENESIS = 1_764_000_000L;

  private final ConsensusConfig config =
      new ConsensusConfig(
          5,
          1_000,
          Set.of(new Address("0x00000000000000000000000000000000000000a1")),
          1.0,
          0.125,
          List.of(0.25),
          8,
          15,
          32,
          Map.of(Milestone.BDT, 0L),
          GENESIS);
  private final SlotOfTimestampRule rule = new SlotOfTimestampRule(config);
  private final BlockHeader parent = BlockHeader.builder().timestamp(GENESIS).build();

  @Test
  void theSlotIsTheTimestampsSlotOfTheBlockPeriod() {
    assertThat(config.slotAt(GENESIS)).isZero();
    assertThat(config.slotAt(GENESIS + 4)).isZero();
    assertThat(config.slotAt(GENESIS + 5)).isEqualTo(1);
    assertThat(config.slotAt(GENESIS + 52)).isEqualTo(10);
    assertThat(rule.validate(header(GENESIS + 52, 10), parent).isValid()).isTrue();
    assertThat(rule.validate(header(GENESIS + 3, 0), parent).isValid()).isTrue();
  }

  @Test
  void aSlotOtherThanTheTimestampsIsRefused() {
    assertInvalid(
        rule.validate(header(GENESIS + 52, 11), parent),
        ConsensusReason.SLOT_NOT_OF_TIMESTAMP,
        "10",
        "11");
    assertInvalid(
        rule.validate(header(GENESIS + 52, 1), parent),
        ConsensusReason.SLOT_NOT_OF_TIMESTAMP,
        "10",
        "1");
  }

  @Test
  void beforeGenesisIsSlotZero() {
    assertThat(config.slotAt(GENESIS - 100)).isZero();
  }

  private static BlockHeader header(final long timestamp, final long slot) {
    return BlockHeader.builder().number(1).timestamp(timestamp).slot(slot).build();
  }
}

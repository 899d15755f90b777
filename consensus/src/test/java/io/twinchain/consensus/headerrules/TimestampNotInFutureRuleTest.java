/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import static io.twinchain.consensus.headerrules.RuleAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.consensus.miner.StubTimeProvider;
import org.junit.jupiter.api.Test;

class TimestampNotInFutureRuleTest {

  private final StubTimeProvider time = new StubTimeProvider(5_000);
  private final TimestampNotInFutureRule rule = new TimestampNotInFutureRule(time, 15);
  private final BlockHeader parent = BlockHeader.builder().timestamp(4_990).build();

  @Test
  void upToTheDriftAheadIsAllowed() {
    assertThat(rule.validate(at(5_015), parent).isValid()).isTrue();
  }

  @Test
  void beyondTheDriftIsRefused() {
    assertInvalid(
        rule.validate(at(5_016), parent),
        ConsensusReason.TIMESTAMP_TOO_FAR_IN_FUTURE,
        "at most 5015",
        "5016");
  }

  @Test
  void refusedBlockBecomesValidOnceTimePasses() {
    time.advanceSeconds(1);
    assertThat(rule.validate(at(5_016), parent).isValid()).isTrue();
  }

  private static BlockHeader at(final long timestamp) {
    return BlockHeader.builder().number(1).timestamp(timestamp).build();
  }
}

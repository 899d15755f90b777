/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import static io.twinchain.consensus.headerrules.RuleAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.BlockHeader;
import org.junit.jupiter.api.Test;

class TimestampNotBeforeParentRuleTest {

  private final TimestampNotBeforeParentRule rule = new TimestampNotBeforeParentRule();
  private final BlockHeader parent = BlockHeader.builder().timestamp(1_000).build();

  @Test
  void sameSecondAsParentIsAllowed() {
    assertThat(rule.validate(at(1_000), parent).isValid()).isTrue();
    assertThat(rule.validate(at(1_001), parent).isValid()).isTrue();
  }

  @Test
  void earlierThanParentIsRefused() {
    assertInvalid(
        rule.validate(at(999), parent),
        ConsensusReason.TIMESTAMP_BEFORE_PARENT,
        "at least 1000",
        "999");
  }

  private static BlockHeader at(final long timestamp) {
    return BlockHeader.builder().number(1).timestamp(timestamp).build();
  }
}

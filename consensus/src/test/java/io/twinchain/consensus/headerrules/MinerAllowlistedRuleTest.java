/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import static io.twinchain.consensus.headerrules.RuleAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.testsupport.TestKeys;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinerAllowlistedRuleTest {

  private final MinerAllowlistedRule rule =
      new MinerAllowlistedRule(Set.of(TestKeys.address(1), TestKeys.address(2)));
  private final BlockHeader parent = BlockHeader.builder().build();

  @Test
  void allowlistedApMayMine() {
    assertThat(rule.validate(minedBy(2), parent).isValid()).isTrue();
  }

  @Test
  void anyoneElseIsRefused() {
    assertInvalid(
        rule.validate(minedBy(7), parent),
        ConsensusReason.MINER_NOT_ALLOWLISTED,
        "one of 2 allowlisted access points",
        TestKeys.address(7).toString());
  }

  private static BlockHeader minedBy(final int key) {
    return BlockHeader.builder().number(1).miner(TestKeys.address(key)).build();
  }
}

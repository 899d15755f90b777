/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import static io.twinchain.consensus.headerrules.RuleAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.consensus.forkchoice.InMemoryChain;
import io.twinchain.consensus.retarget.ProportionalRetargeting;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

class BaseDifficultyRuleTest {

  private final BaseDifficultyRule rule =
      new BaseDifficultyRule(ProportionalRetargeting.forPeriod(2_000));
  private final BlockHeader genesis =
      BlockHeader.builder().timestamp(100).difficulty(UInt256.valueOf(64_000)).build();
  private final InMemoryChain chain = new InMemoryChain(genesis);

  @Test
  void childOfGenesisKeepsGenesisDifficulty() {
    assertThat(rule.validate(child(genesis, 64_000, 101), genesis, chain).isValid()).isTrue();
  }

  @Test
  void fastParentRaisesDifficulty() {
    final BlockHeader parent = child(genesis, 64_000, 101);
    chain.add(parent);
    // parent took 1 s of a 2 s period: δ_0 · (1 + (2000 − 1000) / (32 · 2000))
    assertThat(rule.validate(child(parent, 65_000, 102), parent, chain).isValid()).isTrue();
    assertInvalid(
        rule.validate(child(parent, 64_000, 102), parent, chain),
        ConsensusReason.BASE_DIFFICULTY_MISMATCH,
        "65000",
        "64000");
  }

  @Test
  void missingGrandparentIsReported() {
    final BlockHeader orphanParent = child(child(genesis, 1, 1), 64_000, 101);
    assertThat(rule.validate(child(orphanParent, 1, 102), orphanParent, chain).reason())
        .hasValueSatisfying(
            reason -> assertThat(reason.code()).isEqualTo(ConsensusReason.MISSING_ANCESTOR));
  }

  private static BlockHeader child(
      final BlockHeader parent, final long difficulty, final long timestamp) {
    return BlockHeader.builder()
        .parentHash(parent.hash())
        .number(parent.number() + 1)
        .timestamp(timestamp)
        .difficulty(UInt256.valueOf(difficulty))
        .build();
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.validation.InvalidReason;
import io.twinchain.consensus.difficulty.MinerTargets;
import io.twinchain.consensus.pow.PowHasher;
import io.twinchain.consensus.pow.Target;
import io.twinchain.consensus.testsupport.ConsensusFixture;
import org.junit.jupiter.api.Test;

class ProofOfWorkRuleTest {

  private final ConsensusFixture fixture = new ConsensusFixture();
  private final MinerTargets targets = fixture.schedule.specFor(1).minerTargets();
  private final ProofOfWorkRule rule = new ProofOfWorkRule(targets);

  @Test
  void solvedHeaderIsAccepted() {
    final BlockHeader mined = fixture.mine(fixture.genesis, fixture.apLow, 1);
    assertThat(rule.validate(mined, fixture.genesis, fixture.chain).isValid()).isTrue();
  }

  @Test
  void hashAboveTheMinersTargetIsRefusedNamingBoth() {
    final BlockHeader mined = fixture.mine(fixture.genesis, fixture.apLow, 1);
    final Target target = targets.targetOf(fixture.genesis, fixture.apLow, mined.difficulty());
    final PowHasher hasher = PowHasher.forWork(mined.sealingHash(), mined.stakeModifier());
    long nonce = 0;
    while (hasher.meets(nonce, target)) {
      nonce++;
    }
    final BlockHeader unsolved = mined.toBuilder().nonce(nonce).build();

    final InvalidReason reason =
        rule.validate(unsolved, fixture.genesis, fixture.chain).reason().orElseThrow();
    assertThat(reason.code()).isEqualTo(ConsensusReason.POW_ABOVE_TARGET);
    assertThat(reason.expected()).hasValue("below " + target.toBytes32());
    assertThat(reason.actual())
        .hasValue(
            PowHasher.powHash(unsolved.sealingHash(), unsolved.stakeModifier(), nonce).toString());
  }

  @Test
  void reputationLowersTheTargetTheRuleDemands() {
    final Target reputed =
        targets.targetOf(fixture.genesis, fixture.apHigh, fixture.genesis.difficulty());
    final Target unreputed =
        targets.targetOf(fixture.genesis, fixture.outsider, fixture.genesis.difficulty());
    assertThat(reputed).isGreaterThan(unreputed);
    assertThat(unreputed).isEqualTo(Target.fromDifficulty(ConsensusFixture.GENESIS_DIFFICULTY));
  }
}

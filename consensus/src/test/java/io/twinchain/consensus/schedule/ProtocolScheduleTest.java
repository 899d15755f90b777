/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.chain.reputation.ExponentialDifficulty;
import io.twinchain.chain.reputation.MultiLevelDifficulty;
import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.consensus.difficulty.FixedPointReputation;
import io.twinchain.consensus.difficulty.GenesisReputationTable;
import io.twinchain.consensus.difficulty.ReputationSnapshot;
import io.twinchain.consensus.miner.StubTimeProvider;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProtocolScheduleTest {

  private final ConsensusConfig config = ConsensusConfig.defaults(Set.of(TestKeys.address(1)));
  private final GenesisReputationTable reputations =
      new GenesisReputationTable(
          ReputationSnapshot.of(Map.of(TestKeys.address(1), FixedPointReputation.parse("0.6"))));

  @Test
  void genesisMilestoneCoversEveryBlock() {
    final ProtocolSchedule schedule =
        ProtocolSchedule.create(config, reputations, new StubTimeProvider(0));
    assertThat(schedule.specFor(0).milestone()).isEqualTo(Milestone.BDT);
    assertThat(schedule.specFor(1_000_000).difficultyFunction())
        .isEqualTo(new ExponentialDifficulty(1.0, 0.125));
  }

  @Test
  void laterMilestoneSwapsTheDifficultyFunctionAtItsBlock() {
    final ProtocolSchedule schedule =
        ProtocolSchedule.create(
            config.withMilestones(Map.of(Milestone.BDT, 0L, Milestone.BDT_MULTI_LEVEL, 100L)),
            reputations,
            new StubTimeProvider(0));

    assertThat(schedule.specFor(99).milestone()).isEqualTo(Milestone.BDT);
    assertThat(schedule.specFor(100).milestone()).isEqualTo(Milestone.BDT_MULTI_LEVEL);
    assertThat(schedule.specFor(100).difficultyFunction())
        .isEqualTo(new MultiLevelDifficulty(0.25, 0.5, 0.75));
    assertThat(schedule.specFor(100).retargeting()).isEqualTo(schedule.specFor(99).retargeting());
    // reputation 0.6 sits on level 2 of 3: δ_k = δ_0 / 4
    assertThat(schedule.specFor(100).minerTargets().weighting().difficulty(4_096, 0.6))
        .isEqualTo(1_024);
  }

  @Test
  void milestonesOutOfOrderAreRefused() {
    assertThatThrownBy(
            () ->
                ProtocolSchedule.create(
                    config.withMilestones(Map.of(Milestone.BDT, 0L, Milestone.BDT_MULTI_LEVEL, 0L)),
                    reputations,
                    new StubTimeProvider(0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> config.withMilestones(Map.of(Milestone.BDT_MULTI_LEVEL, 5L)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.chain.genesis.ConsensusParameters;
import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.testsupport.TestKeys;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

class ConsensusConfigTest {

  @Test
  void genesisGivesPeriodRhoAccessPointsAndMilestone() {
    final ConsensusConfig config = ConsensusConfig.fromGenesis(genesis("exponential"));

    assertThat(config.blockPeriodSeconds()).isEqualTo(3);
    assertThat(config.rho()).isEqualTo(0.7);
    assertThat(config.accessPoints()).isEqualTo(Set.of(TestKeys.address(1), TestKeys.address(2)));
    assertThat(config.milestones()).isEqualTo(Map.of(Milestone.BDT, 0L));
  }

  @Test
  void cyclesPerHashComesFromGenesisWhenGivenAndDefaultsOtherwise() {
    final GenesisConfig plain = genesis("exponential");
    final GenesisConfig withOmega =
        new GenesisConfig(
            plain.chainId(),
            new ConsensusParameters(3, 1_000, 0.7, "exponential", OptionalDouble.of(30_000)),
            plain.timestamp(),
            plain.gasLimit(),
            plain.difficulty(),
            plain.extraData(),
            plain.alloc(),
            plain.accessPoints(),
            plain.gateways());

    assertThat(ConsensusConfig.fromGenesis(withOmega).cyclesPerHash()).isEqualTo(30_000);
    assertThat(ConsensusConfig.fromGenesis(plain).cyclesPerHash())
        .isEqualTo(ConsensusConfig.defaults(Set.of(TestKeys.address(1))).cyclesPerHash());
  }

  @Test
  void multiLevelNameSelectsTheMultiLevelMilestoneFromGenesis() {
    assertThat(ConsensusConfig.fromGenesis(genesis("multi-level")).milestones())
        .isEqualTo(Map.of(Milestone.BDT_MULTI_LEVEL, 0L));
  }

  @Test
  void unknownDifficultyFunctionIsRefusedByName() {
    assertThatThrownBy(() -> ConsensusConfig.fromGenesis(genesis("linear")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'linear'");
  }

  @Test
  void genesisWithoutAccessPointsIsRefused() {
    assertThatThrownBy(() -> ConsensusConfig.defaults(Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static GenesisConfig genesis(final String difficultyFunction) {
    return new GenesisConfig(
        7,
        new ConsensusParameters(3, 1_000, 0.7, difficultyFunction),
        1_700_000_000L,
        30_000_000L,
        UInt256.valueOf(1_000),
        Bytes.EMPTY,
        Map.of(),
        List.of(TestKeys.address(1), TestKeys.address(2)),
        List.of());
  }
}

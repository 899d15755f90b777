/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.genesis.GenesisParser;
import io.twinchain.consensus.miner.MiningRate;
import io.twinchain.consensus.schedule.ConsensusConfig;
import io.twinchain.contracts.genesis.SystemContractsConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The devnet's block period depends on its genesis matching its miners: the controller gives an AP
 * up to its whole 3 GHz (ControllerSetups' AP), which ω must turn into the miner's default 100,000
 * hashes/s, and the genesis difficulty must be what three such APs, at the initial reputation, mine
 * in one period.
 */
class DevnetGenesisTest {
  private static final double AP_HZ = 3e9;
  private static final double MINER_DEFAULT_HASH_RATE = 100_000;

  private static final Duration SECOND = Duration.ofSeconds(1);

  @TempDir Path dir;

  @Test
  void aWholeApBuysTheMinersDefaultRateAndGenesisDifficultyFitsThreeOfThem() throws Exception {
    final DevnetLayout layout = new DevnetLayout(dir, "127.0.0.1", 3, 2, 4, 900);
    DevnetGenesis.generate(layout);
    final GenesisConfig genesis = GenesisParser.parse(dir.resolve("genesis.json"));
    final ConsensusConfig consensus = ConsensusConfig.fromGenesis(genesis);

    assertThat(MiningRate.fromFrequency(AP_HZ, consensus.cyclesPerHash()))
        .isEqualTo(new MiningRate(MINER_DEFAULT_HASH_RATE));
    final double initialReputation = SystemContractsConfig.DEFAULT_INITIAL_REPUTATION / 1e18;
    final double perApDifficulty =
        genesis.difficulty().toLong() * Math.exp(-consensus.rho() * initialReputation);
    assertThat(perApDifficulty / (3 * MINER_DEFAULT_HASH_RATE))
        .isCloseTo(consensus.blockPeriodSeconds(), within(0.01));
    assertThat(genesis.difficulty().toLong()).isEqualTo(0x1d6396);
    assertThat(DevnetGenesis.genesisDifficulty(8, 5)).isEqualTo(5_136_102);
  }

  @Test
  void anExperimentsWholeSecondSlotIsTheBlockPeriodSoReceiptsAndBlocksShareSlots()
      throws Exception {
    final DevnetLayout layout = new DevnetLayout(dir, "127.0.0.1", 3, 2, 4, 900);
    DevnetGenesis.generate(layout, new LoopChoice("fixed-mid-cut", 1, Optional.of(SECOND)));
    final GenesisConfig genesis = GenesisParser.parse(dir.resolve("genesis.json"));

    assertThat(genesis.consensus().blockPeriodSeconds()).isEqualTo(1);
    assertThat(genesis.difficulty().toLong()).isEqualTo(DevnetGenesis.genesisDifficulty(3, 1));
    assertThat(
            DevnetGenesis.blockPeriodSeconds(
                new LoopChoice("dpra", 1, Optional.of(Duration.ofMillis(250)))))
        .isEqualTo(5);
    assertThat(DevnetGenesis.blockPeriodSeconds(LoopChoice.defaults())).isEqualTo(5);
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.twinchain.chain.reputation.ExponentialDifficulty;
import io.twinchain.consensus.MiningRace.Contender;
import io.twinchain.consensus.MiningRace.Tally;
import io.twinchain.consensus.difficulty.ReputationWeightedTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec §7 property 9 on real SHA-256 mining: trials per block ≈ δ_k, winner shares ≈ λ_k/Σλ with
 * λ_k = h_k/δ_k, mean block time ≈ 1/Σλ; and property 4's consequences for the race.
 */
class MiningStatisticsTest {

  /** χ² critical values at α = 0.001 for 2 degrees of freedom (three APs). */
  private static final double CHI_SQUARE_CRITICAL_2DF = 13.816;

  private static final double[] REPUTATIONS = {0.9, 0.5, 0.1};
  private static final int[] HASHES_PER_TICK = {1, 2, 4};

  @Test
  void meanTrialsPerSolvedBlockIsTheDifficulty() {
    final ReputationWeightedTarget weighting = exponential(1.0);
    final MiningRace race = new MiningRace(List.of(), 20261125L);
    for (final double reputation : new double[] {0.0, 0.5, 1.0}) {
      final double difficulty = weighting.difficulty(64, reputation);
      long trials = 0;
      final int blocks = 10_000;
      for (int b = 0; b < blocks; b++) {
        trials += race.soloTrials(weighting.target(64, reputation));
      }
      assertThat((double) trials / blocks).isCloseTo(difficulty, within(0.05 * difficulty));
    }
  }

  @Test
  void winnerSharesFollowRatesOverTenThousandBlocks() {
    final ReputationWeightedTarget weighting = exponential(2.0);
    final double[] rates = rates(weighting, 1024, REPUTATIONS);
    final Tally tally = new MiningRace(contenders(weighting, 1024, REPUTATIONS), 42L).run(10_000);

    assertThat(chiSquare(tally, rates)).isLessThan(CHI_SQUARE_CRITICAL_2DF);
    final double meanBlockTicks = 1 / sum(rates);
    assertThat(tally.meanBlockTicks()).isCloseTo(meanBlockTicks, within(0.05 * meanBlockTicks));
  }

  @Test
  void sharesIgnoringReputationAreRejected() {
    final ReputationWeightedTarget weighting = exponential(2.0);
    final Tally tally = new MiningRace(contenders(weighting, 1024, REPUTATIONS), 42L).run(2_000);
    final double[] hashRateOnly = rates(exponential(0.0), 1024, REPUTATIONS);

    assertThat(chiSquare(tally, hashRateOnly)).isGreaterThan(CHI_SQUARE_CRITICAL_2DF);
  }

  @Test
  void raisingReputationRaisesShare() {
    final ReputationWeightedTarget weighting = exponential(2.0);
    final double[] low = {0.1, 0.5, 0.1};
    final double[] high = {0.9, 0.5, 0.1};
    final double before = new MiningRace(contenders(weighting, 1024, low), 5L).run(3_000).share(0);
    final double after = new MiningRace(contenders(weighting, 1024, high), 5L).run(3_000).share(0);

    final double expectedBefore = rates(weighting, 1024, low)[0] / sum(rates(weighting, 1024, low));
    final double expectedAfter =
        rates(weighting, 1024, high)[0] / sum(rates(weighting, 1024, high));
    assertThat(after).isGreaterThan(before + (expectedAfter - expectedBefore) / 2);
  }

  @Test
  void zeroRhoMakesSharesProportionalToHashRate() {
    final ReputationWeightedTarget plainPow = exponential(0.0);
    final Tally tally = new MiningRace(contenders(plainPow, 256, REPUTATIONS), 9L).run(5_000);
    final double[] hashRates = {1, 2, 4};

    assertThat(chiSquare(tally, hashRates)).isLessThan(CHI_SQUARE_CRITICAL_2DF);
  }

  private static ReputationWeightedTarget exponential(final double rho) {
    return new ReputationWeightedTarget(new ExponentialDifficulty(rho, 0.01));
  }

  private static List<Contender> contenders(
      final ReputationWeightedTarget weighting, final long base, final double[] reputations) {
    return List.of(
        new Contender(weighting.target(base, reputations[0]), HASHES_PER_TICK[0]),
        new Contender(weighting.target(base, reputations[1]), HASHES_PER_TICK[1]),
        new Contender(weighting.target(base, reputations[2]), HASHES_PER_TICK[2]));
  }

  /** λ_k = h_k / δ_k in blocks per tick. */
  private static double[] rates(
      final ReputationWeightedTarget weighting, final long base, final double[] reputations) {
    final double[] rates = new double[reputations.length];
    for (int k = 0; k < rates.length; k++) {
      rates[k] = HASHES_PER_TICK[k] / weighting.difficulty(base, reputations[k]);
    }
    return rates;
  }

  private static double chiSquare(final Tally tally, final double[] weights) {
    final double total = sum(weights);
    double chiSquare = 0;
    for (int k = 0; k < weights.length; k++) {
      final double expected = tally.blocks() * weights[k] / total;
      final double deviation = tally.wins()[k] - expected;
      chiSquare += deviation * deviation / expected;
    }
    return chiSquare;
  }

  private static double sum(final double[] values) {
    double sum = 0;
    for (final double value : values) {
      sum += value;
    }
    return sum;
  }
}

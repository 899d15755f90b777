/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.retarget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProportionalRetargetingTest {

  private static final long PERIOD_MILLIS = 1_000;
  private final ProportionalRetargeting rule = ProportionalRetargeting.forPeriod(PERIOD_MILLIS);

  @Test
  void onTimeBlockKeepsDifficulty() {
    assertThat(rule.nextBaseDifficulty(1_000_000, PERIOD_MILLIS)).isEqualTo(1_000_000);
  }

  @Test
  void instantBlockRaisesByOneOverDamping() {
    assertThat(rule.nextBaseDifficulty(3_200_000, 0)).isEqualTo(3_300_000);
  }

  @Test
  void slowBlockLowersAtMostByCapStep() {
    final long capped = rule.nextBaseDifficulty(3_200_000, 10 * PERIOD_MILLIS);
    assertThat(rule.nextBaseDifficulty(3_200_000, 1_000 * PERIOD_MILLIS)).isEqualTo(capped);
    assertThat(capped).isEqualTo(3_200_000 - 9 * 100_000);
  }

  @Test
  void neverBelowOne() {
    assertThat(rule.nextBaseDifficulty(1, 10 * PERIOD_MILLIS)).isEqualTo(1);
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> rule.nextBaseDifficulty(0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rule.nextBaseDifficulty(1, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProportionalRetargeting(1_000, 8, 8))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"4.0, 7", "0.25, 11"})
  void convergesWithinTenPercentAfterFourfoldHashRateChange(final double factor, final long seed) {
    final SimulatedNetwork network = new SimulatedNetwork(rule, 1, 1_000_000, 1.0e6, seed);
    network.mine(2_000);
    network.scaleHashRate(factor);
    final double justAfter = network.mine(20);
    network.mine(1_000);
    final double settled = network.mine(1_000);

    assertThat(justAfter / PERIOD_MILLIS).isCloseTo(1 / factor, within(0.5 / factor));
    assertThat(settled).isCloseTo(PERIOD_MILLIS, within(0.1 * PERIOD_MILLIS));
  }

  /**
   * The devnet's case: header timestamps in whole seconds (so a fast block's interval reads 0 s), a
   * 5 s period, and a network hashing 30 times faster than its genesis difficulty assumes. δ_0
   * rises by at most 1/32 per block, so it needs about ln(30)·32 ≈ 110 blocks to catch up, and then
   * stays near the period.
   */
  @ParameterizedTest
  @CsvSource({"30.0, 3", "30.0, 5", "0.1, 13"})
  void wholeSecondTimestampsSettleNearTheFiveSecondPeriod(final double factor, final long seed) {
    final SimulatedNetwork network =
        new SimulatedNetwork(ProportionalRetargeting.forPeriod(5_000), 1_000, 1_500_000, 3e5, seed);
    network.scaleHashRate(factor);
    network.mine(250);
    final double settled = network.mine(2_000);

    assertThat(settled).isCloseTo(5_000, within(0.1 * 5_000));
  }

  /**
   * A simulated clock: each block's interval is drawn from Exp(mean = δ_0 / H) in whole
   * milliseconds (spec §3.2), and δ_0 is retargeted from the interval the parent took as its
   * timestamps show it, truncated to the timestamp resolution ({@code RetargetingRule}'s lag of one
   * block included).
   */
  private static final class SimulatedNetwork {
    private final RetargetingRule rule;
    private final long resolutionMillis;
    private final SplittableRandom random;
    private long baseDifficulty;
    private double hashesPerSecond;
    private long nowMillis;
    private long parentStamp;

    SimulatedNetwork(
        final RetargetingRule rule,
        final long resolutionMillis,
        final long baseDifficulty,
        final double hashesPerSecond,
        final long seed) {
      this.rule = rule;
      this.resolutionMillis = resolutionMillis;
      this.baseDifficulty = baseDifficulty;
      this.hashesPerSecond = hashesPerSecond;
      this.random = new SplittableRandom(seed);
    }

    void scaleHashRate(final double factor) {
      hashesPerSecond *= factor;
    }

    /** Mines {@code blocks} blocks and returns their mean interval in milliseconds. */
    double mine(final int blocks) {
      long total = 0;
      for (int i = 0; i < blocks; i++) {
        final double meanMillis = 1_000 * baseDifficulty / hashesPerSecond;
        final long interval = Math.round(-Math.log(1 - random.nextDouble()) * meanMillis);
        total += interval;
        nowMillis += interval;
        final long stamp = nowMillis / resolutionMillis * resolutionMillis;
        baseDifficulty = rule.nextBaseDifficulty(baseDifficulty, stamp - parentStamp);
        parentStamp = stamp;
      }
      return (double) total / blocks;
    }
  }
}

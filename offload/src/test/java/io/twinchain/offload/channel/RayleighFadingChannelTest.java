/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Spec §2.4 and the §6.3 sanity check: about 15 Mbit/s at 100 m on the default link budget. */
class RayleighFadingChannelTest {

  private static final UplinkBudget AT_100_M = new UplinkBudget(1e6, 0.2, 100);

  private final RayleighFadingChannel channel =
      new RayleighFadingChannel(
          List.of(AT_100_M),
          LogDistancePathLoss.URBAN_MACRO,
          RayleighFadingChannel.THERMAL_NOISE_WATTS_PER_HZ);

  @Test
  void pathLossOnlyRateMatchesTheSpecSanityCheck() {
    // PL = 128.1 − 37.6 = 90.5 dB; SNR = 23 dBm − 90.5 dB + 114 dBm = 46.5 dB → 15.4 Mbit/s
    assertThat(channel.meanChannelRate(0)).isCloseTo(15.45e6, within(0.05e6));
  }

  @Test
  void fadingPowerAveragesToOne() {
    final SplittableRandom random = new SplittableRandom(7);
    final double gain = LogDistancePathLoss.URBAN_MACRO.gain(100);
    double sum = 0;
    final int draws = 20_000;
    for (int i = 0; i < draws; i++) {
      final double rate = channel.rates(random)[0];
      final double snr = Math.pow(2, rate / AT_100_M.bandwidthHz()) - 1;
      sum += snr * RayleighFadingChannel.THERMAL_NOISE_WATTS_PER_HZ * 1e6 / (0.2 * gain);
    }
    assertThat(sum / draws).isCloseTo(1.0, within(0.03));
  }

  @Test
  void sameStreamSameRates() {
    assertThat(channel.rates(new SplittableRandom(3)))
        .containsExactly(channel.rates(new SplittableRandom(3)));
  }
}

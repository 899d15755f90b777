/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.miner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MiningRateTest {

  @Test
  void frequencyOverCyclesPerHashIsHashesPerSecond() {
    // spec §6.3: f^B ≈ 1.5 GHz, ω = 1,000 cycles/hash
    assertThat(MiningRate.fromFrequency(1.5e9, 1_000).hashesPerSecond()).isEqualTo(1.5e6);
    assertThat(MiningRate.fromFrequency(0, 1_000)).isEqualTo(MiningRate.PAUSED);
  }

  @Test
  void onlyInfinityIsUnthrottled() {
    assertThat(MiningRate.UNTHROTTLED.isUnthrottled()).isTrue();
    assertThat(new MiningRate(Double.MAX_VALUE).isUnthrottled()).isFalse();
  }

  @Test
  void refusesNegativeRatesAndNonPositiveCyclesPerHash() {
    assertThatThrownBy(() -> new MiningRate(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MiningRate(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MiningRate.fromFrequency(1e9, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.twinchain.offload.runtime.ManualPacer;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private final ManualPacer clock = new ManualPacer();

  @Test
  void bytesBeyondTheCapacityTakeBitsOverRate() {
    final TokenBucket bucket = new TokenBucket(clock, 8_000_000, 1000);
    bucket.take(1000);
    assertThat(clock.nanoTime()).isZero();
    for (int i = 0; i < 10; i++) {
      bucket.take(1000);
    }
    assertThat(clock.nanoTime()).isCloseTo(10_000_000L, within(20L));
  }

  @Test
  void idleTimeRefillsOnlyUpToTheCapacity() {
    final TokenBucket bucket = new TokenBucket(clock, 8_000_000, 1000);
    clock.advance(1_000_000_000);
    bucket.take(3000);
    assertThat(clock.nanoTime()).isCloseTo(1_002_000_000L, within(20L));
  }

  @Test
  void aNewRateAppliesFromNowOn() {
    final TokenBucket bucket = new TokenBucket(clock, 8_000_000, 0);
    bucket.take(1000);
    bucket.setRate(800_000);
    bucket.take(1000);
    assertThat(clock.nanoTime()).isCloseTo(1_000_000L + 10_000_000L, within(20L));
    assertThat(bucket.bitsPerSecond()).isEqualTo(800_000);
  }

  @Test
  void aLateWakeUpIsMadeUpWithinTheCapacityButAFrameStartsWithTheLimitedCredit() {
    final TokenBucket bucket = new TokenBucket(clock, 8_000_000, 10_000);
    bucket.limitCredit(1000);
    bucket.take(1000);
    bucket.take(1000);
    clock.advance(3_000_000);
    bucket.take(1000);
    bucket.take(1000);
    assertThat(clock.nanoTime()).isCloseTo(4_000_000L, within(20L));
    bucket.limitCredit(1000);
    final long frameStart = clock.nanoTime();
    bucket.take(3000);
    assertThat(clock.nanoTime() - frameStart).isCloseTo(2_000_000L, within(20L));
  }

  @Test
  void rejectsRatesThatAreNotPositive() {
    final TokenBucket bucket = new TokenBucket(clock, 1e6, 0);
    assertThatThrownBy(() -> bucket.setRate(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> bucket.setRate(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(bucket.bitsPerSecond()).isEqualTo(1e6);
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.miner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HashRateThrottleTest {

  private static final long SECOND = 1_000_000_000L;
  private final StubTimeProvider time = new StubTimeProvider(1_700_000_000L);

  @Test
  void pacesHashesToTheRate() throws InterruptedException {
    final HashRateThrottle throttle =
        new HashRateThrottle(time, MiningRate.fromFrequency(1.5e9, 1_000), SECOND / 10);

    assertThat(hashesUntil(throttle, 10 * SECOND)).isCloseTo(15_000_000L, within(5_000L));
  }

  @Test
  void slowRateHandsOutSingleHashes() throws InterruptedException {
    final HashRateThrottle throttle = new HashRateThrottle(time, new MiningRate(10), 0);

    assertThat(throttle.acquire()).isEqualTo(1);
    assertThat(hashesUntil(throttle, 10 * SECOND)).isCloseTo(100L, within(2L));
  }

  @Test
  void rateChangeTakesEffect() throws InterruptedException {
    final HashRateThrottle throttle = new HashRateThrottle(time, new MiningRate(1_000_000), 0);
    final long fast = hashesUntil(throttle, SECOND);
    throttle.setRate(new MiningRate(250_000));
    final long slow = hashesUntil(throttle, 2 * SECOND);

    assertThat(fast).isCloseTo(1_000_000L, within(1_000L));
    assertThat(slow).isCloseTo(250_000L, within(1_000L));
  }

  @Test
  void idleTimeBuysAtMostTheBurst() throws InterruptedException {
    final HashRateThrottle throttle = new HashRateThrottle(time, new MiningRate(1_000), SECOND);
    throttle.acquire();
    time.advanceNanos(60 * SECOND);
    final long start = time.nanoTime();
    long free = 0;
    while (time.nanoTime() == start) {
      free += throttle.acquire();
    }

    assertThat(free).isBetween(1_000L, 1_002L);
  }

  @Test
  void unthrottledNeverSleepsAndPausedHandsOutNothing() throws InterruptedException {
    final HashRateThrottle throttle = new HashRateThrottle(time, MiningRate.UNTHROTTLED, 0);
    assertThat(throttle.acquire()).isEqualTo(HashRateThrottle.MAX_BATCH);
    assertThat(time.nanoTime()).isZero();

    throttle.setRate(MiningRate.PAUSED);
    assertThat(throttle.acquire()).isZero();
    assertThat(time.nanoTime()).isPositive();
  }

  private long hashesUntil(final HashRateThrottle throttle, final long untilNanos)
      throws InterruptedException {
    long hashes = 0;
    while (time.nanoTime() < untilNanos) {
      hashes += throttle.acquire();
    }
    return hashes;
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.chain.genesis.GenesisParser;
import io.twinchain.node.testsupport.TestGenesis;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SlotClockTest {

  private static final Instant GENESIS = Instant.ofEpochSecond(1_000);

  @Test
  void slotIsTheFloorOfElapsedTimeOverSlotLength() {
    final MutableTime time = new MutableTime(GENESIS);
    final SlotClock clock = new SlotClock(GENESIS, Duration.ofMillis(200), time);
    assertThat(clock.currentSlot()).isZero();
    time.advance(Duration.ofMillis(199));
    assertThat(clock.currentSlot()).isZero();
    time.advance(Duration.ofMillis(1));
    assertThat(clock.currentSlot()).isEqualTo(1);
    time.advance(Duration.ofMillis(200 * 299 + 150));
    assertThat(clock.currentSlot()).isEqualTo(300);
    assertThat(clock.startOf(300)).isEqualTo(GENESIS.plusMillis(60_000));
    assertThat(clock.untilStartOf(301)).isEqualTo(Duration.ofMillis(50));
  }

  @Test
  void timesBeforeGenesisBelongToSlotZero() {
    final SlotClock clock =
        new SlotClock(GENESIS, Duration.ofSeconds(1), new MutableTime(Instant.EPOCH));
    assertThat(clock.currentSlot()).isZero();
    assertThat(clock.slotAt(GENESIS.minusMillis(1))).isZero();
  }

  @Test
  void slotLengthComesFromTheOptionElseTheGenesisBlockPeriod() {
    final var genesis = GenesisParser.parse(TestGenesis.JSON);
    final MutableTime time = new MutableTime(Instant.ofEpochSecond(12));
    assertThat(SlotClock.of(genesis, Optional.empty(), time).slotLength())
        .isEqualTo(Duration.ofSeconds(5));
    assertThat(SlotClock.of(genesis, Optional.empty(), time).currentSlot()).isEqualTo(2);
    assertThat(SlotClock.of(genesis, Optional.of(Duration.ofMillis(200)), time).currentSlot())
        .isEqualTo(60);
  }

  @Test
  void refusesSlotsShorterThanAMillisecond() {
    assertThatThrownBy(() -> new SlotClock(GENESIS, Duration.ZERO, new MutableTime(GENESIS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 ms");
  }

  @Test
  void schedulerRunsConsecutiveSlotsOnTheRealClock() throws InterruptedException {
    final SlotClock clock =
        new SlotClock(Instant.now(), Duration.ofMillis(20), java.time.Clock.systemUTC());
    final List<Long> slots = new ArrayList<>();
    final CountDownLatch five = new CountDownLatch(5);
    try (SlotScheduler scheduler =
        new SlotScheduler(
            "test-slots",
            clock,
            Duration.ofMillis(5),
            slot -> {
              synchronized (slots) {
                slots.add(slot);
              }
              five.countDown();
            })) {
      scheduler.start();
      assertThat(five.await(10, TimeUnit.SECONDS)).isTrue();
    }
    synchronized (slots) {
      for (int i = 1; i < slots.size(); i++) {
        assertThat(slots.get(i)).isGreaterThan(slots.get(i - 1));
      }
    }
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.chain.genesis.GenesisConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/**
 * The time slot every node agrees on: slot = ⌊(now − genesis timestamp) / slot length⌋. Controller
 * decisions, workload reports, work receipts and twin anchors all name their slot by this clock.
 * Times before genesis belong to slot 0. Assumption A-CTRL-LIVE-SLOT-CLOCK.
 */
public final class SlotClock {

  private final long genesisMillis;
  private final long slotMillis;
  private final InstantSource time;

  /**
   * @param genesis the instant slot 0 starts
   * @param slotLength the length of every slot (at least 1 ms)
   * @param time the node's clock
   */
  public SlotClock(final Instant genesis, final Duration slotLength, final InstantSource time) {
    if (slotLength.toMillis() < 1) {
      throw new IllegalArgumentException("slot length must be at least 1 ms, got " + slotLength);
    }
    this.genesisMillis = genesis.toEpochMilli();
    this.slotMillis = slotLength.toMillis();
    this.time = time;
  }

  /**
   * The clock of a chain: slot 0 starts at the genesis timestamp; the slot length is {@code
   * slotLength} when given, else the genesis block period.
   */
  public static SlotClock of(
      final GenesisConfig genesis, final Optional<Duration> slotLength, final InstantSource time) {
    return new SlotClock(
        Instant.ofEpochSecond(genesis.timestamp()),
        slotLength.orElse(Duration.ofSeconds(genesis.consensus().blockPeriodSeconds())),
        time);
  }

  /** The slot now. */
  public long currentSlot() {
    return slotAt(now());
  }

  /** The node's current time, as this clock reads it. */
  public Instant now() {
    return time.instant();
  }

  /** The slot {@code instant} falls in. */
  public long slotAt(final Instant instant) {
    return Math.max(0, Math.floorDiv(instant.toEpochMilli() - genesisMillis, slotMillis));
  }

  /** When {@code slot} starts. */
  public Instant startOf(final long slot) {
    return Instant.ofEpochMilli(genesisMillis + slot * slotMillis);
  }

  /** Time from now until {@code slot} starts (zero or negative once it has). */
  public Duration untilStartOf(final long slot) {
    return Duration.between(now(), startOf(slot));
  }

  /** The length of every slot. */
  public Duration slotLength() {
    return Duration.ofMillis(slotMillis);
  }
}

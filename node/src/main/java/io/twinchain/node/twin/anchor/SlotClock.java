/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.anchor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slots of fixed length counted from the genesis timestamp: slot {@code s} is {@code [genesis + s *
 * length, genesis + (s + 1) * length)}. Twin anchoring's own clock; the shared slot clock of the
 * controller can replace it behind the same two methods.
 */
public final class SlotClock {

  private final Instant genesis;
  private final Duration length;
  private final Clock clock;

  /**
   * @param genesis the start of slot 0
   * @param length slot length, positive
   * @param clock the time source
   */
  public SlotClock(final Instant genesis, final Duration length, final Clock clock) {
    if (length.isZero() || length.isNegative()) {
      throw new IllegalArgumentException("slot length must be positive, got " + length);
    }
    this.genesis = genesis;
    this.length = length;
    this.clock = clock;
  }

  /** The slot running now (0 before genesis). */
  public long currentSlot() {
    final Duration since = Duration.between(genesis, clock.instant());
    return since.isNegative() ? 0 : since.toMillis() / length.toMillis();
  }

  /** How long until the next slot starts. */
  public Duration untilNextSlot() {
    final Instant next = genesis.plus(length.multipliedBy(currentSlot() + 1));
    final Duration wait = Duration.between(clock.instant(), next);
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  /** The slot length. */
  public Duration length() {
    return length;
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a task once per slot, {@code offset} after the slot starts, on one thread of its own. Each
 * run is timed from the slot clock, not from the previous run, so delays do not accumulate; a run
 * that overshoots a whole slot skips the missed slots rather than queueing them.
 */
public final class SlotScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SlotScheduler.class);

  private final SlotClock clock;
  private final Duration offset;
  private final LongConsumer task;
  private final ScheduledExecutorService executor;
  private volatile boolean closed;

  /**
   * @param name thread name, for logs
   * @param clock the shared slot clock
   * @param offset how long after each slot start to run (less than a slot)
   * @param task called with the slot number
   */
  public SlotScheduler(
      final String name, final SlotClock clock, final Duration offset, final LongConsumer task) {
    if (offset.isNegative() || offset.compareTo(clock.slotLength()) >= 0) {
      throw new IllegalArgumentException("offset must lie within a slot, got " + offset);
    }
    this.clock = clock;
    this.offset = offset;
    this.task = task;
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> Thread.ofPlatform().daemon().name(name).unstarted(runnable));
  }

  /** Schedules the first run: the first slot whose start plus offset is not yet past. */
  public void start() {
    scheduleAfter(clock.slotAt(clock.now().minus(offset)));
  }

  private void scheduleAfter(final long previous) {
    if (closed) {
      return;
    }
    final long slot = Math.max(previous + 1, clock.slotAt(clock.now().minus(offset)) + 1);
    final long delayMillis = Math.max(0, clock.untilStartOf(slot).plus(offset).toMillis());
    executor.schedule(() -> run(slot), delayMillis, TimeUnit.MILLISECONDS);
  }

  private void run(final long slot) {
    try {
      task.accept(slot);
    } catch (RuntimeException e) {
      LOG.warn("slot task failed in slot {}", slot, e);
    }
    scheduleAfter(slot);
  }

  @Override
  public void close() {
    closed = true;
    executor.shutdownNow();
  }
}

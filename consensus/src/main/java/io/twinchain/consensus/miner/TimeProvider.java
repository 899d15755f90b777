/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.miner;

import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * Time as the miner sees it, injected so tests run on a simulated clock (after Teku's {@code
 * TimeProvider}).
 */
public interface TimeProvider {

  /** A monotonic reading in nanoseconds, for pacing. */
  long nanoTime();

  /** Wall-clock Unix time in seconds, for block timestamps. */
  long epochSeconds();

  /** Pauses the calling thread for about {@code nanos} nanoseconds. */
  void sleepNanos(long nanos) throws InterruptedException;

  /** The system clock. */
  static TimeProvider system() {
    return new TimeProvider() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public long epochSeconds() {
        return Instant.now().getEpochSecond();
      }

      @Override
      public void sleepNanos(final long nanos) throws InterruptedException {
        LockSupport.parkNanos(nanos);
        if (Thread.interrupted()) {
          throw new InterruptedException("interrupted while pacing the miner");
        }
      }
    };
  }
}

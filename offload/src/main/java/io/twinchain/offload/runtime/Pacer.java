/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import java.util.concurrent.locks.LockSupport;

/** Time source and idle wait of the {@link ThrottledExecutor}; a port so tests control time. */
public interface Pacer {

  /** The real clock: {@link System#nanoTime()} and {@link LockSupport#parkNanos}. */
  Pacer SYSTEM =
      new Pacer() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void idleUntil(final long deadlineNanos) {
          for (long left = deadlineNanos - System.nanoTime();
              left > 0;
              left = deadlineNanos - System.nanoTime()) {
            LockSupport.parkNanos(left);
          }
        }
      };

  /** Monotonic time in nanoseconds. */
  long nanoTime();

  /** Returns once {@link #nanoTime()} has reached {@code deadlineNanos}, without using the CPU. */
  void idleUntil(long deadlineNanos);
}

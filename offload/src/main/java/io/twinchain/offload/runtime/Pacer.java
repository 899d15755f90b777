/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.locks.LockSupport;

/**
 * Time source, CPU clock and idle wait of the {@link ThrottledExecutor}; a port so tests control
 * time.
 */
public interface Pacer {

  /**
   * The real clocks: {@link System#nanoTime()}, the calling thread's CPU time and {@link
   * LockSupport#parkNanos}.
   */
  Pacer SYSTEM =
      new Pacer() {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public long threadCpuNanos() {
          return threads.isCurrentThreadCpuTimeSupported()
              ? threads.getCurrentThreadCpuTime()
              : System.nanoTime();
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

  /**
   * CPU time the calling thread has used, in nanoseconds: unlike {@link #nanoTime()} it does not
   * advance while the thread waits for a core another process holds.
   */
  long threadCpuNanos();

  /** Returns once {@link #nanoTime()} has reached {@code deadlineNanos}, without using the CPU. */
  void idleUntil(long deadlineNanos);
}

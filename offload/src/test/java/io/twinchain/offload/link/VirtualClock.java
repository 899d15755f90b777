/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import io.twinchain.offload.runtime.Pacer;

/** A clock that only moves when someone idles, so pacing is checked without real waiting. */
final class VirtualClock implements Pacer {
  private long now;

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized void idleUntil(final long deadlineNanos) {
    now = Math.max(now, deadlineNanos);
  }

  synchronized void advance(final long nanos) {
    now += nanos;
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Acknowledges a publish whose device messages were spread over several writer lanes only when the
 * last of those lanes has committed its part: a gateway batch is acknowledged once, after all of it
 * is durable.
 */
final class PartAcknowledgement implements Runnable {

  private final AtomicInteger remaining;
  private final Runnable acknowledge;

  PartAcknowledgement(final int parts, final Runnable acknowledge) {
    this.remaining = new AtomicInteger(parts);
    this.acknowledge = acknowledge;
  }

  @Override
  public void run() {
    if (remaining.decrementAndGet() == 0) {
      acknowledge.run();
    }
  }
}

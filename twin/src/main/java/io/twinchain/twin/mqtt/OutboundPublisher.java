/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.mqtt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes to devices from one thread in order, so the twin writer never waits for the broker.
 * When the client has too many publishes in flight (the broker's receive maximum), it waits and
 * retries rather than dropping a delta.
 */
final class OutboundPublisher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OutboundPublisher.class);
  private static final int MAX_ATTEMPTS = 5_000;

  /** One publish attempt of the underlying client. */
  @FunctionalInterface
  interface Attempt {
    void publish(String topic, byte[] payload, boolean retained) throws Exception;
  }

  private final Attempt attempt;
  private final Predicate<Exception> inFlightFull;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("twin-outbound").daemon().factory());

  OutboundPublisher(final Attempt attempt, final Predicate<Exception> inFlightFull) {
    this.attempt = attempt;
    this.inFlightFull = inFlightFull;
  }

  void publish(final String topic, final byte[] payload, final boolean retained) {
    executor.execute(() -> publishNow(topic, payload, retained));
  }

  private void publishNow(final String topic, final byte[] payload, final boolean retained) {
    for (int tries = 1; tries <= MAX_ATTEMPTS; tries++) {
      try {
        attempt.publish(topic, payload, retained);
        return;
      } catch (Exception e) {
        if (!inFlightFull.test(e)) {
          LOG.warn("Could not publish to {}: {}", topic, e.getMessage());
          return;
        }
        sleepBriefly();
      }
    }
    LOG.warn("Gave up publishing to {}: broker did not acknowledge earlier publishes", topic);
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

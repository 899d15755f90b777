/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.sim;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A running simulator: its broker connection and the timer publishing one round per interval. */
public final class SimulatorRun implements AutoCloseable {
  private final SimulatorMqtt mqtt;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "simulator"));

  private SimulatorRun(final SimulatorMqtt mqtt) {
    this.mqtt = mqtt;
  }

  /** Connects to {@code brokerUrl} and publishes a round of {@code simulator} every interval. */
  public static SimulatorRun start(
      final DeviceSimulator simulator, final String brokerUrl, final Duration interval) {
    final SimulatorRun run =
        new SimulatorRun(
            new SimulatorMqtt(brokerUrl, "twinchain-devnet-simulator", simulator::onFault));
    run.timer.scheduleWithFixedDelay(
        () -> simulator.publishRound(run.mqtt), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    return run;
  }

  /** Whether the broker connection is up. */
  public boolean connected() {
    return mqtt.connected();
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    mqtt.close();
  }
}

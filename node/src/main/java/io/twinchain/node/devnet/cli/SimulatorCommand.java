/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.cli;

import io.twinchain.node.devnet.DevnetLayout;
import io.twinchain.node.devnet.DevnetProcess;
import io.twinchain.node.devnet.sim.DeviceSimulator;
import io.twinchain.node.devnet.sim.SimulatorRun;
import io.twinchain.node.metrics.MetricsHttpServer;
import io.twinchain.node.metrics.PrometheusMetricsSystem;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code devnet simulator} (started by {@code up}): the layout's machines publishing to their
 * gateways through the devnet broker, with metrics and {@code /readiness} (connected to the
 * broker).
 */
@Command(name = "simulator", hidden = true, description = "Run the devnet's device simulator.")
public final class SimulatorCommand implements Callable<Integer> {
  @Mixin private DataPathOption data;

  @Option(
      names = "--interval-ms",
      paramLabel = "MS",
      defaultValue = "2000",
      description = "Time between two windows of one machine (default: ${DEFAULT-VALUE}).")
  private long intervalMs;

  @Override
  public Integer call() throws IOException, InterruptedException {
    final DevnetLayout layout = data.layout();
    final DevnetProcess process = layout.process("simulator").orElseThrow();
    final PrometheusMetricsSystem metrics = new PrometheusMetricsSystem();
    final DeviceSimulator simulator =
        new DeviceSimulator(layout.gatewayNames(), layout.devices(), metrics);
    final SimulatorRun run =
        SimulatorRun.start(simulator, layout.mqttUrl(), Duration.ofMillis(intervalMs));
    final Vertx vertx = Vertx.vertx();
    final MetricsHttpServer server =
        new MetricsHttpServer(
            vertx,
            metrics,
            () -> run.connected() ? Optional.empty() : Optional.of("not connected to the broker"));
    server.start(layout.host(), process.healthPort()).await();
    final CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  run.close();
                  server.stop().await();
                  vertx.close().await();
                  stopped.countDown();
                },
                "simulator-shutdown"));
    stopped.await();
    return 0;
  }
}

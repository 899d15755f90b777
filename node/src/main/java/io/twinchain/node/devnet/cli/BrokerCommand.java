/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.cli;

import io.twinchain.node.devnet.DevnetLayout;
import io.twinchain.node.devnet.DevnetProcess;
import io.twinchain.node.devnet.explorer.ExplorerServer;
import io.twinchain.twin.broker.EmbeddedHiveMqBroker;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code devnet broker} (started by {@code up}): the embedded HiveMQ CE broker in its own process,
 * so that any gateway can be killed without taking MQTT down, plus the explorer page. Devices
 * connect anonymously: device authentication is for real deployments (docs/twin.md).
 */
@Command(name = "broker", hidden = true, description = "Run the devnet's MQTT broker and explorer.")
public final class BrokerCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private DataPathOption data;

  @Override
  public Integer call() throws IOException, InterruptedException {
    final DevnetLayout layout = data.layout();
    final DevnetProcess process = layout.process("broker").orElseThrow();
    final EmbeddedHiveMqBroker broker =
        EmbeddedHiveMqBroker.start(
            layout.dataDir().resolve("broker"),
            layout.host(),
            process.port("mqtt"),
            Optional.empty(),
            Optional.empty());
    final Vertx vertx = Vertx.vertx();
    final ExplorerServer explorer = new ExplorerServer(vertx, layout, () -> true);
    explorer.start(layout.host(), process.port("explorer")).await();
    final CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  explorer.stop().await();
                  vertx.close().await();
                  broker.close();
                  stopped.countDown();
                },
                "broker-shutdown"));
    final PrintWriter out = spec.commandLine().getOut();
    out.println("MQTT broker on " + broker.url() + ", explorer on " + layout.explorerUrl());
    out.flush();
    stopped.await();
    return 0;
  }
}

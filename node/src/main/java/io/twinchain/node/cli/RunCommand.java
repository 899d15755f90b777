/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli;

import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.genesis.GenesisParser;
import io.twinchain.node.app.NodeConfiguration;
import io.twinchain.node.app.NodeRole;
import io.twinchain.node.app.TwinchainNode;
import io.twinchain.node.cli.options.ControllerOptions;
import io.twinchain.node.cli.options.DataOptions;
import io.twinchain.node.cli.options.MetricsOptions;
import io.twinchain.node.cli.options.MinerOptions;
import io.twinchain.node.cli.options.MqttOptions;
import io.twinchain.node.cli.options.OffloadOptions;
import io.twinchain.node.cli.options.P2POptions;
import io.twinchain.node.cli.options.PermissionsOptions;
import io.twinchain.node.cli.options.RpcOptions;
import io.twinchain.node.cli.options.TransactionPoolOptions;
import io.twinchain.node.cli.options.TwinOptions;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.keys.NodeKeyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code twinchain run}: starts a node and runs until SIGINT/SIGTERM. */
@Command(
    name = "run",
    description = "Run a node (options may also come from --config and TWINCHAIN_* variables).")
final class RunCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "TOML config file whose keys are option names without dashes.")
  private Optional<Path> config = Optional.empty();

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      description = "gateway, ap or observer (default: ${DEFAULT-VALUE}).",
      defaultValue = "observer")
  private NodeRole role;

  @Mixin private DataOptions data;
  @Mixin private P2POptions p2p;
  @Mixin private RpcOptions rpc;
  @Mixin private MetricsOptions metrics;
  @Mixin private PermissionsOptions permissions;
  @Mixin private MqttOptions mqtt;
  @Mixin private TransactionPoolOptions transactionPool;
  @Mixin private MinerOptions miner;
  @Mixin private TwinOptions twin;
  @Mixin private OffloadOptions offload;
  @Mixin private ControllerOptions controller;

  @Override
  public Integer call() throws IOException, InterruptedException {
    final NodeConfiguration configuration = configuration();
    final NodeKey key = loadOrCreateKey(configuration.nodeKeyFile());
    final GenesisConfig genesis = GenesisParser.parse(configuration.genesisFile());
    final CountDownLatch stopped = new CountDownLatch(1);
    final TwinchainNode node = new TwinchainNode(configuration, key, genesis);
    // The hook closes the node itself: the JVM waits for hooks, not for this thread.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  node.close();
                  stopped.countDown();
                },
                "twinchain-shutdown"));
    node.start();
    spec.commandLine().getOut().println("enode: " + node.enode());
    spec.commandLine().getOut().flush();
    stopped.await();
    return 0;
  }

  NodeConfiguration configuration() {
    final Path dataPath = data.dataPath();
    return new NodeConfiguration(
        role,
        dataPath,
        data.nodeKeyFile(),
        data.genesisFile(),
        permissions.file(dataPath),
        p2p.toConfig(spec),
        p2p.bootnodes(),
        rpc.http(spec),
        rpc.ws(spec),
        rpc.apis(spec),
        rpc.maxBatchSize(spec),
        metrics.address(spec),
        mqtt.brokerUrl(spec),
        transactionPool.config(spec),
        miner.settings(spec),
        twin.toConfig(spec, mqtt.brokerUrl(spec)),
        offload.toConfig(spec),
        controller.toConfig(spec));
  }

  private static NodeKey loadOrCreateKey(final Path file) throws IOException {
    return Files.exists(file)
        ? NodeKeyFile.load(file)
        : NodeKeyFile.generate(file, new SecureRandom());
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload;

import io.twinchain.node.controller.ControllerSetups;
import io.twinchain.node.offload.ap.TailService;
import io.twinchain.node.offload.gateway.Assignment;
import io.twinchain.node.offload.gateway.GatewayOffloadService;
import io.twinchain.node.offload.gateway.LinkPacing;
import io.twinchain.node.offload.gateway.OffloadClient;
import io.twinchain.node.offload.gateway.PartitionHistory;
import io.twinchain.node.offload.gateway.PartitionPlan;
import io.twinchain.node.offload.gateway.SlotLoopPorts;
import io.twinchain.node.offload.gateway.TwinCommands;
import io.twinchain.node.p2p.RequestResponseChannel;
import io.twinchain.offload.link.RateSource;
import io.twinchain.offload.link.RateTrace;
import io.twinchain.offload.link.ThroughputEstimator;
import io.twinchain.offload.runtime.Pacer;
import io.twinchain.offload.runtime.ThrottledExecutor;
import io.twinchain.offload.zoo.ModelZoo;
import io.twinchain.twin.store.TwinStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offload runtime of one node, by role: an AP serves tails ({@link #startAp}), a gateway runs
 * heads for its twins ({@link #startGateway}); both expose the zoo and the partition history to
 * {@code dnn_*} JSON-RPC. Close it to stop whatever was started.
 */
public final class OffloadNodeServices implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OffloadNodeServices.class);

  private final OffloadConfig config;
  private final ModelRuntimes runtimes;
  private final PartitionHistory history;
  private final List<AutoCloseable> started = new ArrayList<>();
  private Optional<TailService> tails = Optional.empty();
  private Optional<GatewayOffloadService> gateway = Optional.empty();

  /** Opens the zoo of {@code config}; nothing runs until a start method is called. */
  public OffloadNodeServices(final OffloadConfig config) {
    this.config = config;
    this.runtimes = new ModelRuntimes(openZoo(config.zoo()));
    this.history = new PartitionHistory(config.historySlots());
  }

  /**
   * The zoo in {@code directory}; a node started elsewhere than the repository root without {@code
   * --offload-zoo} gets an empty zoo (and says so), so observers start anywhere.
   */
  private static ModelZoo openZoo(final Path directory) {
    if (!Files.isDirectory(directory)) {
      LOG.warn("No model zoo at {}; DNN offload has no models (set --offload-zoo)", directory);
      return ModelZoo.empty();
    }
    try {
      return ModelZoo.open(directory);
    } catch (final IOException e) {
      throw new UncheckedIOException("cannot open the model zoo " + directory, e);
    }
  }

  /**
   * AP role: serves tail requests on {@code channel} under the configured inference share, once the
   * tails of every cut are warm ({@link SessionWarmup}).
   */
  public TailService startAp(final RequestResponseChannel channel) {
    new SessionWarmup(runtimes, config.modelId()).tails();
    final ThrottledExecutor executor = new ThrottledExecutor();
    executor.setShare(config.inferenceShare());
    final TailService service = new TailService(runtimes, executor);
    service.register(channel);
    started.add(service);
    tails = Optional.of(service);
    return service;
  }

  /**
   * Gateway role: classifies the twins of {@code store} once per slot of the ports' clock,
   * offloading over {@code channel} to APs with a share, and writes conditions through {@code
   * twins}. Heads run throttled to the gateway's modelled CPU ({@link
   * ControllerSetups#gatewayHeadShare()}), once every head is warm ({@link SessionWarmup}).
   */
  public GatewayOffloadService startGateway(
      final RequestResponseChannel channel,
      final TwinStore store,
      final TwinCommands twins,
      final SlotLoopPorts ports) {
    new SessionWarmup(runtimes, config.modelId()).heads();
    final ThrottledExecutor heads = new ThrottledExecutor();
    heads.setShare(ControllerSetups.gatewayHeadShare());
    started.add(heads);
    final OffloadClient client =
        new OffloadClient(
            runtimes,
            channel,
            pacing(),
            new ThroughputEstimator(),
            Duration.ofSeconds(30),
            Optional.of(heads));
    final PartitionPlan plan =
        new PartitionPlan(
            config.ap().map(ap -> new Assignment(config.modelId(), config.cut(), ap)));
    final GatewayOffloadService service =
        new GatewayOffloadService(store, twins, plan, client, history, ports);
    service.start();
    started.add(service);
    gateway = Optional.of(service);
    return service;
  }

  private LinkPacing pacing() {
    final Optional<RateSource> rates =
        config
            .rateTrace()
            .<RateSource>map(OffloadNodeServices::readTrace)
            .or(() -> config.linkRateBitsPerSecond().map(rate -> () -> rate));
    return rates.map(source -> LinkPacing.modelled(source, Pacer.SYSTEM)).orElse(LinkPacing.real());
  }

  private static RateTrace readTrace(final Path file) {
    try {
      return RateTrace.read(file);
    } catch (final IOException e) {
      throw new UncheckedIOException("cannot read rate trace " + file, e);
    }
  }

  /** The models, for {@code dnn_getModels}. */
  public ModelZoo zoo() {
    return runtimes.zoo();
  }

  /** The partitions used, for {@code dnn_getPartition}. */
  public PartitionHistory history() {
    return history;
  }

  /** The AP's tail service, once started (the controller sets its share). */
  public Optional<TailService> tails() {
    return tails;
  }

  /** The gateway's loop, once started (the controller sets its plan). */
  public Optional<GatewayOffloadService> gateway() {
    return gateway;
  }

  @Override
  public void close() {
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (final Exception e) {
        throw new IllegalStateException("offload service did not stop", e);
      }
    }
    runtimes.close();
  }
}

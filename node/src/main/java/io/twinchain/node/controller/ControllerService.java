/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.consensus.schedule.ConsensusConfig;
import io.twinchain.contracts.genesis.SystemContract;
import io.twinchain.contracts.receipts.WorkReceiptSigner;
import io.twinchain.node.keys.NodeId;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.metrics.MetricCategory;
import io.twinchain.node.metrics.MetricsSystem;
import io.twinchain.node.p2p.RequestResponseChannel;
import io.twinchain.offload.controller.QueueState;
import io.twinchain.offload.zoo.ModelZoo;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.crypto.Credentials;

/**
 * The closed loop on one node, wired from its {@link ControllerConfig} and {@link ControllerPorts}:
 * every node follows signed decisions (applying what it has: cuts on a gateway, f^I and f^B on an
 * AP); the configured controller node also decides; a gateway with a workload source reports it,
 * and with a pool receipts its AP's work. Slot offsets: reports at the slot start, receipts at 10%,
 * the decision at 30%, the staleness check at 90% (A-CTRL-LIVE-TIMING).
 */
public final class ControllerService implements ControllerQueries, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ControllerService.class);

  private final SlotClock clock;
  private final ControllerStatus status = new ControllerStatus();
  private final String role;
  private final DecisionFollower follower;
  private final Optional<ControllerRole> controller;
  private final Optional<WorkReceiptReporter> receipts;
  private final List<SlotScheduler> schedulers = new ArrayList<>();

  /**
   * @param config the loop's settings; its controller must be present
   * @param nodeRole this node's role label, shown when it is not the controller
   * @param zoo the node's model zoo, where a controller model that is not built in is found
   */
  public ControllerService(
      final ControllerConfig config,
      final String nodeRole,
      final NodeKey key,
      final GenesisConfig genesis,
      final RequestResponseChannel channel,
      final ControllerPorts ports,
      final MetricsSystem metrics,
      final ModelZoo zoo) {
    final NodeId controllerId = config.controller().orElseThrow();
    this.clock = SlotClock.of(genesis, config.slotLength(), Clock.systemUTC());
    if (!clock.slotLength().equals(Duration.ofSeconds(genesis.consensus().blockPeriodSeconds()))) {
      LOG.warn(
          "Slot length {} is not the genesis block period: block slots (A-CONS-HEADER-SLOT) and"
              + " controller slots will differ, and reputation stakes lag or decay",
          clock.slotLength());
    }
    final boolean decides = controllerId.equals(key.nodeId());
    this.role = decides ? "controller" : nodeRole;
    final Optional<ContractTransactions> transactions =
        ports
            .pool()
            .map(
                pool ->
                    new ContractTransactions(
                        pool,
                        Credentials.create(key.privateKeyHex()),
                        genesis.chainId(),
                        BigInteger.ZERO));
    this.receipts =
        transactions
            .filter(t -> ports.cuts().isPresent())
            .map(
                t ->
                    new WorkReceiptReporter(
                        t,
                        new WorkReceiptSigner(
                            genesis.chainId(), SystemContract.WORK_RECEIPTS.address()),
                        Credentials.create(key.privateKeyHex()),
                        status));
    this.follower =
        new DecisionFollower(controllerId, clock, status, appliers(ports, genesis, key));
    follower.register(channel);
    this.controller =
        decides
            ? Optional.of(
                new ControllerRole(
                    ControllerSetups.fromGenesis(genesis, config, zoo),
                    key,
                    new DecisionPublisher(channel, ports.peers(), follower, clock.slotLength()),
                    transactions.map(ControllerLogRecorder::new)))
            : Optional.empty();
    controller.ifPresent(c -> c.register(channel));
    ports
        .workload()
        .ifPresent(
            source -> {
              final GatewayReporter reporter =
                  new GatewayReporter(
                      controller
                          .<GatewayReporter.Delivery>map(role -> local(role, key.nodeId()))
                          .orElseGet(
                              () ->
                                  GatewayReporter.overP2P(
                                      channel, controllerId, clock.slotLength())),
                      source);
              schedule("ctrl-report", 0, reporter::onSlot);
            });
    receipts.ifPresent(r -> schedule("ctrl-receipts", 10, r::onSlot));
    controller.ifPresent(c -> schedule("ctrl-decide", 30, c::onSlot));
    schedule("ctrl-staleness", 90, follower::onSlot);
    metrics.gauge(
        MetricCategory.CONTROLLER,
        "stale_slots",
        "Slots since the last decision, 0 while fresh",
        () ->
            status.staleSince().isPresent()
                ? clock.currentSlot() - status.staleSince().getAsLong() + 1
                : 0);
    metrics.gauge(
        MetricCategory.CONTROLLER,
        "decision_slot",
        "Slot of the newest decision accepted",
        () -> status.latest().map(s -> s.decision().slot()).orElse(-1L));
  }

  private static GatewayReporter.Delivery local(final ControllerRole role, final NodeId self) {
    return report -> {
      try {
        role.receive(self, report);
        return CompletableFuture.completedFuture(null);
      } catch (ControllerMessageException e) {
        return CompletableFuture.failedFuture(e);
      }
    };
  }

  /** The loop on this node, or empty when {@code config} names no controller. */
  public static Optional<ControllerService> ifEnabled(
      final ControllerConfig config,
      final String nodeRole,
      final NodeKey key,
      final GenesisConfig genesis,
      final RequestResponseChannel channel,
      final MetricsSystem metrics,
      final ControllerPorts ports,
      final ModelZoo zoo) {
    return config.controller().isPresent()
        ? Optional.of(
            new ControllerService(config, nodeRole, key, genesis, channel, ports, metrics, zoo))
        : Optional.empty();
  }

  private static List<DecisionApplier> appliers(
      final ControllerPorts ports, final GenesisConfig genesis, final NodeKey key) {
    final List<DecisionApplier> appliers = new ArrayList<>();
    ports.cuts().ifPresent(sink -> appliers.add(new GatewayCutApplier(ports.twins(), sink)));
    if (ports.miner().isPresent() || ports.inferenceShare().isPresent()) {
      appliers.add(
          new ApAllocationApplier(
              key.address(),
              ports.inferenceShare().orElse(share -> {}),
              ports.miner().orElse(rate -> {}),
              ConsensusConfig.fromGenesis(genesis).cyclesPerHash()));
    }
    return appliers;
  }

  private void schedule(final String name, final int percent, final LongConsumer task) {
    schedulers.add(
        new SlotScheduler(
            name, clock, Duration.ofMillis(clock.slotLength().toMillis() * percent / 100), task));
  }

  /** Starts the slot ticks. */
  public void start() {
    schedulers.forEach(SlotScheduler::start);
  }

  /** Where the gateway's offload loop reports AP work for receipts (gateways with a pool). */
  public Optional<WorkReceiptReporter> receipts() {
    return receipts;
  }

  /** The shared slot clock. */
  public SlotClock clock() {
    return clock;
  }

  @Override
  public String role() {
    return role;
  }

  @Override
  public long currentSlot() {
    return clock.currentSlot();
  }

  @Override
  public ControllerStatus status() {
    return status;
  }

  @Override
  public Optional<QueueState> controllerState() {
    return controller.map(c -> c.maker().state());
  }

  @Override
  public void close() {
    schedulers.forEach(SlotScheduler::close);
  }
}

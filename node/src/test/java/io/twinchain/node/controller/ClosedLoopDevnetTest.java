/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import static io.twinchain.node.controller.ControllerFixtures.APS;
import static io.twinchain.node.controller.ControllerFixtures.CONTROLLER;
import static io.twinchain.node.controller.ControllerFixtures.GATEWAY_A;
import static io.twinchain.node.controller.ControllerFixtures.GATEWAY_B;
import static io.twinchain.node.controller.ControllerFixtures.TWINS;
import static io.twinchain.node.testsupport.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.twinchain.chain.types.Addresses;
import io.twinchain.consensus.miner.MiningRate;
import io.twinchain.contracts.devchain.DevChain;
import io.twinchain.contracts.devchain.DevChainConfig;
import io.twinchain.contracts.devchain.rpc.DevChainWeb3jService;
import io.twinchain.contracts.generated.ControllerLog;
import io.twinchain.contracts.generated.ReputationRegistry;
import io.twinchain.contracts.genesis.SystemContract;
import io.twinchain.contracts.genesis.SystemContractsConfig;
import io.twinchain.contracts.receipts.WorkReceiptSigner;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.p2p.RequestResponseChannel;
import io.twinchain.node.p2p.TestPeer;
import io.twinchain.offload.runtime.ThrottledExecutor;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.gas.DefaultGasProvider;

/**
 * The closed loop on six in-process nodes over real P2P (mutual TLS, allowlists): a controller, two
 * gateways and three APs on one slot clock of 100 ms. Gateways report workloads, the controller
 * runs DPRA, signs, publishes and records every decision in ControllerLog; gateways apply cuts and
 * receipt their AP's work to WorkReceipts; APs apply f^I to a real ThrottledExecutor and f^B/ω as
 * their mining rate. Transactions execute on the contracts module's dev chain (real EVM, genesis
 * system contracts) standing in for the pool and ledger.
 */
class ClosedLoopDevnetTest {

  private static final long CHAIN_ID = 2026;
  private static final int SLOTS = 300;
  private static final Duration SLOT = Duration.ofMillis(100);

  @TempDir Path dir;

  private final Map<String, Map<Long, Integer>> cutsApplied = new ConcurrentHashMap<>();
  private final List<AutoCloseable> closing = new ArrayList<>();

  @Test
  void decisionsAreFollowedRecordedAndReceiptsMoveReputation() throws Exception {
    final DevChain chain = DevChain.inMemory(devChainConfig());
    final DevChainSink sink = new DevChainSink(chain);
    final SlotClock clock = new SlotClock(Instant.now(), SLOT, Clock.systemUTC());
    final List<TestPeer> peers = new ArrayList<>();
    for (final NodeKey key : allKeys()) {
      peers.add(new TestPeer(key, dir.resolve(key.nodeId().shortId()), CHAIN_ID));
    }
    for (int i = 0; i < peers.size(); i++) {
      for (int j = i + 1; j < peers.size(); j++) {
        peers.get(i).dialMutuallyAllowed(peers.get(j));
      }
    }
    await("full mesh", () -> peers.stream().allMatch(p -> p.network.peers().size() == 5));
    final List<RequestResponseChannel> channels =
        peers.stream().map(p -> new RequestResponseChannel(p.network)).toList();

    final ControllerSetup setup = ControllerFixtures.setup("dpra");
    final ControllerStatus controllerStatus = new ControllerStatus();
    final DecisionFollower own =
        new DecisionFollower(CONTROLLER.nodeId(), clock, controllerStatus, List.of());
    final ControllerRole role =
        new ControllerRole(
            setup,
            CONTROLLER,
            new DecisionPublisher(
                channels.get(0),
                () -> peers.get(0).network.peers().all().stream().map(p -> p.id()).toList(),
                own,
                Duration.ofSeconds(2)),
            java.util.Optional.of(new ControllerLogRecorder(transactions(sink, CONTROLLER))));
    role.register(channels.get(0));

    final List<ControllerStatus> gatewayStatus = new ArrayList<>();
    final SyntheticWorkload workload = new SyntheticWorkload(setup, 11);
    for (int m = 0; m < 2; m++) {
      gatewayStatus.add(startGateway(m, channels.get(1 + m), clock, sink, workload));
    }
    final List<ThrottledExecutor> executors = new ArrayList<>();
    final List<List<MiningRate>> miningRates = new ArrayList<>();
    final List<ControllerStatus> apStatus = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      final ThrottledExecutor executor = new ThrottledExecutor();
      final List<MiningRate> rates = java.util.Collections.synchronizedList(new ArrayList<>());
      final ControllerStatus status = new ControllerStatus();
      follow(
          "ap-" + k,
          channels.get(3 + k),
          clock,
          status,
          new ApAllocationApplier(APS.get(k).address(), executor::setShare, rates::add, 1000));
      executors.add(executor);
      miningRates.add(rates);
      apStatus.add(status);
      closing.add(executor);
    }
    final SlotScheduler controllerTicks = schedule("controller", clock, 30, role::onSlot);

    try {
      final Web3j web3j = Web3j.build(new DevChainWeb3jService(chain));
      final ControllerLog log =
          ControllerLog.load(
              SystemContract.CONTROLLER_LOG.address(),
              web3j,
              new ReadonlyTransactionManager(web3j, CONTROLLER.address()),
              new DefaultGasProvider());
      await(
          SLOTS + " decisions recorded", Duration.ofMinutes(3), () -> decisionCount(log) >= SLOTS);
      controllerTicks.close();
      final long lastDecided = controllerStatus.latest().orElseThrow().decision().slot();
      await(
          "APs notice the controller is gone",
          () -> apStatus.stream().allMatch(s -> s.staleSince().isPresent()));

      Thread.sleep(3 * SLOT.toMillis());
      int compared = 0;
      final java.util.Set<Double> sharesSeen = new java.util.HashSet<>();
      for (long t = 1; t <= lastDecided; t++) {
        final var recorded = log.decisionAt(BigInteger.valueOf(t)).send();
        if (recorded.component1().isEmpty()) {
          continue;
        }
        for (int n = 0; n < TWINS.size(); n++) {
          final Integer applied = cutsApplied.get(TWINS.get(n)).get(t);
          if (applied != null) {
            assertThat(applied)
                .as("cut of %s in slot %d", TWINS.get(n), t)
                .isEqualTo(recorded.component1().get(n).intValue());
            compared++;
          }
        }
        sharesSeen.add(recorded.component3().get(0).doubleValue() / 1e18);
      }
      final long recordedCount = decisionCount(log);
      System.out.printf(
          "closed loop: %d slots, %d decisions in ControllerLog, %d gateway cuts compared%n",
          lastDecided, recordedCount, compared);
      assertThat(compared).isGreaterThanOrEqualTo((int) recordedCount * TWINS.size() * 9 / 10);
      assertThat(sharesSeen).as("AP 0's f^I share moves").hasSizeGreaterThan(1);

      final SlotDecision last = controllerStatus.latest().orElseThrow().decision();
      for (int k = 0; k < 3; k++) {
        final ApAllocation a = last.aps().get(k);
        assertThat(executors.get(k).share()).isEqualTo(a.inferenceShare());
        assertThat(miningRates.get(k).getLast())
            .isEqualTo(MiningRate.fromFrequency(a.miningHz(), 1000));
        assertThat(apStatus.get(k).describe())
            .isEqualTo("stale decision since slot " + (lastDecided + 1));
      }
      assertThat(gatewayStatus).allSatisfy(s -> assertThat(s.latest()).isPresent());

      final ReputationRegistry registry =
          ReputationRegistry.load(
              SystemContract.REPUTATION_REGISTRY.address(),
              web3j,
              new ReadonlyTransactionManager(web3j, CONTROLLER.address()),
              new DefaultGasProvider());
      final double[] offChain = role.maker().state().reputations();
      for (int k = 0; k < 2; k++) {
        final double onChain =
            registry.reputationOf(APS.get(k).address()).send().doubleValue() / 1e18;
        assertThat(registry.checkpointCount(APS.get(k).address()).send().intValue())
            .isGreaterThan(SLOTS * 9 / 10);
        System.out.printf("AP %d: R on chain %.4f, controller %.4f%n", k, onChain, offChain[k]);
        assertThat(onChain)
            .as("R_%d on chain against the controller's", k)
            .isCloseTo(offChain[k], within(0.05));
      }
      assertThat(registry.reputationOf(APS.get(2).address()).send())
          .as("an AP with no gateway gets no receipts and keeps R_init")
          .isEqualTo(BigInteger.valueOf(SystemContractsConfig.DEFAULT_INITIAL_REPUTATION));
      web3j.shutdown();
    } finally {
      for (int i = closing.size() - 1; i >= 0; i--) {
        closing.get(i).close();
      }
      peers.forEach(TestPeer::close);
      chain.close();
    }
  }

  private static long decisionCount(final ControllerLog log) {
    try {
      return log.decisionCount().send().longValue();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ControllerStatus startGateway(
      final int m,
      final RequestResponseChannel channel,
      final SlotClock clock,
      final DevChainSink sink,
      final SyntheticWorkload workload) {
    final NodeKey key = m == 0 ? GATEWAY_A : GATEWAY_B;
    final ControllerStatus status = new ControllerStatus();
    final WorkReceiptReporter receipts =
        new WorkReceiptReporter(
            transactions(sink, key),
            new WorkReceiptSigner(CHAIN_ID, SystemContract.WORK_RECEIPTS.address()),
            Credentials.create(key.privateKeyHex()),
            status);
    final List<String> twins = workload.twinsOf(m);
    twins.forEach(t -> cutsApplied.put(t, new ConcurrentHashMap<>()));
    follow(
        "gateway-status-" + m,
        channel,
        clock,
        status,
        new GatewayCutApplier(
            twins,
            (twin, slot, cut) -> {
              cutsApplied.get(twin).put(slot, cut);
              receipts.completed(workload.work(twin, slot, cut));
            }));
    final GatewayReporter reporter =
        new GatewayReporter(channel, CONTROLLER.nodeId(), workload.of(m), Duration.ofSeconds(2));
    schedule("gateway-report-" + m, clock, 0, reporter::onSlot);
    schedule("gateway-receipts-" + m, clock, 10, receipts::onSlot);
    return status;
  }

  /** A follower of the controller with one applier, checking staleness at 90% of each slot. */
  private void follow(
      final String name,
      final RequestResponseChannel channel,
      final SlotClock clock,
      final ControllerStatus status,
      final DecisionApplier applier) {
    final DecisionFollower follower =
        new DecisionFollower(CONTROLLER.nodeId(), clock, status, List.of(applier));
    follower.register(channel);
    schedule(name, clock, 90, follower::onSlot);
  }

  private SlotScheduler schedule(
      final String name,
      final SlotClock clock,
      final long offsetMillis,
      final java.util.function.LongConsumer task) {
    final SlotScheduler scheduler =
        new SlotScheduler(name, clock, Duration.ofMillis(offsetMillis), task);
    scheduler.start();
    closing.add(scheduler);
    return scheduler;
  }

  private static ContractTransactions transactions(final DevChainSink sink, final NodeKey key) {
    return new ContractTransactions(
        sink, Credentials.create(key.privateKeyHex()), CHAIN_ID, BigInteger.ZERO);
  }

  private static List<NodeKey> allKeys() {
    final List<NodeKey> keys = new ArrayList<>(List.of(CONTROLLER, GATEWAY_A, GATEWAY_B));
    keys.addAll(APS);
    return keys;
  }

  private static DevChainConfig devChainConfig() {
    final List<org.web3j.abi.datatypes.Address> accounts =
        allKeys().stream().map(k -> Addresses.fromHex(k.address())).toList();
    return new DevChainConfig(
        CHAIN_ID,
        30_000_000,
        true,
        accounts,
        BigInteger.TEN.pow(24),
        new SystemContractsConfig(
            List.of(Addresses.fromHex(CONTROLLER.address())),
            accounts,
            List.of(),
            List.of(Addresses.fromHex(GATEWAY_A.address()), Addresses.fromHex(GATEWAY_B.address())),
            List.of(Addresses.fromHex(CONTROLLER.address())),
            SystemContractsConfig.DEFAULT_ETA,
            SystemContractsConfig.DEFAULT_INITIAL_REPUTATION));
  }
}

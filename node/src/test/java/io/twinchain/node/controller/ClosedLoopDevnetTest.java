/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import static io.twinchain.node.controller.ControllerFixtures.APS;
import static io.twinchain.node.controller.ControllerFixtures.CONTROLLER;
import static io.twinchain.node.controller.ControllerFixtures.GATEWAY_A;
import static io.twinchain.node.controller.ControllerFixtures.GATEWAY_B;
import static io.twinchain.node.controller.ControllerFixtures.TWINS;
import static io.twinchain.node.testsupport.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.genesis.ConsensusParameters;
import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.types.Addresses;
import io.twinchain.consensus.miner.MiningRate;
import io.twinchain.consensus.schedule.ConsensusConfig;
import io.twinchain.contracts.devchain.DevChain;
import io.twinchain.contracts.devchain.DevChainConfig;
import io.twinchain.contracts.devchain.rpc.DevChainWeb3jService;
import io.twinchain.contracts.generated.ControllerLog;
import io.twinchain.contracts.generated.ReputationRegistry;
import io.twinchain.contracts.genesis.SystemContract;
import io.twinchain.contracts.genesis.SystemContractsConfig;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.metrics.NoOpMetricsSystem;
import io.twinchain.node.p2p.RequestResponseChannel;
import io.twinchain.node.p2p.TestPeer;
import io.twinchain.node.p2p.peers.PeerConnection;
import io.twinchain.offload.runtime.ThrottledExecutor;
import io.twinchain.offload.zoo.ModelZoo;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.datatypes.Address;
import org.web3j.protocol.Web3j;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.gas.DefaultGasProvider;

/**
 * The closed loop as {@code run} wires it ({@link ControllerService} per node), on six in-process
 * nodes over real P2P (mutual TLS, allowlists, full mesh): a controller, two gateways with two
 * twins each and three APs, on the genesis slot clock with 100 ms slots. Gateways report workloads,
 * the controller runs DPRA, signs, publishes and records every decision in ControllerLog; gateways
 * apply cuts and receipt their AP's work to WorkReceipts; APs apply f^I to a real ThrottledExecutor
 * and f^B/ω as their mining rate. Transactions execute on the contracts module's dev chain (real
 * EVM, genesis system contracts) standing in for pool and ledger; the work items are synthetic (no
 * DNN runs here).
 */
class ClosedLoopDevnetTest {

  private static final long CHAIN_ID = 2026;
  private static final int SLOTS = 300;
  private static final Duration SLOT = Duration.ofMillis(100);

  @TempDir Path dir;

  private final Map<String, Map<Long, Integer>> cutsApplied = new ConcurrentHashMap<>();
  private final List<ControllerService> services = new ArrayList<>();

  @Test
  void decisionsAreFollowedRecordedAndReceiptsMoveReputation() throws Exception {
    final DevChain chain = DevChain.inMemory(devChainConfig());
    final DevChainSink sink = new DevChainSink(chain);
    final GenesisConfig genesis = genesis();
    final ControllerConfig config = controllerConfig();
    final List<TestPeer> peers = fullMesh();
    final List<RequestResponseChannel> channels =
        peers.stream().map(p -> new RequestResponseChannel(p.network)).toList();
    final ControllerService controller =
        start(CONTROLLER, "observer", genesis, config, channels.get(0), ports(peers.get(0), sink));
    final SyntheticWorkload workload =
        new SyntheticWorkload(ControllerSetups.fromGenesis(genesis, config), 11);
    for (int m = 0; m < 2; m++) {
      startGateway(m, genesis, config, peers.get(1 + m), channels.get(1 + m), sink, workload);
    }
    final List<ThrottledExecutor> executors = new ArrayList<>();
    final List<List<MiningRate>> miningRates = new ArrayList<>();
    final List<ControllerService> aps = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      final ThrottledExecutor executor = new ThrottledExecutor();
      final List<MiningRate> rates = Collections.synchronizedList(new ArrayList<>());
      final ControllerPorts ports = ports(peers.get(3 + k), sink);
      aps.add(
          start(
              APS.get(k),
              "ap",
              genesis,
              config,
              channels.get(3 + k),
              new ControllerPorts(
                  ports.peers(),
                  Optional.empty(),
                  Optional.of(rates::add),
                  Optional.of(executor::setShare),
                  Optional.empty(),
                  List.of(),
                  Optional.empty())));
      executors.add(executor);
      miningRates.add(rates);
    }
    final Web3j web3j = Web3j.build(new DevChainWeb3jService(chain));
    try {
      final ControllerLog log =
          ControllerLog.load(
              SystemContract.CONTROLLER_LOG.address(),
              web3j,
              new ReadonlyTransactionManager(web3j, CONTROLLER.address()),
              new DefaultGasProvider());
      await(
          SLOTS + " decisions recorded", Duration.ofMinutes(3), () -> decisionCount(log) >= SLOTS);
      controller.close();
      final long lastDecided = controller.status().latest().orElseThrow().decision().slot();
      await(
          "APs notice the controller is gone",
          () -> aps.stream().allMatch(s -> s.status().staleSince().isPresent()));
      Thread.sleep(3 * SLOT.toMillis());

      final long recorded = decisionCount(log);
      final int compared = compareCuts(log, lastDecided);
      System.out.printf(
          "closed loop: %d slots, %d decisions in ControllerLog, %d gateway cuts compared%n",
          lastDecided, recorded, compared);
      assertThat(compared).isGreaterThanOrEqualTo((int) recorded * TWINS.size() * 9 / 10);

      final double omega = ConsensusConfig.fromGenesis(genesis).cyclesPerHash();
      final SlotDecision last = controller.status().latest().orElseThrow().decision();
      for (int k = 0; k < 3; k++) {
        final ApAllocation a = last.aps().get(k);
        assertThat(executors.get(k).share()).isEqualTo(a.inferenceShare());
        assertThat(miningRates.get(k).getLast())
            .isEqualTo(MiningRate.fromFrequency(a.miningHz(), omega));
        assertThat(aps.get(k).status().describe())
            .isEqualTo("stale decision since slot " + (lastDecided + 1));
        assertThat(aps.get(k).role()).isEqualTo("ap");
      }
      assertThat(controller.role()).isEqualTo("controller");
      checkReputation(
          web3j,
          log,
          controller.controllerState().orElseThrow().reputations(),
          compared == recorded * TWINS.size());
    } finally {
      web3j.shutdown();
      services.forEach(ControllerService::close);
      executors.forEach(ThrottledExecutor::close);
      peers.forEach(TestPeer::close);
      chain.close();
    }
  }

  /** Every cut a gateway applied equals the one ControllerLog holds for that slot. */
  private int compareCuts(final ControllerLog log, final long lastDecided) throws Exception {
    int compared = 0;
    final Set<Double> sharesSeen = new HashSet<>();
    for (long t = 0; t <= lastDecided; t++) {
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
    assertThat(sharesSeen).as("AP 0's f^I share moves").hasSizeGreaterThan(1);
    return compared;
  }

  /**
   * Each AP with a gateway has a reputation checkpoint per receipted slot whose contribution c_k is
   * the f^I_k/f^max_k ControllerLog holds for that slot, and its R_k moved off R_init (and equals
   * the controller's R_k when every decision reached the gateways); the AP without a gateway got no
   * receipts and keeps R_init.
   */
  private static void checkReputation(
      final Web3j web3j,
      final ControllerLog log,
      final double[] offChain,
      final boolean everyDecisionArrived)
      throws Exception {
    final ReputationRegistry registry =
        ReputationRegistry.load(
            SystemContract.REPUTATION_REGISTRY.address(),
            web3j,
            new ReadonlyTransactionManager(web3j, CONTROLLER.address()),
            new DefaultGasProvider());
    final BigInteger initial = BigInteger.valueOf(SystemContractsConfig.DEFAULT_INITIAL_REPUTATION);
    for (int k = 0; k < 2; k++) {
      final String ap = APS.get(k).address();
      final int checkpoints = registry.checkpointCount(ap).send().intValue();
      assertThat(checkpoints).isGreaterThan(SLOTS * 9 / 10);
      for (int i = 0; i < checkpoints; i++) {
        final var checkpoint = registry.checkpointAt(ap, BigInteger.valueOf(i)).send();
        final BigInteger decided =
            log.decisionAt(checkpoint.component1()).send().component3().get(k);
        assertThat(checkpoint.component4().subtract(decided).abs().doubleValue() / 1e18)
            .as("c_%d in slot %s against the decided share", k, checkpoint.component1())
            .isLessThan(1e-9);
      }
      final BigInteger onChain = registry.reputationOf(ap).send();
      System.out.printf(
          "AP %d: %d receipted slots, R on chain %.4f, controller %.4f%n",
          k, checkpoints, onChain.doubleValue() / 1e18, offChain[k]);
      assertThat(onChain).isNotEqualTo(initial);
      if (everyDecisionArrived) {
        assertThat(onChain.doubleValue() / 1e18)
            .as("R_%d on chain equals the controller's when no receipt was missed", k)
            .isCloseTo(offChain[k], org.assertj.core.api.Assertions.within(1e-6));
      }
    }
    assertThat(registry.reputationOf(APS.get(2).address()).send())
        .as("an AP with no gateway gets no receipts and keeps R_init")
        .isEqualTo(initial);
  }

  private void startGateway(
      final int m,
      final GenesisConfig genesis,
      final ControllerConfig config,
      final TestPeer peer,
      final RequestResponseChannel channel,
      final DevChainSink sink,
      final SyntheticWorkload workload) {
    final List<String> twins = workload.twinsOf(m);
    twins.forEach(t -> cutsApplied.put(t, new ConcurrentHashMap<>()));
    final AtomicReference<ControllerService> self = new AtomicReference<>();
    final GatewayCutApplier.CutSink plan =
        (twin, slot, cut) -> {
          cutsApplied.get(twin).put(slot, cut);
          self.get().receipts().orElseThrow().completed(workload.work(twin, slot, cut));
        };
    self.set(
        start(
            m == 0 ? GATEWAY_A : GATEWAY_B,
            "gateway",
            genesis,
            config,
            channel,
            new ControllerPorts(
                ports(peer, sink).peers(),
                Optional.of(sink),
                Optional.empty(),
                Optional.empty(),
                Optional.of(plan),
                twins,
                Optional.of(workload.of(m)))));
  }

  private ControllerService start(
      final NodeKey key,
      final String role,
      final GenesisConfig genesis,
      final ControllerConfig config,
      final RequestResponseChannel channel,
      final ControllerPorts ports) {
    final ControllerService service =
        ControllerService.ifEnabled(
                config,
                role,
                key,
                genesis,
                channel,
                new NoOpMetricsSystem(),
                ports,
                ModelZoo.empty())
            .orElseThrow();
    service.start();
    services.add(service);
    return service;
  }

  private static ControllerPorts ports(final TestPeer peer, final DevChainSink sink) {
    return new ControllerPorts(
        () -> peer.network.peers().all().stream().map(PeerConnection::id).toList(),
        Optional.of(sink),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  private List<TestPeer> fullMesh() throws InterruptedException {
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
    return peers;
  }

  private static long decisionCount(final ControllerLog log) {
    try {
      return log.decisionCount().send().longValue();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ControllerConfig controllerConfig() {
    final ControllerConfig defaults = ControllerConfig.disabled();
    return new ControllerConfig(
        Optional.of(CONTROLLER.nodeId()),
        Optional.of(SLOT),
        "dpra",
        10,
        0.5,
        List.of(
            new ControllerConfig.TwinPlacement(TWINS.get(0), 0),
            new ControllerConfig.TwinPlacement(TWINS.get(1), 0),
            new ControllerConfig.TwinPlacement(TWINS.get(2), 1),
            new ControllerConfig.TwinPlacement(TWINS.get(3), 1)),
        defaults.model(),
        defaults.defaultLinkRate(),
        7);
  }

  private static GenesisConfig genesis() {
    return new GenesisConfig(
        CHAIN_ID,
        new ConsensusParameters(2, 1e6, 1, "exponential"),
        Instant.now().getEpochSecond(),
        30_000_000,
        UInt256.ONE,
        Bytes.EMPTY,
        Map.of(),
        APS.stream().map(k -> Addresses.fromHex(k.address())).toList(),
        List.of(Addresses.fromHex(GATEWAY_A.address()), Addresses.fromHex(GATEWAY_B.address())));
  }

  private static List<NodeKey> allKeys() {
    final List<NodeKey> keys = new ArrayList<>(List.of(CONTROLLER, GATEWAY_A, GATEWAY_B));
    keys.addAll(APS);
    return keys;
  }

  private static DevChainConfig devChainConfig() {
    final List<Address> accounts =
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

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.app;

import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.txpool.TransactionSink;
import io.twinchain.consensus.miner.Miner;
import io.twinchain.node.controller.ControllerConfig;
import io.twinchain.node.controller.ControllerConfig.TwinPlacement;
import io.twinchain.node.controller.ControllerPorts;
import io.twinchain.node.controller.ControllerService;
import io.twinchain.node.controller.GatewayCutApplier.CutSink;
import io.twinchain.node.controller.SlotClock;
import io.twinchain.node.controller.TwinLoad;
import io.twinchain.node.controller.WorkloadSource;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.offload.OffloadNodeServices;
import io.twinchain.node.offload.gateway.PartitionRecord;
import io.twinchain.node.offload.gateway.SlotLoopPorts;
import io.twinchain.node.p2p.P2PNetwork;
import io.twinchain.node.p2p.peers.PeerConnection;
import io.twinchain.twin.model.ThingId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.web3j.abi.datatypes.Address;

/**
 * Connects the controller's ports to the node's own parts: decisions set the AP's miner and tail
 * executor and the gateway's partition plan; the loop's transactions go through the node's pool.
 * The offload services start after construction, so the appliers look them up when a decision
 * arrives rather than capturing them now.
 */
final class ControllerWiring {

  private ControllerWiring() {}

  static ControllerPorts ports(
      final NodeRole role,
      final NodeKey key,
      final GenesisConfig genesis,
      final ControllerConfig config,
      final P2PNetwork network,
      final TransactionSink pool,
      final Optional<Miner> miner,
      final OffloadNodeServices offload) {
    final boolean ap = role == NodeRole.AP;
    final boolean gateway = role == NodeRole.GATEWAY;
    final List<String> twins = gateway ? twinsOf(genesis, key, config) : List.of();
    return new ControllerPorts(
        () -> network.peers().all().stream().map(PeerConnection::id).toList(),
        Optional.of(pool),
        miner.map(m -> m::setMiningRate),
        ap ? Optional.of(inferenceShare(offload)) : Optional.empty(),
        gateway ? Optional.of(cuts(offload)) : Optional.empty(),
        twins,
        gateway ? Optional.of(workload(offload, twins, config)) : Optional.empty());
  }

  /**
   * D_n(t) of each twin: the windows its last classified batch held, or one window before its first
   * (a registered machine is expected to deliver a window per slot; reporting zero would make the
   * controller give the APs no inference share, so nothing would ever be classified). Assumption
   * A-CTRL-LIVE-WORKLOAD-PRIOR. The rate is the measured uplink, or the configured default before
   * the first transfer.
   */
  private static WorkloadSource workload(
      final OffloadNodeServices offload, final List<String> twins, final ControllerConfig config) {
    return new WorkloadSource() {
      @Override
      public List<TwinLoad> workload(final long slot) {
        return twins.stream()
            .map(
                twin ->
                    new TwinLoad(
                        twin,
                        offload
                            .history()
                            .latest(ThingId.of(twin))
                            .map(PartitionRecord::samples)
                            .orElse(1)))
            .toList();
      }

      @Override
      public double linkRateBitsPerSecond() {
        return offload
            .gateway()
            .flatMap(gw -> gw.client().measuredBitsPerSecond())
            .filter(rate -> rate > 0)
            .orElse(config.defaultLinkRate());
      }
    };
  }

  private static DoubleConsumer inferenceShare(final OffloadNodeServices offload) {
    return share -> offload.tails().ifPresent(tails -> tails.setInferenceShare(share));
  }

  private static CutSink cuts(final OffloadNodeServices offload) {
    return (twin, slot, cut) ->
        offload.gateway().ifPresent(gw -> gw.plan().setCut(ThingId.of(twin), cut));
  }

  /**
   * The gateway offload loop's view of the slot loop: with a controller, its clock, the shares of
   * the decision in force (an AP the decision does not list keeps serving) and its receipts;
   * without one, a clock of {@code offloadSlot} from genesis and no receipts.
   */
  static SlotLoopPorts offloadPorts(
      final Optional<ControllerService> controller,
      final GenesisConfig genesis,
      final Duration offloadSlot) {
    return controller
        .map(
            c ->
                new SlotLoopPorts(
                    c.clock(),
                    (ap, slot) ->
                        c.status()
                            .inForce(slot)
                            .flatMap(d -> d.decision().allocationOf(ap.address()))
                            .map(allocation -> allocation.inferenceShare() > 0)
                            .orElse(true),
                    work -> c.receipts().ifPresent(receipts -> receipts.completed(work))))
        .orElseGet(
            () ->
                SlotLoopPorts.standalone(
                    SlotClock.of(genesis, Optional.of(offloadSlot), Clock.systemUTC())));
  }

  /** The controlled twins placed on this gateway (its index in the genesis gateway list). */
  private static List<String> twinsOf(
      final GenesisConfig genesis, final NodeKey key, final ControllerConfig config) {
    final int index = genesis.gateways().indexOf(new Address(key.address()));
    return config.twins().stream()
        .filter(placement -> placement.gateway() == index)
        .map(TwinPlacement::twin)
        .toList();
  }
}

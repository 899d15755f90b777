/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.chain.txpool.TransactionSink;
import io.twinchain.consensus.miner.MiningRate;
import io.twinchain.node.keys.NodeId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * What the closed loop drives and reads on this node; each is empty where the node lacks it.
 *
 * @param peers the connected peers, to publish decisions to
 * @param pool the transaction pool, for ControllerLog records and work receipts
 * @param miner the AP miner's rate setter ({@code Miner::setMiningRate})
 * @param inferenceShare the AP inference executor's share setter ({@code
 *     ThrottledExecutor::setShare})
 * @param cuts the gateway's partition plan
 * @param twins the gateway's twins
 * @param workload the gateway's workload and measured link rate
 */
public record ControllerPorts(
    Supplier<Collection<NodeId>> peers,
    Optional<TransactionSink> pool,
    Optional<Consumer<MiningRate>> miner,
    Optional<DoubleConsumer> inferenceShare,
    Optional<GatewayCutApplier.CutSink> cuts,
    List<String> twins,
    Optional<WorkloadSource> workload) {

  public ControllerPorts {
    twins = List.copyOf(twins);
  }

  /** A node that only follows (and, on the controller node, decides): nothing to drive yet. */
  public static ControllerPorts followerOnly(final Supplier<Collection<NodeId>> peers) {
    return new ControllerPorts(
        peers,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }
}

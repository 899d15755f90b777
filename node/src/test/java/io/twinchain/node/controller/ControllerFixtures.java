/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.chain.reputation.EwmaReputation;
import io.twinchain.chain.reputation.ExponentialDifficulty;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.offload.controller.ConsensusModel;
import io.twinchain.offload.controller.ConstraintDirection;
import io.twinchain.offload.controller.ReputationConstraint;
import io.twinchain.offload.controller.SystemModel;
import io.twinchain.offload.latency.ApSpec;
import io.twinchain.offload.latency.GatewaySpec;
import io.twinchain.offload.latency.InferenceAggregation;
import io.twinchain.offload.latency.LatencyModel;
import io.twinchain.offload.latency.LayerTable;
import io.twinchain.offload.latency.LayerTables;
import io.twinchain.offload.latency.Topology;
import java.math.BigInteger;
import java.util.Collections;
import java.util.List;

/**
 * The devnet shape of issue 8: 2 gateways with 2 twins each (VGG-16 on CIFAR-10, cut at block
 * boundaries), 3 APs, spec §6.3 processors and consensus. DEV-ONLY KEYS: fixed scalars, never to be
 * used on a real network.
 */
final class ControllerFixtures {

  static final NodeKey CONTROLLER = devKey(0x44);
  static final NodeKey GATEWAY_A = devKey(0x22);
  static final NodeKey GATEWAY_B = devKey(0x23);
  static final List<NodeKey> APS = List.of(devKey(0x33), devKey(0x34), devKey(0x35));
  static final List<String> TWINS = List.of("plant:a1", "plant:a2", "plant:b1", "plant:b2");

  private ControllerFixtures() {}

  static NodeKey devKey(final int fill) {
    return NodeKey.fromPrivateKey(new BigInteger("11".repeat(31) + Integer.toHexString(fill), 16))
        .orElseThrow();
  }

  static SystemModel system() {
    final LayerTable vgg = LayerTables.builtIn("vgg16-cifar10-blocks").orElseThrow();
    final LatencyModel latency =
        new LatencyModel(
            new Topology(new int[] {0, 0, 1, 1}, new int[] {0, 1}, 3),
            Collections.nCopies(4, vgg),
            Collections.nCopies(2, new GatewaySpec(1e9, 8)),
            Collections.nCopies(3, new ApSpec(3e9, 32)),
            InferenceAggregation.MAX_OF_PIPELINES);
    return new SystemModel(
        latency, new ConsensusModel(1000, 1e6, new ExponentialDifficulty(1, 0.01), 0));
  }

  static ControllerSetup setup(final String policy) {
    return new ControllerSetup(
        system(),
        new ReputationConstraint(
            new double[] {0.5, 0.5, 0.5},
            ConstraintDirection.AT_LEAST,
            new EwmaReputation(0.1),
            0.5),
        10,
        policy,
        7,
        TWINS,
        List.of(GATEWAY_A.address(), GATEWAY_B.address()),
        APS.stream().map(NodeKey::address).toList(),
        2e6);
  }
}

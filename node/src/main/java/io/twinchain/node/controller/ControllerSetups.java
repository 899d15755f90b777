/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.reputation.EwmaReputation;
import io.twinchain.chain.reputation.ExponentialDifficulty;
import io.twinchain.consensus.schedule.ConsensusConfig;
import io.twinchain.contracts.genesis.SystemContractsConfig;
import io.twinchain.offload.controller.ConsensusModel;
import io.twinchain.offload.controller.ConstraintDirection;
import io.twinchain.offload.controller.ReputationConstraint;
import io.twinchain.offload.controller.SystemModel;
import io.twinchain.offload.latency.ApSpec;
import io.twinchain.offload.latency.GatewaySpec;
import io.twinchain.offload.latency.InferenceAggregation;
import io.twinchain.offload.latency.LatencyModel;
import io.twinchain.offload.latency.LayerTable;
import io.twinchain.offload.latency.Topology;
import io.twinchain.offload.zoo.ModelZoo;
import java.util.Arrays;
import java.util.Collections;
import org.web3j.abi.datatypes.Address;

/**
 * The controller's system model for a network: gateways and APs in genesis order, gateway m
 * offloading to AP m mod K, the configured twins on their gateways, spec §6.3 processors (gateways
 * 1 GHz × 8 FLOPs/cycle, APs 3 GHz × 32), δ_0 and ρ from genesis, ω from the consensus defaults, η
 * = 0.1 and R_init = 0.5 as the genesis ReputationRegistry (assumption A-CTRL-LIVE-SETUP).
 */
public final class ControllerSetups {

  private static final GatewaySpec GATEWAY = new GatewaySpec(1e9, 8);
  private static final ApSpec AP = new ApSpec(3e9, 32);

  private ControllerSetups() {}

  /**
   * φ_G f_G / (φ_A f^max): the share of one core at which a gateway runs its heads so that, with
   * the core standing for an AP at f^max (as the AP's inference executor takes it), gateway and AP
   * stand in the speed ratio the controller plans with (assumption A-CTRL-LIVE-GATEWAY-THROTTLE).
   */
  public static double gatewayHeadShare() {
    return GATEWAY.flopsPerSecond() / (AP.maxFrequencyHz() * AP.flopsPerCycle());
  }

  /** The setup {@code config} describes on {@code genesis}'s network, with built-in models only. */
  public static ControllerSetup fromGenesis(
      final GenesisConfig genesis, final ControllerConfig config) {
    return fromGenesis(genesis, config, ModelZoo.empty());
  }

  /**
   * The setup {@code config} describes on {@code genesis}'s network; the model is a built-in table
   * or a model of {@code zoo} (its profiled layer table).
   */
  public static ControllerSetup fromGenesis(
      final GenesisConfig genesis, final ControllerConfig config, final ModelZoo zoo) {
    final int gateways = genesis.gateways().size();
    final int aps = genesis.accessPoints().size();
    if (gateways == 0 || aps == 0) {
      throw new IllegalArgumentException("the controller needs gateways and APs in genesis");
    }
    if (config.twins().isEmpty()) {
      throw new IllegalArgumentException("the controller node needs its twins (--controller-twin)");
    }
    final LayerTable model =
        ZooLayerTable.find(config.model(), zoo)
            .orElseThrow(() -> new IllegalArgumentException("unknown model " + config.model()));
    final int[] gatewayOfTwin = new int[config.twins().size()];
    for (int n = 0; n < gatewayOfTwin.length; n++) {
      gatewayOfTwin[n] = config.twins().get(n).gateway();
      if (gatewayOfTwin[n] < 0 || gatewayOfTwin[n] >= gateways) {
        throw new IllegalArgumentException(
            "twin "
                + config.twins().get(n).twin()
                + " is on gateway "
                + gatewayOfTwin[n]
                + " but genesis has "
                + gateways);
      }
    }
    final int[] apOfGateway = new int[gateways];
    Arrays.setAll(apOfGateway, m -> m % aps);
    final ConsensusConfig consensus = ConsensusConfig.fromGenesis(genesis);
    final SystemModel system =
        new SystemModel(
            new LatencyModel(
                new Topology(gatewayOfTwin, apOfGateway, aps),
                Collections.nCopies(gatewayOfTwin.length, model),
                Collections.nCopies(gateways, GATEWAY),
                Collections.nCopies(aps, AP),
                InferenceAggregation.MAX_OF_PIPELINES),
            new ConsensusModel(
                consensus.cyclesPerHash(),
                genesis.consensus().baseDifficulty(),
                new ExponentialDifficulty(consensus.rho(), consensus.floorFraction()),
                0));
    final double[] gamma = new double[aps];
    Arrays.fill(gamma, config.gamma());
    return new ControllerSetup(
        system,
        new ReputationConstraint(
            gamma,
            ConstraintDirection.AT_LEAST,
            new EwmaReputation(0.1),
            SystemContractsConfig.DEFAULT_INITIAL_REPUTATION / 1e18),
        config.tradeOff(),
        config.policy(),
        config.seed(),
        config.twins().stream().map(ControllerConfig.TwinPlacement::twin).toList(),
        genesis.gateways().stream().map(Address::getValue).toList(),
        genesis.accessPoints().stream().map(Address::getValue).toList(),
        config.defaultLinkRate());
  }
}

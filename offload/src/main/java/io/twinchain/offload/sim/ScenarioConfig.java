/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

import io.twinchain.chain.reputation.EwmaReputation;
import io.twinchain.chain.reputation.ExponentialDifficulty;
import io.twinchain.offload.channel.LogDistancePathLoss;
import io.twinchain.offload.channel.RayleighFadingChannel;
import io.twinchain.offload.channel.UplinkBudget;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The parameters of spec §6.3 (A-CTRL-DEFAULTS), from which a {@link Scenario} is built per seed:
 * gateway-AP distances are drawn from the seed's placement stream. Units: Hz, W, m, seconds.
 *
 * @param gateways M
 * @param twinsPerGateway DTs per gateway (N = M·this)
 * @param aps K; gateway m uploads to AP m mod K
 * @param model every DT's layer table
 * @param samples D_n(t)
 * @param radio the uplinks
 * @param compute gateway and AP processors
 * @param chain the consensus
 * @param reputation C3 and the reputation update
 * @param aggregation how pipelines combine into τ^inf
 */
public record ScenarioConfig(
    int gateways,
    int twinsPerGateway,
    int aps,
    LayerTable model,
    SampleDistribution samples,
    RadioConfig radio,
    ComputeConfig compute,
    ChainConfig chain,
    ReputationConfig reputation,
    InferenceAggregation aggregation) {

  public ScenarioConfig {
    if (gateways < 1 || twinsPerGateway < 1 || aps < 1) {
      throw new IllegalArgumentException("need >= 1 gateway, DT per gateway and AP");
    }
  }

  /** The spec §6.3 defaults with the given DNN layer table. */
  public static ScenarioConfig defaults(final LayerTable model) {
    return new ScenarioConfig(
        5,
        2,
        5,
        model,
        new SampleDistribution(1, 10),
        new RadioConfig(1e6, 0.2, -174, LogDistancePathLoss.URBAN_MACRO, 50, 200),
        new ComputeConfig(1e9, 8, 3e9, 32),
        new ChainConfig(1000, 1e6, 1.0, 0.01, 0),
        new ReputationConfig(0.1, 0.5, 0.5, ConstraintDirection.AT_LEAST),
        InferenceAggregation.MAX_OF_PIPELINES);
  }

  /** The same world with K APs. */
  public ScenarioConfig withAps(final int count) {
    return new ScenarioConfig(
        gateways,
        twinsPerGateway,
        count,
        model,
        samples,
        radio,
        compute,
        chain,
        reputation,
        aggregation);
  }

  /** The same world with another reputation constraint. */
  public ScenarioConfig withReputation(final ReputationConfig other) {
    return new ScenarioConfig(
        gateways, twinsPerGateway, aps, model, samples, radio, compute, chain, other, aggregation);
  }

  /** Γ_k for every AP. */
  public double[] gammas() {
    final double[] gammas = new double[aps];
    Arrays.fill(gammas, reputation.gamma());
    return gammas;
  }

  /** Builds the world for one seed. */
  public Scenario build(final RandomStreams streams) {
    final Topology topology = Topology.roundRobin(gateways, twinsPerGateway, aps);
    final LatencyModel latency =
        new LatencyModel(
            topology,
            Collections.nCopies(topology.twinCount(), model),
            Collections.nCopies(
                gateways,
                new GatewaySpec(compute.gatewayFrequencyHz(), compute.gatewayFlopsPerCycle())),
            Collections.nCopies(
                aps, new ApSpec(compute.apMaxFrequencyHz(), compute.apFlopsPerCycle())),
            aggregation);
    final ConsensusModel consensus =
        new ConsensusModel(
            chain.cyclesPerHash(),
            chain.baseDifficulty(),
            new ExponentialDifficulty(chain.rho(), chain.difficultyFloor()),
            chain.propagationSeconds());
    return new Scenario(
        new SystemModel(latency, consensus),
        new RayleighFadingChannel(
            uplinks(streams.placement()),
            radio.pathLoss(),
            RayleighFadingChannel.dbmToWatts(radio.noiseDbmPerHz())),
        samples,
        new ReputationConstraint(
            gammas(),
            reputation.direction(),
            new EwmaReputation(reputation.eta()),
            reputation.initialReputation()));
  }

  private List<UplinkBudget> uplinks(final RandomGenerator placement) {
    final List<UplinkBudget> links = new ArrayList<>();
    for (int m = 0; m < gateways; m++) {
      final double distance =
          radio.minDistanceMeters()
              + (radio.maxDistanceMeters() - radio.minDistanceMeters()) * placement.nextDouble();
      links.add(new UplinkBudget(radio.bandwidthHz(), radio.transmitPowerWatts(), distance));
    }
    return links;
  }

  /**
   * The uplinks (spec §2.4, §6.3): bandwidth, power, noise density, path loss, and the range the
   * gateway-AP distances are drawn from (uniformly, A-CTRL-DISTANCE-UNIFORM).
   */
  public record RadioConfig(
      double bandwidthHz,
      double transmitPowerWatts,
      double noiseDbmPerHz,
      LogDistancePathLoss pathLoss,
      double minDistanceMeters,
      double maxDistanceMeters) {

    public RadioConfig {
      if (!(minDistanceMeters > 0 && maxDistanceMeters >= minDistanceMeters)) {
        throw new IllegalArgumentException("need 0 < min distance <= max distance");
      }
    }
  }

  /** f_G, φ_G of every gateway and f^max, φ_A of every AP (spec §6.3). */
  public record ComputeConfig(
      double gatewayFrequencyHz,
      double gatewayFlopsPerCycle,
      double apMaxFrequencyHz,
      double apFlopsPerCycle) {}

  /** ω, δ_0, ρ of δ_k = δ_0 exp(−ρ R_k) (floored at {@code difficultyFloor}·δ_0), and τ^prop. */
  public record ChainConfig(
      double cyclesPerHash,
      double baseDifficulty,
      double rho,
      double difficultyFloor,
      double propagationSeconds) {}

  /** η, R_init, Γ (same for every AP) and the direction of C3. */
  public record ReputationConfig(
      double eta, double initialReputation, double gamma, ConstraintDirection direction) {

    /** The same constraint with another Γ. */
    public ReputationConfig withGamma(final double other) {
      return new ReputationConfig(eta, initialReputation, other, direction);
    }
  }
}

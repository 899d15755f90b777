/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.latency;

import java.util.List;

/**
 * The DNN-partition latency model of spec §2: fixed gateway compute, one wireless uplink per
 * gateway, AP compute at the chosen inference frequency, combined by an {@link
 * InferenceAggregation}. Immutable; per-slot quantities live in {@link SlotWorkload}. The
 * device→gateway upload is left out, as in the one equation the spec could read
 * (A-CTRL-UPLOAD-OMITTED).
 */
public final class LatencyModel {

  private final Topology topology;
  private final List<LayerTable> models;
  private final List<GatewaySpec> gateways;
  private final List<ApSpec> aps;
  private final InferenceAggregation aggregation;

  /**
   * @param models the layer table of every DT, indexed by n
   * @param gateways every gateway's compute, indexed by m
   * @param aps every AP's compute, indexed by k
   */
  public LatencyModel(
      final Topology topology,
      final List<LayerTable> models,
      final List<GatewaySpec> gateways,
      final List<ApSpec> aps,
      final InferenceAggregation aggregation) {
    if (models.size() != topology.twinCount()
        || gateways.size() != topology.gatewayCount()
        || aps.size() != topology.apCount()) {
      throw new IllegalArgumentException(
          "topology has N=%d, M=%d, K=%d but got %d models, %d gateways, %d APs"
              .formatted(
                  topology.twinCount(),
                  topology.gatewayCount(),
                  topology.apCount(),
                  models.size(),
                  gateways.size(),
                  aps.size()));
    }
    this.topology = topology;
    this.models = List.copyOf(models);
    this.gateways = List.copyOf(gateways);
    this.aps = List.copyOf(aps);
    this.aggregation = aggregation;
  }

  public Topology topology() {
    return topology;
  }

  /** χ, ψ of DT n. */
  public LayerTable model(final int twin) {
    return models.get(twin);
  }

  public GatewaySpec gateway(final int gateway) {
    return gateways.get(gateway);
  }

  public ApSpec ap(final int ap) {
    return aps.get(ap);
  }

  public InferenceAggregation aggregation() {
    return aggregation;
  }

  /** This model with another aggregation strategy. */
  public LatencyModel withAggregation(final InferenceAggregation other) {
    return new LatencyModel(topology, models, gateways, aps, other);
  }

  /**
   * τ^exe_{A_k} = W_k / (φ_{A_k} f^I_k), spec §2.5, with its guard: no offloaded work costs no
   * time, and offloaded work at zero inference frequency never finishes.
   */
  public double apExecution(final int ap, final double work, final double inferenceFrequency) {
    if (work <= 0) {
      return 0;
    }
    if (inferenceFrequency <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    return work / (aps.get(ap).flopsPerCycle() * inferenceFrequency);
  }

  /**
   * τ^inf of a complete decision (spec §2.6).
   *
   * @param samples D_n(t)
   * @param linkRates r_m(t), bit/s
   * @param cuts l_n(t)
   * @param inferenceFrequency f^I_k(t), Hz
   */
  public double inferenceLatency(
      final double[] samples,
      final double[] linkRates,
      final int[] cuts,
      final double[] inferenceFrequency) {
    return new SlotWorkload(this, samples, linkRates, cuts).inferenceLatency(inferenceFrequency);
  }
}

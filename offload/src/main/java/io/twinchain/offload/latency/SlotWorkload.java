/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.latency;

/**
 * The gateway-side state of one slot for a partition vector: per gateway its head FLOPs and upload
 * bits, per AP its top-layer work W_k and the arrival time A_k of its last batch (spec §5.3 step
 * 1). Mutable so that a search can move one DT's cut in O(gateways of its AP).
 */
public final class SlotWorkload {

  private final LatencyModel model;
  private final Topology topology;
  private final double[] samples;
  private final double[] linkRates;
  private final int[] cuts;
  private final double[] gatewayFlops;
  private final double[] gatewayBits;
  private final int[] gatewayRequests;
  private final double[] apWork;
  private final double[] arrival;

  /**
   * @param samples D_n(t), samples per DT
   * @param linkRates r_m(t), bit/s per gateway; must be > 0
   * @param cuts the initial l_n
   */
  public SlotWorkload(
      final LatencyModel model,
      final double[] samples,
      final double[] linkRates,
      final int[] cuts) {
    this.model = model;
    this.topology = model.topology();
    Checks.length("samples", samples, topology.twinCount());
    Checks.length("link rates", linkRates, topology.gatewayCount());
    if (cuts.length != topology.twinCount()) {
      throw new IllegalArgumentException("need one cut per DT, got " + cuts.length);
    }
    for (final double d : samples) {
      Checks.nonNegative("samples", d);
    }
    for (final double r : linkRates) {
      Checks.positive("link rate", r);
    }
    this.samples = samples.clone();
    this.linkRates = linkRates.clone();
    this.cuts = new int[cuts.length];
    this.gatewayFlops = new double[topology.gatewayCount()];
    this.gatewayBits = new double[topology.gatewayCount()];
    this.gatewayRequests = new int[topology.gatewayCount()];
    this.apWork = new double[topology.apCount()];
    this.arrival = new double[topology.apCount()];
    for (int n = 0; n < cuts.length; n++) {
      this.cuts[n] = cuts[n];
      add(n, cuts[n], 1);
    }
    for (int k = 0; k < topology.apCount(); k++) {
      refreshArrival(k);
    }
  }

  private void add(final int twin, final int cut, final int sign) {
    final LayerTable table = model.model(twin);
    final int m = topology.gatewayOf(twin);
    final double d = samples[twin] * sign;
    gatewayFlops[m] += d * table.headFlops(cut);
    gatewayBits[m] += d * table.cutBits(cut);
    gatewayRequests[m] += samples[twin] > 0 ? sign : 0;
    apWork[topology.apOf(m)] += d * table.tailFlops(cut);
  }

  private void refreshArrival(final int ap) {
    double latest = 0;
    for (int i = 0; i < topology.gatewayCountOf(ap); i++) {
      latest = Math.max(latest, gatewayTime(topology.gatewayOf(ap, i)));
    }
    arrival[ap] = latest;
  }

  /** Moves DT n to another cut, updating its gateway and AP. */
  public void setCut(final int twin, final int cut) {
    if (cuts[twin] == cut) {
      return;
    }
    add(twin, cuts[twin], -1);
    add(twin, cut, 1);
    cuts[twin] = cut;
    refreshArrival(topology.apOfTwin(twin));
  }

  public LatencyModel model() {
    return model;
  }

  /** D_n(t). */
  public double samples(final int twin) {
    return samples[twin];
  }

  /** r_m(t). */
  public double linkRate(final int gateway) {
    return linkRates[gateway];
  }

  /** l_n. */
  public int cut(final int twin) {
    return cuts[twin];
  }

  /** DT n's share of its gateway's τ^exe + τ^com at its current cut. */
  public double twinGatewaySeconds(final int twin) {
    final LayerTable table = model.model(twin);
    final int m = topology.gatewayOf(twin);
    final int cut = cuts[twin];
    if (samples[twin] <= 0) {
      return 0;
    }
    return samples[twin]
            * (table.headFlops(cut) / model.gateway(m).flopsPerSecond()
                + table.cutBits(cut) / linkRates[m])
        + model.gateway(m).requestSeconds();
  }

  /** DT n's share of W_k at its current cut. */
  public double twinApFlops(final int twin) {
    return samples[twin] * model.model(twin).tailFlops(cuts[twin]);
  }

  /** A copy of the current partition vector. */
  public int[] cuts() {
    return cuts.clone();
  }

  /**
   * τ^exe_{G_m} = Σ_n a_{n,m} D_n Σ_{l≤l_n} χ^n_l / (φ_{G_m} f_{G_m}), spec §2.3 exactly.
   * Incremental sums can leave a rounding residue near zero, hence the clamp.
   */
  public double gatewayExecution(final int gateway) {
    return Math.max(0, gatewayFlops[gateway]) / model.gateway(gateway).flopsPerSecond();
  }

  /**
   * τ^com_m = Σ_n a_{n,m} (D_n ψ^n_{l_n} / r_m + τ^req_m), spec §2.4 plus the measured fixed cost
   * of each DT's request (A-OFFLOAD-REQUEST-COST; 0 unless the gateway's spec sets it).
   */
  public double transmission(final int gateway) {
    return Math.max(0, gatewayBits[gateway]) / linkRates[gateway]
        + gatewayRequests[gateway] * model.gateway(gateway).requestSeconds();
  }

  /** τ^exe_{G_m} + τ^com_m. */
  public double gatewayTime(final int gateway) {
    return gatewayExecution(gateway) + transmission(gateway);
  }

  /**
   * max over AP k's gateways other than {@code gateway} of τ^exe_{G} + τ^com; 0 when there are
   * none. Lets a search price a move of one DT without applying it.
   */
  public double arrivalExcluding(final int ap, final int gateway) {
    double latest = 0;
    for (int i = 0; i < topology.gatewayCountOf(ap); i++) {
      final int m = topology.gatewayOf(ap, i);
      if (m != gateway) {
        latest = Math.max(latest, gatewayTime(m));
      }
    }
    return latest;
  }

  /** A_k = max_{m→k}(τ^exe_{G_m} + τ^com_m); 0 for an AP no gateway uses. */
  public double arrival(final int ap) {
    return arrival[ap];
  }

  /** W_k, the top-layer FLOPs queued at AP k. */
  public double apWork(final int ap) {
    return Math.max(0, apWork[ap]);
  }

  /** Σ_m (τ^exe_{G_m} + τ^com_m), the gateway part under SUM_OF_PIPELINES. */
  public double pipelineSum() {
    double sum = 0;
    for (int m = 0; m < gatewayFlops.length; m++) {
      sum += gatewayTime(m);
    }
    return sum;
  }

  /** τ^inf of this partition at the given inference frequencies f^I_k (spec §2.6). */
  public double inferenceLatency(final double[] inferenceFrequency) {
    Checks.length("inference frequencies", inferenceFrequency, arrival.length);
    final boolean max = model.aggregation() == InferenceAggregation.MAX_OF_PIPELINES;
    double latency = max ? 0 : pipelineSum();
    for (int k = 0; k < arrival.length; k++) {
      final double exec = model.apExecution(k, apWork(k), inferenceFrequency[k]);
      latency = max ? Math.max(latency, arrival[k] + exec) : latency + exec;
    }
    return latency;
  }
}

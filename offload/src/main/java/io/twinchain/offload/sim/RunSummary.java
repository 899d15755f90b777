/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

/**
 * One run reduced to the figures the reports compare.
 *
 * @param meanLatency (1/T) Σ τ(t) with drawn block times
 * @param meanExpectedLatency (1/T) Σ (τ^inf + E[τ^bg] + τ^prop)
 * @param meanInference (1/T) Σ τ^inf(t)
 * @param meanBlock (1/T) Σ τ^bg(t)
 * @param meanBacklog (1/T) Σ_t Σ_k Z_k(t)
 * @param maxQueueRate max_k Z_k(T)/T, → 0 when the queues are mean-rate stable
 * @param minSlack min_k ((1/T) Σ c_k(t) − Γ_k); ≥ 0 when C3 (AT_LEAST) holds on this run
 */
public record RunSummary(
    double meanLatency,
    double meanExpectedLatency,
    double meanInference,
    double meanBlock,
    double meanBacklog,
    double maxQueueRate,
    double minSlack) {

  /**
   * Z_k(T)/T below this counts as satisfying C3 (A-CTRL-C3-STABLE; spec §7 property 5 uses 1e−2 at
   * T = 1000).
   */
  public static final double STABLE_QUEUE_RATE = 1e-2;

  /** Reduces a trajectory; {@code gamma} is Γ_k. */
  public static RunSummary of(final Trajectory run, final double[] gamma) {
    final int slots = run.slots();
    double latency = 0;
    double expected = 0;
    double inference = 0;
    double block = 0;
    double backlog = 0;
    for (int t = 0; t < slots; t++) {
      latency += run.latency(t);
      expected += run.expectedLatency(t);
      inference += run.inferenceLatency(t);
      block += run.blockLatency(t);
      backlog += run.backlog(t);
    }
    double queueRate = 0;
    double slack = Double.POSITIVE_INFINITY;
    for (int k = 0; k < run.aps(); k++) {
      queueRate = Math.max(queueRate, run.queue(slots, k) / slots);
      slack = Math.min(slack, run.meanContribution(k) - gamma[k]);
    }
    return new RunSummary(
        latency / slots,
        expected / slots,
        inference / slots,
        block / slots,
        backlog / slots,
        queueRate,
        slack);
  }

  /** True when every queue is stable: the run meets the long-term reputation constraint. */
  public boolean meetsConstraint() {
    return maxQueueRate < STABLE_QUEUE_RATE;
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

/**
 * One contender over all seeds.
 *
 * @param name contender
 * @param latency time-average τ (drawn block times)
 * @param expectedLatency time-average τ with E[τ^bg]
 * @param inference time-average τ^inf
 * @param block time-average τ^bg
 * @param backlog time-average Σ Z_k
 * @param worstQueueRate max over seeds and APs of Z_k(T)/T
 * @param worstSlack min over seeds and APs of mean c_k − Γ_k
 */
public record ComparisonRow(
    String name,
    Estimate latency,
    Estimate expectedLatency,
    Estimate inference,
    Estimate block,
    Estimate backlog,
    double worstQueueRate,
    double worstSlack) {

  /** C3 holds on every seed (every queue mean-rate stable). */
  public boolean meetsConstraint() {
    return worstQueueRate < RunSummary.STABLE_QUEUE_RATE;
  }
}

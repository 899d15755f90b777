/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.latency;

/**
 * How per-pipeline latencies make the slot's inference latency τ^inf (spec §2.6 [RECON]).
 * MAX_OF_PIPELINES is assumption A-CTRL-INF-MAX (default); SUM_OF_PIPELINES is A-CTRL-INF-SUM.
 */
public enum InferenceAggregation {
  /**
   * τ^inf = max_k [ max_{m→k}(τ^exe_{G_m} + τ^com_m) + τ^exe_{A_k} ]: gateways work in parallel and
   * each AP starts once its last batch arrives.
   */
  MAX_OF_PIPELINES,
  /** τ^inf = Σ_m (τ^exe_{G_m} + τ^com_m) + Σ_k τ^exe_{A_k}: every pipeline stage in sequence. */
  SUM_OF_PIPELINES
}

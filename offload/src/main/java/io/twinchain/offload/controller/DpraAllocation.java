/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.InferenceAggregation;

/**
 * DPRA's optimal frequency split (spec §5.3): the threshold allocation with the θ search under
 * MAX_OF_PIPELINES, the price bisection under SUM_OF_PIPELINES.
 */
public final class DpraAllocation implements AllocationStrategy {

  /** Name in configs and reports. */
  public static final String NAME = "optimal";

  @Override
  public FrequencyAllocation forSlot(final SlotProblem problem) {
    return problem.model().latency().aggregation() == InferenceAggregation.MAX_OF_PIPELINES
        ? new ThresholdAllocation(problem)
        : new SumPipelineAllocation(problem);
  }

  @Override
  public String name() {
    return NAME;
  }
}

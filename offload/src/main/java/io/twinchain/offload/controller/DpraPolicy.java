/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.SlotWorkload;

/**
 * DPRA (spec §5.4): each slot, solve P2(t) = min V·τ − Σ Z_k f^I_k/f^max_k by a partition search
 * around a frequency allocation. With {@code queueAware = false} the queue term is dropped (Z ≡ 0):
 * the latency-greedy baseline. With a {@link FixedShareAllocation} it is the equal-split baseline
 * (best cut, fixed split).
 *
 * @param name report name
 * @param model the system the decisions are for
 * @param tradeOff V
 * @param direction the C3 direction whose queues weigh the contributions
 * @param search outer search over cuts
 * @param allocation inner frequency allocation
 * @param queueAware false to ignore Z (latency-greedy)
 */
public record DpraPolicy(
    String name,
    SystemModel model,
    double tradeOff,
    ConstraintDirection direction,
    PartitionSearch search,
    AllocationStrategy allocation,
    boolean queueAware)
    implements Policy {

  /** DPRA with the θ block descent and the optimal allocation, the production configuration. */
  public static DpraPolicy dpra(
      final SystemModel model, final double tradeOff, final ConstraintDirection direction) {
    return new DpraPolicy(
        "DPRA",
        model,
        tradeOff,
        direction,
        new ThetaBlockDescent(9, 10),
        new DpraAllocation(),
        true);
  }

  /** The slot's P2 as this policy sees it (Z zeroed when not queue-aware). */
  public SlotProblem problem(final SlotObservation observation, final QueueState state) {
    final double[] weights = new double[model.apCount()];
    if (queueAware) {
      for (int k = 0; k < weights.length; k++) {
        weights[k] = direction.weight(state.queue(k));
      }
    }
    return new SlotProblem(model, observation, tradeOff, state.reputations(), weights);
  }

  /** The slot's gateway-side state with every DT at cut 0, ready for a partition search. */
  SlotWorkload workload(final SlotObservation observation) {
    return new SlotWorkload(
        model.latency(),
        observation.samples(),
        observation.linkRates(),
        new int[model.twinCount()]);
  }

  @Override
  public Decision decide(final SlotObservation observation, final QueueState state) {
    final FrequencyAllocation slotAllocation = allocation.forSlot(problem(observation, state));
    final SlotWorkload workload = workload(observation);
    final int[] cuts = search.search(workload, slotAllocation);
    return Decision.withMiningRemainder(model, cuts, slotAllocation.inferenceFrequencies(workload));
  }
}

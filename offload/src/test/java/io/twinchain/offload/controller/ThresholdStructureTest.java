/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.offload.latency.InferenceAggregation;
import io.twinchain.offload.latency.SlotWorkload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spec §7 property 8: at the optimum of the inner problem at most one AP is strictly inside
 * (f^min(θ*), f^max), and the APs are ordered by π_k = Z_k δ_k / f^max_k: every AP that infers at
 * f^max has a π at least that of the pivot, which is at least that of every AP at f^min. Also C2
 * holds with equality (f^I + f^B = f^max) and the block rate stays positive (S > 0).
 */
class ThresholdStructureTest {

  private static final double EDGE = 1e-9;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void atMostOneInteriorApOrderedByPrice(final long seed) {
    final SmallInstances instance =
        SmallInstances.random(seed, 8, 6, 6, InferenceAggregation.MAX_OF_PIPELINES);
    final DpraPolicy policy = DpraPolicy.dpra(instance.model, 10, ConstraintDirection.AT_LEAST);
    final SlotProblem problem = policy.problem(instance.observation, instance.state);
    final ThresholdAllocation allocation = new ThresholdAllocation(problem);
    final SlotWorkload workload =
        new SlotWorkload(
            instance.model.latency(),
            instance.observation.samples(),
            instance.observation.linkRates(),
            policy.decide(instance.observation, instance.state).cuts());
    final double[] inference = allocation.inferenceFrequencies(workload);
    final double theta = allocation.completionTime(workload);

    int interior = 0;
    double lowestAtMax = Double.POSITIVE_INFINITY;
    double highestAtMin = Double.NEGATIVE_INFINITY;
    double mining = 0;
    for (int k = 0; k < inference.length; k++) {
      final double max = instance.model.maxFrequency(k);
      final double min = allocation.minimumInference(k, theta);
      final double price = problem.weight(k) * problem.difficulty(k) / max;
      assertThat(inference[k]).isBetween(min * (1 - EDGE), max);
      if (inference[k] >= max * (1 - EDGE)) {
        lowestAtMax = Math.min(lowestAtMax, price);
      } else if (inference[k] <= min * (1 + EDGE) + max * EDGE) {
        highestAtMin = Math.max(highestAtMin, price);
      } else {
        interior++;
      }
      mining += (max - inference[k]) / problem.difficulty(k);
    }
    assertThat(interior).isLessThanOrEqualTo(1);
    assertThat(lowestAtMax).isGreaterThanOrEqualTo(highestAtMin);
    assertThat(mining).isPositive();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void fillOrderIsAscendingPrice(final long seed) {
    final SmallInstances instance =
        SmallInstances.random(seed, 4, 5, 5, InferenceAggregation.MAX_OF_PIPELINES);
    final SlotProblem problem =
        DpraPolicy.dpra(instance.model, 10, ConstraintDirection.AT_LEAST)
            .problem(instance.observation, instance.state);
    final int[] order = new ThresholdAllocation(problem).fillOrder();
    for (int i = 1; i < order.length; i++) {
      assertThat(price(problem, instance, order[i - 1]))
          .isLessThanOrEqualTo(price(problem, instance, order[i]));
    }
  }

  private static double price(
      final SlotProblem problem, final SmallInstances instance, final int k) {
    return problem.weight(k) * problem.difficulty(k) / instance.model.maxFrequency(k);
  }
}

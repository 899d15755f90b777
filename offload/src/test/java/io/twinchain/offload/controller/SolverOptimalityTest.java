/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.offload.latency.InferenceAggregation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spec §7 property 7: on small instances (N ≤ 3, L ≤ 6, K ≤ 3) the per-slot solver is within 0.5%
 * of brute force (every partition, f on the 1e−3·f^max grid) on the P2 objective. The tolerance is
 * relative to V·τ of the oracle's decision, because P2 itself (V·τ − Σ Z c) can be near zero.
 */
class SolverOptimalityTest {

  private static final double TOLERANCE = 0.005;
  private static final double TRADE_OFF = 10;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void productionSolverMatchesBruteForceWithTwoAps(final long seed) {
    check(SmallInstances.random(seed, 3, 6, 2, InferenceAggregation.MAX_OF_PIPELINES));
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24})
  void productionSolverMatchesBruteForceWithThreeAps(final long seed) {
    check(SmallInstances.random(seed, 2, 4, 3, InferenceAggregation.MAX_OF_PIPELINES));
  }

  @ParameterizedTest
  @ValueSource(longs = {31, 32, 33, 34, 35, 36})
  void sumAggregationMatchesBruteForce(final long seed) {
    check(SmallInstances.random(seed, 3, 5, 2, InferenceAggregation.SUM_OF_PIPELINES));
  }

  private static void check(final SmallInstances instance) {
    final DpraPolicy production =
        DpraPolicy.dpra(instance.model, TRADE_OFF, ConstraintDirection.AT_LEAST);
    final SlotProblem problem = production.problem(instance.observation, instance.state);
    final Decision oracle =
        new BruteForceOracle(production, 1000, 10_000).decide(instance.observation, instance.state);
    final double reference = problem.objective(oracle);
    final double scale = TRADE_OFF * problem.latency(oracle);
    for (final PartitionSearch search :
        new PartitionSearch[] {
          new ThetaBlockDescent(9, 10), new CoordinateDescent(20), new ExhaustiveEnumeration(10_000)
        }) {
      final Decision decision =
          instance.policy(TRADE_OFF, search).decide(instance.observation, instance.state);
      assertThat(problem.objective(decision))
          .as("%s vs brute force %s", search.name(), oracle)
          .isLessThanOrEqualTo(reference + TOLERANCE * scale);
    }
  }
}

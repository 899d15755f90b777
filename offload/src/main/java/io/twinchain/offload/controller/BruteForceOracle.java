/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.SlotWorkload;

/**
 * The per-slot brute-force oracle of spec §6.4 and §7 property 7, for small instances: every
 * partition vector, and f^I_k on the grid {0, 1/g, …, 1}·f^max_k (g = 1000 is the spec's 1e−3
 * grid). The grid is walked exhaustively for all but the last two APs; for those two, whose P2 is
 * convex in f for a fixed partition, nested discrete ternary search finds the grid minimum
 * (A-CTRL-ORACLE-GRID). It evaluates P2 term by term and shares no code with the threshold rule.
 */
public final class BruteForceOracle implements Policy {

  private final DpraPolicy problemSource;
  private final int gridSteps;
  private final long maxVectors;

  /**
   * @param problemSource supplies the model, V and queue weights of each slot
   * @param gridSteps g, grid points per AP minus one
   * @param maxVectors refuse instances with more partition vectors than this
   */
  public BruteForceOracle(
      final DpraPolicy problemSource, final int gridSteps, final long maxVectors) {
    if (gridSteps < 2) {
      throw new IllegalArgumentException("gridSteps must be >= 2, got " + gridSteps);
    }
    this.problemSource = problemSource;
    this.gridSteps = gridSteps;
    this.maxVectors = maxVectors;
  }

  @Override
  public Decision decide(final SlotObservation observation, final QueueState state) {
    final SystemModel model = problemSource.model();
    final SlotConstants constants = new SlotConstants(problemSource.problem(observation, state));
    final SlotWorkload workload = problemSource.workload(observation);
    if (CutEnumeration.count(workload) > maxVectors) {
      throw new IllegalArgumentException(
          "brute force refuses " + CutEnumeration.count(workload) + " partition vectors");
    }
    final GridSearch grid = new GridSearch(constants, gridSteps);
    final double[] best = {Double.POSITIVE_INFINITY};
    final int[][] bestCuts = {workload.cuts()};
    final double[][] bestInference = {new double[model.apCount()]};
    CutEnumeration.forEach(
        workload,
        w -> {
          final double[] inference = grid.minimize(w);
          final double value = constants.objective(w, inference);
          if (value < best[0]) {
            best[0] = value;
            bestCuts[0] = w.cuts();
            bestInference[0] = inference;
          }
        });
    return Decision.withMiningRemainder(model, bestCuts[0], bestInference[0]);
  }

  @Override
  public String name() {
    return "brute-force";
  }
}

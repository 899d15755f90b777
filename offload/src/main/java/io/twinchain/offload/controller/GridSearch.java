/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.SlotWorkload;

/** The brute-force oracle's grid minimisation of P2 over f^I for one partition. */
final class GridSearch {

  /** How many trailing coordinates use ternary search instead of a full scan. */
  private static final int TERNARY_DIMENSIONS = 2;

  private final SlotConstants constants;
  private final int steps;
  private final double[] point;
  private double[] best;
  private double bestValue;

  GridSearch(final SlotConstants constants, final int steps) {
    this.constants = constants;
    this.steps = steps;
    this.point = new double[constants.aps];
  }

  /** The grid point minimising P2 for this partition. */
  double[] minimize(final SlotWorkload workload) {
    best = point.clone();
    bestValue = Double.POSITIVE_INFINITY;
    search(workload, 0);
    return best.clone();
  }

  /** Minimum over coordinates dim.. with coordinates ..dim−1 fixed in {@link #point}. */
  private double search(final SlotWorkload workload, final int dim) {
    if (dim == constants.aps) {
      final double value = constants.objective(workload, point);
      if (value < bestValue) {
        bestValue = value;
        best = point.clone();
      }
      return value;
    }
    if (dim < constants.aps - TERNARY_DIMENSIONS) {
      double min = Double.POSITIVE_INFINITY;
      for (int i = 0; i <= steps; i++) {
        min = Math.min(min, at(workload, dim, i));
      }
      return min;
    }
    int lo = 0;
    int hi = steps;
    while (hi - lo > 2) {
      final int left = lo + (hi - lo) / 3;
      final int right = hi - (hi - lo) / 3;
      if (at(workload, dim, left) < at(workload, dim, right)) {
        hi = right - 1;
      } else {
        lo = left + 1;
      }
    }
    double min = Double.POSITIVE_INFINITY;
    for (int i = lo; i <= hi; i++) {
      min = Math.min(min, at(workload, dim, i));
    }
    return min;
  }

  private double at(final SlotWorkload workload, final int dim, final int index) {
    point[dim] = constants.maxFrequency[dim] * index / steps;
    return search(workload, dim + 1);
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.SlotWorkload;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The threshold-structured allocation of spec §5.3 under MAX_OF_PIPELINES (A-CTRL-THRESHOLD). For a
 * completion time θ each AP needs f^I_k ≥ f^min_k(θ) = W_k/(φ_k(θ − A_k)). Writing y_k = f^B_k/δ_k,
 * the rest of P2 is V·ω/S + Σ π_k y_k with S = Σ y_k and π_k = Z_k δ_k/f^max_k: a fractional
 * knapsack filled from the cheapest π up to S* = sqrt(Vω/π_k). So APs with small π mine all they
 * can, APs with large π infer at f^max, and at most one pivot AP is interior. Golden-section search
 * over θ (the problem is jointly convex in θ and f) closes the loop.
 */
final class ThresholdAllocation implements FrequencyAllocation {

  private static final double THETA_TOLERANCE = 1e-7;

  private final SlotConstants constants;
  private final int[] order;
  private final double[] target;
  private final double[] work;
  private final double[] arrival;
  private final double[] scratch;

  ThresholdAllocation(final SlotProblem problem) {
    this.constants = new SlotConstants(problem);
    final double[] price = constants.price;
    this.order =
        IntStream.range(0, constants.aps)
            .boxed()
            .sorted(Comparator.<Integer>comparingDouble(k -> price[k]).thenComparing(k -> k))
            .mapToInt(Integer::intValue)
            .toArray();
    this.target = new double[constants.aps];
    for (int k = 0; k < constants.aps; k++) {
      target[k] =
          price[k] > 0
              ? Math.sqrt(constants.tradeOff * constants.cyclesPerHash / price[k])
              : Double.POSITIVE_INFINITY;
    }
    this.work = new double[constants.aps];
    this.arrival = new double[constants.aps];
    this.scratch = new double[constants.aps];
  }

  /** The APs in fill order: ascending π_k = Z_k δ_k / f^max_k, ties by index. */
  int[] fillOrder() {
    return order.clone();
  }

  @Override
  public double objective(final SlotWorkload workload) {
    return valueAt(completionTime(workload));
  }

  /** θ*, the optimal inference completion time for this partition. */
  double completionTime(final SlotWorkload workload) {
    return GoldenSection.minimize(this::valueAt, load(workload), THETA_TOLERANCE);
  }

  @Override
  public double[] inferenceFrequencies(final SlotWorkload workload) {
    final double theta = completionTime(workload);
    final double[] mining = new double[constants.aps];
    fill(theta, mining);
    final double[] inference = new double[constants.aps];
    for (int k = 0; k < constants.aps; k++) {
      inference[k] =
          Math.min(
              constants.maxFrequency[k],
              Math.max(0, constants.maxFrequency[k] - constants.difficulty[k] * mining[k]));
    }
    return inference;
  }

  /** Copies W_k, A_k and returns θ_lo = max_k(A_k + W_k/(φ_k f^max_k)). */
  private double load(final SlotWorkload workload) {
    double lo = 0;
    for (int k = 0; k < constants.aps; k++) {
      work[k] = workload.apWork(k);
      arrival[k] = workload.arrival(k);
      lo =
          Math.max(
              lo, arrival[k] + work[k] / (constants.flopsPerCycle[k] * constants.maxFrequency[k]));
    }
    return lo;
  }

  /** P2 at completion time θ with the knapsack-optimal mining; +∞ if θ is infeasible. */
  private double valueAt(final double theta) {
    return fill(theta, scratch);
  }

  /**
   * Fills y_k in π order at completion time θ, storing them in {@code mining}.
   *
   * @return P2's value, or +∞ if some AP cannot finish by θ or nothing mines
   */
  private double fill(final double theta, final double[] mining) {
    double supply = 0;
    double cost = 0;
    for (final int k : order) {
      final double floor = minimumInference(k, theta);
      if (Double.isNaN(floor)) {
        return Double.POSITIVE_INFINITY;
      }
      final double capacity = (constants.maxFrequency[k] - floor) / constants.difficulty[k];
      final double take = supply < target[k] ? Math.min(capacity, target[k] - supply) : 0;
      supply += take;
      cost += constants.price[k] * take;
      mining[k] = take;
    }
    if (!(supply > 0)) {
      return Double.POSITIVE_INFINITY;
    }
    return constants.tradeOff * (theta + constants.cyclesPerHash / supply + constants.propagation)
        + cost
        - constants.weightSum;
  }

  /**
   * f^min_k(θ) for the workload last loaded, or NaN when AP k cannot finish its work by θ even at
   * f^max.
   */
  double minimumInference(final int k, final double theta) {
    final double slack = theta - arrival[k];
    if (work[k] <= 0) {
      return slack >= 0 ? 0 : Double.NaN;
    }
    if (!(slack > 0)) {
      return Double.NaN;
    }
    final double floor = work[k] / (constants.flopsPerCycle[k] * slack);
    if (floor > constants.maxFrequency[k] * (1 + 1e-12)) {
      return Double.NaN;
    }
    return Math.min(floor, constants.maxFrequency[k]);
  }

  @Override
  public String toString() {
    return "ThresholdAllocation" + Arrays.toString(order);
  }
}

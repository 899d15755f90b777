/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import io.twinchain.offload.sim.Estimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Aggregates one policy's samples. The time-average latency is the mean over slots of each slot's
 * mean latency; its interval comes from batch means (consecutive slots split into {@link #BATCHES}
 * batches, Student t over the batch means), since neighbouring slots are correlated (assumption
 * A-CTRL-LIVE-EXPERIMENT-STATS).
 */
final class ExperimentStatistics {
  /** Batches of the batch-means interval. */
  static final int BATCHES = 10;

  private ExperimentStatistics() {}

  static PolicyResult of(final PolicySamples samples) {
    final SortedMap<Long, Double> perSlot = latencyPerSlot(samples.twins());
    if (perSlot.isEmpty()) {
      throw new ExperimentException(samples.policy() + ": no twin was classified in any slot");
    }
    final List<TwinSample> decided =
        samples.twins().stream().filter(t -> t.classified() && t.decidedCut().isPresent()).toList();
    final List<TwinSample> withTail =
        samples.twins().stream()
            .filter(t -> t.inferenceShare().isPresent() && t.tailMillis().isPresent())
            .filter(t -> t.tailMillis().getAsDouble() > 0)
            .toList();
    final List<ApSample> mining =
        samples.aps().stream()
            .filter(a -> a.meteredMiningShare().isPresent() && a.hashRate().isPresent())
            .toList();
    return new PolicyResult(
        samples.policy(),
        perSlot,
        batchMeans(new ArrayList<>(perSlot.values())),
        (int) samples.twins().stream().filter(TwinSample::classified).count(),
        decided.size(),
        count(decided, TwinSample::matchesDecision),
        count(decided, TwinSample::matchesDecisionInForce),
        Correlation.pearson(
            values(withTail, t -> t.inferenceShare().getAsDouble()),
            values(withTail, t -> t.tailMillis().getAsDouble())),
        Correlation.pearson(
            values(mining, a -> a.meteredMiningShare().getAsDouble()),
            values(mining, a -> a.hashRate().getAsDouble())),
        firstAndLast(samples.aps(), ApSample::reputation),
        range(samples.aps(), ApSample::difficultyFactor));
  }

  /** Mean latency of the twins classified in each slot. */
  static SortedMap<Long, Double> latencyPerSlot(final List<TwinSample> twins) {
    final SortedMap<Long, double[]> sums = new TreeMap<>();
    for (final TwinSample twin : twins) {
      if (twin.classified()) {
        final double[] sum = sums.computeIfAbsent(twin.slot(), s -> new double[2]);
        sum[0] += twin.totalMillis().getAsDouble();
        sum[1]++;
      }
    }
    final SortedMap<Long, Double> means = new TreeMap<>();
    sums.forEach((slot, sum) -> means.put(slot, sum[0] / sum[1]));
    return means;
  }

  /** The mean of {@code series} with the 95% interval over {@link #BATCHES} batch means. */
  static Estimate batchMeans(final List<Double> series) {
    final int batches = Math.min(BATCHES, series.size());
    final List<Double> means = new ArrayList<>();
    for (int b = 0; b < batches; b++) {
      final List<Double> batch =
          series.subList(b * series.size() / batches, (b + 1) * series.size() / batches);
      means.add(batch.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }
    final Estimate estimate = Estimate.of(means);
    final double mean = series.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    return new Estimate(mean, estimate.halfWidth(), series.size());
  }

  private static int count(final List<TwinSample> twins, final Predicate<TwinSample> test) {
    return (int) twins.stream().filter(test).count();
  }

  private static <T> double[] values(final List<T> items, final Function<T, Double> value) {
    return items.stream().mapToDouble(value::apply).toArray();
  }

  private static Map<String, double[]> firstAndLast(
      final List<ApSample> aps, final Function<ApSample, OptionalDouble> value) {
    final Map<String, double[]> result = new LinkedHashMap<>();
    for (final ApSample ap : aps) {
      final OptionalDouble v = value.apply(ap);
      if (v.isPresent()) {
        result.computeIfAbsent(ap.ap(), k -> new double[] {v.getAsDouble(), 0})[1] =
            v.getAsDouble();
      }
    }
    return result;
  }

  private static Map<String, double[]> range(
      final List<ApSample> aps, final Function<ApSample, OptionalDouble> value) {
    final Map<String, double[]> result = new LinkedHashMap<>();
    for (final ApSample ap : aps) {
      final OptionalDouble v = value.apply(ap);
      if (v.isPresent()) {
        final double[] r =
            result.computeIfAbsent(
                ap.ap(), k -> new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
        r[0] = Math.min(r[0], v.getAsDouble());
        r[1] = Math.max(r[1], v.getAsDouble());
      }
    }
    return result;
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.twinchain.offload.sim.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ExperimentStatisticsTest {

  static TwinSample twin(
      final long slot, final int decided, final int previous, final int used, final double ms) {
    return new TwinSample(
        slot,
        "gateway-1",
        "devnet:machine-01",
        OptionalInt.of(decided),
        OptionalInt.of(previous),
        OptionalInt.of(used),
        OptionalDouble.of(0.5),
        OptionalDouble.of(ms / 10),
        OptionalDouble.of(ms));
  }

  static TwinSample idle(final long slot) {
    return new TwinSample(
        slot,
        "gateway-2",
        "devnet:machine-02",
        OptionalInt.of(3),
        OptionalInt.of(3),
        OptionalInt.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty());
  }

  static ApSample ap(
      final long slot, final double mining, final double previous, final double rate) {
    return new ApSample(
        slot,
        "ap-1",
        OptionalDouble.of(1 - mining),
        OptionalDouble.of(mining),
        OptionalDouble.of(previous),
        OptionalDouble.of(rate),
        OptionalDouble.of(0.5 + slot / 4.0),
        OptionalDouble.of(1 - slot / 8.0));
  }

  @Test
  void theTimeAverageIsTheMeanOfEachSlotsMean() {
    final List<TwinSample> twins =
        List.of(twin(1, 5, 5, 5, 10), twin(1, 5, 5, 5, 30), idle(1), twin(2, 5, 5, 5, 40), idle(3));
    assertThat(ExperimentStatistics.latencyPerSlot(twins))
        .containsExactly(java.util.Map.entry(1L, 20.0), java.util.Map.entry(2L, 40.0));
    final PolicyResult result =
        ExperimentStatistics.of(new PolicySamples("dpra", twins, List.of()));
    assertThat(result.timeAverage().mean()).isEqualTo(30.0);
    assertThat(result.inferences()).isEqualTo(3);
  }

  @Test
  void batchMeansGiveTheStudentIntervalOfTenBatches() {
    final List<Double> series = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      series.add((double) (i / 10));
    }
    final Estimate estimate = ExperimentStatistics.batchMeans(series);
    // Batch means 0..9: sd = 3.0277, t(0.975, 9) = 2.262, half-width = 2.262 · 3.0277 / √10.
    assertThat(estimate.mean()).isEqualTo(4.5);
    assertThat(estimate.halfWidth()).isCloseTo(2.262 * 3.0277 / Math.sqrt(10), within(1e-3));
    assertThat(estimate.count()).isEqualTo(100);
  }

  @Test
  void cutsCountAsFollowedWhenTheSlotsOrThePreviousDecisionWasUsed() {
    final PolicyResult result =
        ExperimentStatistics.of(
            new PolicySamples(
                "dpra",
                List.of(twin(1, 4, 4, 4, 1), twin(2, 6, 4, 4, 1), twin(3, 6, 6, 2, 1), idle(4)),
                List.of()));
    assertThat(result.withDecision()).isEqualTo(3);
    assertThat(result.matchingDecision()).isEqualTo(1);
    assertThat(result.matchingInForce()).isEqualTo(2);
    assertThat(result.followedInForce()).isCloseTo(2 / 3.0, within(1e-12));
  }

  @Test
  void hashRateIsCorrelatedWithThePreviousSlotsMiningShare() {
    final PolicyResult result =
        ExperimentStatistics.of(
            new PolicySamples(
                "dpra",
                List.of(twin(1, 4, 4, 4, 1)),
                List.of(ap(1, 0, 1, 1e6), ap(2, 1, 0.5, 5e5), ap(3, 0, 0, 0), ap(4, 0, 1, 1e6))));
    assertThat(result.hashRateVsShare().getAsDouble()).isCloseTo(1.0, within(1e-9));
    assertThat(result.reputation().get("ap-1")).containsExactly(0.75, 1.5);
    assertThat(result.difficultyFactor().get("ap-1")).containsExactly(0.5, 0.875);
  }

  @Test
  void aPolicyWithoutAnyClassificationIsAnError() {
    assertThatThrownBy(
            () ->
                ExperimentStatistics.of(new PolicySamples("ap-only", List.of(idle(1)), List.of())))
        .isInstanceOf(ExperimentException.class)
        .hasMessageContaining("ap-only");
  }

  @Test
  void pearsonNeedsVariation() {
    assertThat(Correlation.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6}).getAsDouble())
        .isCloseTo(1.0, within(1e-12));
    assertThat(Correlation.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1}).getAsDouble())
        .isCloseTo(-1.0, within(1e-12));
    assertThat(Correlation.pearson(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isEmpty();
  }
}

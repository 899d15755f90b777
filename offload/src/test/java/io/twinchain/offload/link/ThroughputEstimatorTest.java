/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ThroughputEstimatorTest {

  @Test
  void bytesAndTimeAreAveragedSeparatelyFromTheFirstTransferOn() {
    final ThroughputEstimator estimator = new ThroughputEstimator(0.25, 1000);
    assertThat(estimator.bitsPerSecond()).isEmpty();
    estimator.record(new Transfer(10_000, 8_000_000));
    assertThat(estimator.bitsPerSecond())
        .hasValueSatisfying(r -> assertThat(r).isCloseTo(1e7, within(1e-3)));
    estimator.record(new Transfer(10_000, 16_000_000));
    assertThat(estimator.bitsPerSecond())
        .hasValueSatisfying(
            r -> assertThat(r).isCloseTo(10_000 * 8e9 / (0.75 * 8e6 + 0.25 * 16e6), within(1e-3)));
  }

  @Test
  void transfersBelowTheMinimumDoNotCount() {
    final ThroughputEstimator estimator = new ThroughputEstimator(0.5, 1000);
    estimator.record(new Transfer(999, 1));
    assertThat(estimator.samples()).isZero();
    assertThat(estimator.bitsPerSecond()).isEmpty();
  }
}

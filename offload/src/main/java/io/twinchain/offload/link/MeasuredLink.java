/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import io.twinchain.offload.tensor.Tensor;
import java.io.IOException;
import java.util.Optional;

/**
 * A link that measures itself: every completed transfer of the wrapped link feeds a {@link
 * ThroughputEstimator}, whose estimate is the r_m(t) the controller should use for a real link.
 */
public final class MeasuredLink implements Link {
  private final Link link;
  private final ThroughputEstimator estimator;

  /** Measures {@code link} with {@code estimator}. */
  public MeasuredLink(final Link link, final ThroughputEstimator estimator) {
    this.link = link;
    this.estimator = estimator;
  }

  @Override
  public Transfer send(final Tensor tensor) throws IOException {
    final Transfer transfer = link.send(tensor);
    estimator.record(transfer);
    return transfer;
  }

  /** The estimated rate in bit/s, empty before the first transfer that counts. */
  public Optional<Double> estimatedBitsPerSecond() {
    return estimator.bitsPerSecond();
  }

  @Override
  public void close() throws IOException {
    link.close();
  }
}

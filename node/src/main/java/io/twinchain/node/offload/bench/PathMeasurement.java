/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.bench;

import io.twinchain.node.offload.gateway.LatencyParts;
import java.util.Arrays;
import java.util.List;

/** The median of each latency part, and of the total, over repeated runs of one cut, in seconds. */
record PathMeasurement(
    int cut, long cutBytes, double head, double transfer, double tail, double total) {

  static PathMeasurement of(final int cut, final long cutBytes, final List<LatencyParts> runs) {
    return new PathMeasurement(
        cut,
        cutBytes,
        median(runs.stream().mapToLong(LatencyParts::headNanos).toArray()),
        median(runs.stream().mapToLong(LatencyParts::transferNanos).toArray()),
        median(runs.stream().mapToLong(LatencyParts::tailNanos).toArray()),
        median(runs.stream().mapToLong(LatencyParts::totalNanos).toArray()));
  }

  private static double median(final long[] nanos) {
    final long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    final int mid = sorted.length / 2;
    final double value =
        sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    return value / 1e9;
  }
}

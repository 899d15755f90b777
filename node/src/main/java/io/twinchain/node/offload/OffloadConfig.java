/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload;

import io.twinchain.node.keys.NodeId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The offload runtime's settings ({@code --offload-*} options).
 *
 * @param zoo the model zoo directory
 * @param modelId the model every twin runs until the controller decides otherwise
 * @param cut the fixed partition point used until the controller decides
 * @param ap the AP a gateway offloads to until the controller decides; empty: no offloading
 * @param slot the slot length: how often a gateway classifies its twins' new windows
 * @param linkRateBitsPerSecond a constant modelled link rate; empty: the real link (measured)
 * @param rateTrace a CSV of per-slot rates (column {@code rate_bps}); takes precedence
 * @param inferenceShare an AP's initial inference share f^I / f^max
 * @param historySlots slots of partition history kept per twin for {@code dnn_getPartition}
 */
public record OffloadConfig(
    Path zoo,
    String modelId,
    int cut,
    Optional<NodeId> ap,
    Duration slot,
    Optional<Double> linkRateBitsPerSecond,
    Optional<Path> rateTrace,
    double inferenceShare,
    int historySlots) {

  /** The condition classifier of the zoo. */
  public static final String DEFAULT_MODEL = "vibration-cnn";

  /** Defaults: the repository's zoo, the classifier at its middle cut, 1 s slots, full share. */
  public static OffloadConfig defaults() {
    return new OffloadConfig(
        Path.of("offload", "models"),
        DEFAULT_MODEL,
        5,
        Optional.empty(),
        Duration.ofSeconds(1),
        Optional.empty(),
        Optional.empty(),
        1.0,
        1024);
  }
}

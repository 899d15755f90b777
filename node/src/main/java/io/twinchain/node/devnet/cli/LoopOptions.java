/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.cli;

import io.twinchain.node.devnet.LoopChoice;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code devnet up}'s choice of the slot loop: policy, seed and slot length. */
public final class LoopOptions {
  @Option(
      names = "--controller-policy",
      paramLabel = "NAME",
      defaultValue = "dpra",
      description =
          "Policy of the controller on gateway-1: dpra or a baseline such as fixed-mid-cut,"
              + " ap-only (default: ${DEFAULT-VALUE}).")
  private String policy;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      defaultValue = "1",
      description = "Seed of the controller's random stream (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--slot-ms",
      paramLabel = "MS",
      description =
          "Slot length of the controller and the gateways' offload loops (default: the block"
              + " period for the controller, 1000 for the offload loop).")
  private Optional<Long> slotMillis = Optional.empty();

  /** The checked choice. */
  public LoopChoice choice() {
    return new LoopChoice(policy, seed, slotMillis.map(Duration::ofMillis));
  }
}

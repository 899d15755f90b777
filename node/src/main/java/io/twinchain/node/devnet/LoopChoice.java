/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import io.twinchain.node.controller.PolicyCatalog;
import java.time.Duration;
import java.util.Optional;

/**
 * How a devnet's slot loop runs: the controller's policy (DPRA or a {@link PolicyCatalog}
 * baseline), the seed of its random stream, and the slot length shared by the controller and the
 * gateways' offload loops. Two devnets generated with the same choice but different policies run
 * the same seeds: the simulated machines are seeded by their index, the controller by {@code seed}.
 *
 * @param policy a {@link PolicyCatalog#NAMES} entry
 * @param seed the controller's seed ({@code controller-seed})
 * @param slot the slot length; empty keeps the node defaults (genesis block period for the
 *     controller, 1 s for the offload loop)
 */
public record LoopChoice(String policy, long seed, Optional<Duration> slot) {

  /** Checks the policy name and the slot length. */
  public LoopChoice {
    if (!PolicyCatalog.NAMES.contains(policy)) {
      throw new DevnetException(
          "unknown controller policy '" + policy + "'; known: " + PolicyCatalog.NAMES);
    }
    if (slot.isPresent() && slot.get().toMillis() < 1) {
      throw new DevnetException("the slot length must be at least 1 ms, got " + slot.get());
    }
  }

  /** DPRA, seed 1, the nodes' default slot lengths. */
  public static LoopChoice defaults() {
    return new LoopChoice("dpra", 1, Optional.empty());
  }

  /** The same seeds and slot under another policy. */
  public LoopChoice withPolicy(final String other) {
    return new LoopChoice(other, seed, slot);
  }

  /** The {@code config.toml} lines every node of the devnet gets. */
  String toml() {
    final StringBuilder toml =
        new StringBuilder("controller-policy=\"")
            .append(policy)
            .append("\"\ncontroller-seed=")
            .append(seed)
            .append('\n');
    slot.ifPresent(
        length ->
            toml.append("slot-length=")
                .append(length.toMillis())
                .append("\noffload-slot-ms=")
                .append(length.toMillis())
                .append('\n'));
    return toml.toString();
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import io.twinchain.node.controller.PolicyCatalog;
import io.twinchain.node.devnet.LoopChoice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One experiment: the policies to compare and what every devnet shares.
 *
 * @param policies the controller policies, each run on its own fresh devnet
 * @param slots slots sampled per policy
 * @param warmupSlots slots skipped after the first decision
 * @param seed the controller seed of every run (the machines are seeded by their index)
 * @param slot the slot length of controller and offload loops
 * @param out where CSV, PNG, the summary and the devnet folders go
 * @param portOffset added to every devnet port
 */
public record ExperimentSettings(
    List<String> policies,
    int slots,
    int warmupSlots,
    long seed,
    Duration slot,
    Path out,
    int portOffset) {

  /** Checks the values; every policy must be known. */
  public ExperimentSettings {
    policies = List.copyOf(policies);
    if (policies.isEmpty() || slots < 10 || warmupSlots < 0) {
      throw new ExperimentException("need at least one policy, --slots >= 10, --warmup-slots >= 0");
    }
    for (final String policy : policies) {
      if (!PolicyCatalog.NAMES.contains(policy)) {
        throw new ExperimentException(
            "unknown controller policy '" + policy + "'; known: " + PolicyCatalog.NAMES);
      }
    }
  }

  /** The devnet loop of {@code policy}: same seed and slot for every policy. */
  public LoopChoice loop(final String policy) {
    return new LoopChoice(policy, seed, Optional.of(slot));
  }
}

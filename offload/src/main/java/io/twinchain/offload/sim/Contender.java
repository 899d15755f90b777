/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

import io.twinchain.offload.controller.Policy;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * A named policy and the world it runs in (the ρ = 0 baseline changes the consensus, not just the
 * decisions).
 *
 * @param name report name
 * @param world turns the shared scenario into this contender's
 * @param policy builds a fresh policy for a scenario and the seed's streams
 */
public record Contender(
    String name,
    UnaryOperator<Scenario> world,
    BiFunction<Scenario, RandomStreams, Policy> policy) {

  /** A contender in the unchanged world. */
  public static Contender of(
      final String name, final BiFunction<Scenario, RandomStreams, Policy> policy) {
    return new Contender(name, UnaryOperator.identity(), policy);
  }

  /** Runs this contender for one seed. */
  public Trajectory run(
      final Scenario shared,
      final RandomStreams streams,
      final int slots,
      final SlotProgress progress) {
    final Scenario scenario = world.apply(shared);
    return new SlotSimulator(scenario)
        .run(policy.apply(scenario, streams), streams, slots, progress);
  }
}

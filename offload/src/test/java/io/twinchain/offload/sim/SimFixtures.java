/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

import io.twinchain.offload.latency.LayerTables;

/** Runs for the simulator tests: the spec §6.3 world, optionally with another Γ. */
final class SimFixtures {

  static final int SLOTS = 1000;

  private SimFixtures() {}

  static ScenarioConfig defaults() {
    return ScenarioConfig.defaults(LayerTables.vgg16Cifar10());
  }

  static ScenarioConfig withGamma(final double gamma) {
    final ScenarioConfig d = defaults();
    return d.withReputation(d.reputation().withGamma(gamma));
  }

  static Trajectory run(final ScenarioConfig world, final Contender contender, final long seed) {
    final RandomStreams streams = new RandomStreams(seed);
    return contender.run(world.build(streams), streams, SLOTS, SlotProgress.NONE);
  }

  static RunSummary summary(
      final ScenarioConfig world, final Contender contender, final long seed) {
    return RunSummary.of(run(world, contender, seed), world.gammas());
  }
}

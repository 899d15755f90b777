/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.offload.controller.CoordinateDescent;
import io.twinchain.offload.controller.CutRule;
import io.twinchain.offload.controller.DpraAllocation;
import io.twinchain.offload.controller.DpraPolicy;
import io.twinchain.offload.controller.FixedShareAllocation;
import io.twinchain.offload.controller.Policy;
import io.twinchain.offload.controller.StaticPolicy;
import io.twinchain.offload.controller.ThetaBlockDescent;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The policies the controller role runs, by name: DPRA and the spec §6.4 baselines that make sense
 * on a live network (the oracle is for small simulations, ρ = 0 is a genesis setting, not a
 * policy). The same devnet can run each in turn to compare them on the same seeds.
 */
public final class PolicyCatalog {

  /** Every name {@link #create} accepts. */
  public static final List<String> NAMES =
      List.of(
          "dpra",
          "latency-greedy",
          "gateway-only",
          "ap-only",
          "fixed-mid-cut",
          "random-cut",
          "equal-split");

  private PolicyCatalog() {}

  /** The policy called {@code setup.policy()}; unknown names are refused with the list. */
  public static Policy create(final ControllerSetup setup) {
    final var system = setup.system();
    final var v = setup.tradeOff();
    final var direction = setup.constraint().direction();
    final var random = new SplittableRandom(setup.seed());
    return switch (setup.policy()) {
      case "dpra" -> DpraPolicy.dpra(system, v, direction);
      case "latency-greedy" ->
          new DpraPolicy(
              "latency-greedy",
              system,
              v,
              direction,
              new ThetaBlockDescent(9, 10),
              new DpraAllocation(),
              false);
      case "gateway-only" ->
          new StaticPolicy("gateway-only", system, CutRule.GATEWAY_ONLY, 0, random);
      case "ap-only" -> new StaticPolicy("ap-only", system, CutRule.AP_ONLY, 0.5, random);
      case "fixed-mid-cut" ->
          new StaticPolicy("fixed-mid-cut", system, CutRule.MIDDLE, 0.5, random);
      case "random-cut" -> new StaticPolicy("random-cut", system, CutRule.RANDOM, 0.5, random);
      case "equal-split" ->
          new DpraPolicy(
              "equal-split",
              system,
              v,
              direction,
              new CoordinateDescent(20),
              new FixedShareAllocation(0.5),
              true);
      default ->
          throw new IllegalArgumentException(
              "unknown controller policy '" + setup.policy() + "'; known: " + NAMES);
    };
  }
}

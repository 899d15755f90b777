/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

import io.twinchain.chain.reputation.ExponentialDifficulty;
import io.twinchain.offload.controller.BruteForceOracle;
import io.twinchain.offload.controller.CoordinateDescent;
import io.twinchain.offload.controller.CutRule;
import io.twinchain.offload.controller.DpraAllocation;
import io.twinchain.offload.controller.DpraPolicy;
import io.twinchain.offload.controller.FixedShareAllocation;
import io.twinchain.offload.controller.StaticPolicy;
import io.twinchain.offload.controller.ThetaBlockDescent;
import java.util.List;

/**
 * DPRA and the baselines of spec §6.4, as contenders for a given V. "Equal split" keeps f^I = f^B =
 * f^max/2 and picks the best cut for it (A-CTRL-EQUAL-SPLIT-CUT).
 */
public final class Baselines {

  /** DPRA's report name. */
  public static final String DPRA = "DPRA";

  /** The latency-greedy variant's report name. */
  public static final String LATENCY_GREEDY = "latency-greedy (Z=0)";

  /** The pure-PoW variant's report name. */
  public static final String NO_STAKE = "DPRA rho=0";

  /** The grid oracle's report name. */
  public static final String ORACLE = "brute-force oracle";

  private Baselines() {}

  /** DPRA at trade-off V. */
  public static Contender dpra(final double tradeOff) {
    return Contender.of(
        DPRA, (s, r) -> DpraPolicy.dpra(s.system(), tradeOff, s.constraint().direction()));
  }

  /** DPRA and every §6.4 baseline except the oracle, in report order. */
  public static List<Contender> all(final double tradeOff) {
    return List.of(
        dpra(tradeOff),
        staticCut("gateway-only", CutRule.GATEWAY_ONLY, 0),
        staticCut("AP-only", CutRule.AP_ONLY, 0.5),
        staticCut("fixed mid cut", CutRule.MIDDLE, 0.5),
        staticCut("random cut", CutRule.RANDOM, 0.5),
        Contender.of(
            "equal split",
            (s, r) ->
                new DpraPolicy(
                    "equal split",
                    s.system(),
                    tradeOff,
                    s.constraint().direction(),
                    new CoordinateDescent(20),
                    new FixedShareAllocation(0.5),
                    true)),
        new Contender(
            NO_STAKE,
            s -> s.withDifficulty(new ExponentialDifficulty(0, 1)),
            (s, r) -> DpraPolicy.dpra(s.system(), tradeOff, s.constraint().direction())),
        latencyGreedy(tradeOff));
  }

  /** DPRA with Z ≡ 0: the per-slot latency optimum that ignores C3. */
  public static Contender latencyGreedy(final double tradeOff) {
    return Contender.of(
        LATENCY_GREEDY,
        (s, r) ->
            new DpraPolicy(
                LATENCY_GREEDY,
                s.system(),
                tradeOff,
                s.constraint().direction(),
                new ThetaBlockDescent(9, 10),
                new DpraAllocation(),
                false));
  }

  /** The largest instance the oracle accepts, in partition vectors ∏(L_n + 1). */
  public static final long ORACLE_MAX_VECTORS = 10_000;

  /** The per-slot grid oracle (small instances only). */
  public static Contender oracle(final double tradeOff) {
    return Contender.of(
        ORACLE,
        (s, r) ->
            new BruteForceOracle(
                DpraPolicy.dpra(s.system(), tradeOff, s.constraint().direction()),
                1000,
                ORACLE_MAX_VECTORS));
  }

  /** ∏(L_n + 1) for a scenario, saturating at Long.MAX_VALUE. */
  public static long oracleVectors(final ScenarioConfig scenario) {
    final int twins = scenario.gateways() * scenario.twinsPerGateway();
    final double vectors = Math.pow(scenario.model().layerCount() + 1, twins);
    return vectors >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) vectors;
  }

  private static Contender staticCut(final String name, final CutRule rule, final double share) {
    return Contender.of(
        name, (s, r) -> new StaticPolicy(name, s.system(), rule, share, r.policy()));
  }
}

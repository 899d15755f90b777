/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

import java.util.List;

/**
 * What {@code twinchain simulate} runs: the world, the slot count, the seeds, V, and the sweeps.
 *
 * @param scenario the world (spec §6.3 defaults unless overridden)
 * @param slots T per run
 * @param seeds number of seeds, {@code firstSeed}, {@code firstSeed + 1}, …
 * @param firstSeed the first seed
 * @param tradeOff V of the baseline comparison and the K sweep
 * @param tradeOffSweep the V values of the V sweep
 * @param apSweep the K values of the K sweep
 * @param gammaSweep the Γ values at which DPRA and latency-greedy are compared
 * @param oracle whether to add the per-slot brute-force oracle (small instances only)
 */
public record SimulationConfig(
    ScenarioConfig scenario,
    int slots,
    int seeds,
    long firstSeed,
    double tradeOff,
    List<Double> tradeOffSweep,
    List<Integer> apSweep,
    List<Double> gammaSweep,
    boolean oracle) {

  public SimulationConfig {
    if (slots < 1 || seeds < 1) {
      throw new IllegalArgumentException("need slots >= 1 and seeds >= 1");
    }
    if (!(tradeOff > 0)) {
      throw new IllegalArgumentException("V must be > 0, got " + tradeOff);
    }
    tradeOffSweep = List.copyOf(tradeOffSweep);
    apSweep = List.copyOf(apSweep);
    gammaSweep = List.copyOf(gammaSweep);
    for (final double gamma : gammaSweep) {
      if (!(gamma >= 0 && gamma <= 1)) {
        throw new IllegalArgumentException("every swept Γ must be in [0, 1], got " + gamma);
      }
    }
    for (final double v : tradeOffSweep) {
      if (!(v > 0)) {
        throw new IllegalArgumentException("every swept V must be > 0, got " + v);
      }
    }
    for (final int k : apSweep) {
      if (k < 1) {
        throw new IllegalArgumentException("every swept K must be >= 1, got " + k);
      }
    }
    if (oracle && Baselines.oracleVectors(scenario) > Baselines.ORACLE_MAX_VECTORS) {
      throw new IllegalArgumentException(
          "the brute-force oracle needs (L+1)^N <= "
              + Baselines.ORACLE_MAX_VECTORS
              + " partition vectors; this scenario has "
              + Baselines.oracleVectors(scenario));
    }
  }

  /** Slots the whole simulation runs, for the progress bar. */
  public long totalSlots() {
    final int contenders = Baselines.all(tradeOff).size() + (oracle ? 1 : 0);
    return (long) slots
        * seeds
        * (contenders + tradeOffSweep.size() + apSweep.size() + 2L * gammaSweep.size());
  }
}

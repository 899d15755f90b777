/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.reputation;

/**
 * δ_k = δ_0·exp(−ρ·R_k), clamped to [floor·δ_0, δ_0] and never below 1. Assumption A-DIFF-EXP (spec
 * §3.2 [RECON]); ρ = 0 is plain PoW. The floor keeps a fully reputed AP from mining at no cost,
 * which would let reputation alone decide every block.
 */
public record ExponentialDifficulty(double rho, double floorFraction)
    implements DifficultyFunction {

  /** Name in genesis/config files. */
  public static final String NAME = "exponential";

  public ExponentialDifficulty {
    if (!(rho >= 0) || Double.isInfinite(rho)) {
      throw new IllegalArgumentException("rho must be finite and >= 0, got " + rho);
    }
    if (!(floorFraction > 0 && floorFraction <= 1)) {
      throw new IllegalArgumentException("floorFraction must be in (0, 1], got " + floorFraction);
    }
  }

  @Override
  public double difficulty(final double baseDifficulty, final double reputation) {
    Reputations.checkBase(baseDifficulty);
    final double scaled = baseDifficulty * StrictMath.exp(-rho * Reputations.clamp(reputation));
    return Math.max(1.0, Math.max(scaled, baseDifficulty * floorFraction));
  }

  @Override
  public String name() {
    return NAME;
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.difficulty;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A reputation R ∈ [0, 1] as stored in state: an integer number of 10^-18 units ("wad", as Solidity
 * contracts keep fractions), so that state, snapshot root and every verifier agree bit for bit
 * (assumption A-CONS-SNAPSHOT-ROOT).
 *
 * @param wad R · 10^18, in [0, 10^18]
 */
public record FixedPointReputation(long wad) {

  /** 10^18: the wad of reputation 1. */
  public static final long ONE_WAD = 1_000_000_000_000_000_000L;

  /** Reputation 0: an AP that has not contributed. */
  public static final FixedPointReputation ZERO = new FixedPointReputation(0);

  public FixedPointReputation {
    checkArgument(wad >= 0 && wad <= ONE_WAD, "reputation must be within [0, 1e18] wad: %s", wad);
  }

  /** The reputation written as a decimal in [0, 1] (as in genesis files), rounded down to a wad. */
  public static FixedPointReputation parse(final String decimal) {
    final BigDecimal value = new BigDecimal(decimal);
    checkArgument(
        value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0,
        "reputation must be within [0, 1]: %s",
        decimal);
    return new FixedPointReputation(
        value.movePointRight(18).setScale(0, RoundingMode.FLOOR).longValueExact());
  }

  /** R as a double for the difficulty function; the division is IEEE-exact on every node. */
  public double toDouble() {
    return (double) wad / ONE_WAD;
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.reputation;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The spec's EWMA reputation step R(t+1) = (1 − η)·R(t) + η·c(t) (bdt-model.md §3.2) in the
 * fixed-point arithmetic ReputationRegistry uses: every value is scaled by {@link #ONE} = 1e18 and
 * each slot step rounds down once, {@code R' = ((ONE − η)·R + η·c) / ONE}. Assumption
 * A-REP-FIXEDPOINT. Uses {@link BigInteger} so the intermediate 2^128-sized products are exact, as
 * in the EVM's 256-bit words.
 *
 * @param eta η scaled by ONE, in [{@link #MIN_ETA}, ONE]
 */
public record FixedPointEwma(long eta) {

  /** Fixed-point one: 1.0 is 10^18. */
  public static final long ONE = 1_000_000_000_000_000_000L;

  /** Smallest η the contract accepts (0.01), which bounds its loop over empty slots. */
  public static final long MIN_ETA = ONE / 100;

  private static final BigInteger ONE_BIG = BigInteger.valueOf(ONE);

  public FixedPointEwma {
    Preconditions.checkArgument(
        eta >= MIN_ETA && eta <= ONE, "eta must be in [%s, %s], got %s", MIN_ETA, ONE, eta);
  }

  /** η given as a real number, rounded down to the fixed-point grid. */
  public static FixedPointEwma ofReal(final double eta) {
    return new FixedPointEwma(toFixed(eta));
  }

  /** One slot: R(t+1) from R(t) and c(t), both scaled by ONE. */
  public long step(final long reputation, final long contribution) {
    checkUnit(reputation);
    checkUnit(contribution);
    final BigInteger weighted =
        BigInteger.valueOf(ONE - eta)
            .multiply(BigInteger.valueOf(reputation))
            .add(BigInteger.valueOf(eta).multiply(BigInteger.valueOf(contribution)));
    return weighted.divide(ONE_BIG).longValueExact();
  }

  /** A real number in [0, 1] rounded down to the fixed-point grid. */
  public static long toFixed(final double value) {
    Preconditions.checkArgument(value >= 0 && value <= 1, "value must be in [0, 1], got %s", value);
    return new BigDecimal(value).multiply(new BigDecimal(ONE_BIG)).toBigInteger().longValueExact();
  }

  /** A fixed-point value as a real number. */
  public static double toReal(final long fixed) {
    return fixed / (double) ONE;
  }

  private static void checkUnit(final long value) {
    Preconditions.checkArgument(value >= 0 && value <= ONE, "value out of [0, ONE]: %s", value);
  }
}

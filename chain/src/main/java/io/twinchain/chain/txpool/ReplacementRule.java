/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import java.math.BigInteger;
import java.util.Optional;

/**
 * When a transaction may replace a pending one with the same sender and nonce: it must pay strictly
 * more, and at least the price bump more, in both fee cap and tip (geth's and Besu's rule, default
 * 10 %). On a free-gas network a replacement therefore needs a non-zero price.
 */
final class ReplacementRule {

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  private final BigInteger bumpedPercent;

  ReplacementRule(final int priceBumpPercent) {
    this.bumpedPercent = BigInteger.valueOf(100L + priceBumpPercent);
  }

  /** Why {@code replacement} may not replace {@code existing}; empty if it may. */
  Optional<String> refusal(
      final PendingTransaction existing, final PendingTransaction replacement) {
    final BigInteger oldCap = existing.transaction().maxFeePerGas();
    final BigInteger newCap = replacement.transaction().maxFeePerGas();
    if (!paysEnoughMore(oldCap, newCap)) {
      return Optional.of("fee cap " + newCap + " must exceed " + oldCap + " by the price bump");
    }
    if (!paysEnoughMore(existing.tip(), replacement.tip())) {
      return Optional.of(
          "tip " + replacement.tip() + " must exceed " + existing.tip() + " by the price bump");
    }
    return Optional.empty();
  }

  private boolean paysEnoughMore(final BigInteger old, final BigInteger offered) {
    return offered.compareTo(old) > 0
        && offered.multiply(HUNDRED).compareTo(old.multiply(bumpedPercent)) >= 0;
  }
}

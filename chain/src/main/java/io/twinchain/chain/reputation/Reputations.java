/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.reputation;

/** Argument checks shared by the reputation strategies. */
final class Reputations {

  private Reputations() {}

  /** Reputation and contribution live in [0, 1]; NaN is a caller bug, not a value to clamp. */
  static double clamp(final double value) {
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("reputation/contribution is NaN");
    }
    return Math.min(1.0, Math.max(0.0, value));
  }

  static void checkBase(final double baseDifficulty) {
    if (!(baseDifficulty >= 1) || Double.isInfinite(baseDifficulty)) {
      throw new IllegalArgumentException(
          "base difficulty must be finite and >= 1, got " + baseDifficulty);
    }
  }
}

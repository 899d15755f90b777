/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.reputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.twinchain.chain.reputation.EwmaReputation;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The fixed-point step tracks the real-valued spec step and rounds down exactly once. */
class FixedPointEwmaProperties {

  private static final long ONE = FixedPointEwma.ONE;

  @Property
  void agreesWithTheRealValuedSpecStep(
      @ForAll @DoubleRange(min = 0.01, max = 1) final double eta,
      @ForAll @LongRange(min = 0, max = ONE) final long reputation,
      @ForAll @LongRange(min = 0, max = ONE) final long contribution) {
    final FixedPointEwma fixed = FixedPointEwma.ofReal(eta);
    final double real =
        new EwmaReputation(FixedPointEwma.toReal(fixed.eta()))
            .next(FixedPointEwma.toReal(reputation), FixedPointEwma.toReal(contribution), 0);
    assertThat(FixedPointEwma.toReal(fixed.step(reputation, contribution)))
        .isCloseTo(real, within(1e-15));
  }

  @Property
  void staysBetweenReputationAndContribution(
      @ForAll @LongRange(min = FixedPointEwma.MIN_ETA, max = ONE) final long eta,
      @ForAll @LongRange(min = 0, max = ONE) final long reputation,
      @ForAll @LongRange(min = 0, max = ONE) final long contribution) {
    final long next = new FixedPointEwma(eta).step(reputation, contribution);
    assertThat(next)
        .isBetween(Math.min(reputation, contribution), Math.max(reputation, contribution));
  }

  @Test
  void roundsDownOnce() {
    // (0.9e18 * 3 + 0.1e18 * 0) / 1e18 = 2.7 → 2
    assertThat(new FixedPointEwma(ONE / 10).step(3, 0)).isEqualTo(2);
    assertThat(new FixedPointEwma(ONE / 10).step(ONE / 2, ONE)).isEqualTo(550_000_000_000_000_000L);
  }

  @Test
  void rejectsEtaBelowTheContractMinimum() {
    assertThatThrownBy(() -> new FixedPointEwma(FixedPointEwma.MIN_ETA - 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

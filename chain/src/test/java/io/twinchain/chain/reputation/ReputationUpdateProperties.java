/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.reputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The §3.2 reputation updates stay in [0, 1] and move toward the contribution. */
class ReputationUpdateProperties {

  @Property
  void ewmaStaysBetweenCurrentAndContribution(
      @ForAll @DoubleRange(min = 0.01, max = 1) final double eta,
      @ForAll @DoubleRange(min = 0, max = 1) final double current,
      @ForAll @DoubleRange(min = 0, max = 1) final double contribution,
      @ForAll @LongRange(min = 0, max = 1_000_000) final long slot) {
    final double next = new EwmaReputation(eta).next(current, contribution, slot);
    assertThat(next)
        .isBetween(
            Math.min(current, contribution) - 1e-15, Math.max(current, contribution) + 1e-15);
  }

  @Test
  void ewmaKnownValue() {
    assertThat(new EwmaReputation(0.1).next(0.5, 1.0, 7)).isCloseTo(0.55, within(1e-15));
  }

  @Test
  void runningMeanIsTheMeanOfContributions() {
    final RunningMeanReputation update = new RunningMeanReputation();
    final double[] contributions = {0.2, 0.9, 0.4, 0.7};
    double reputation = 0.5;
    for (int t = 0; t < contributions.length; t++) {
      reputation = update.next(reputation, contributions[t], t);
    }
    assertThat(reputation).isCloseTo((0.2 + 0.9 + 0.4 + 0.7) / 4, within(1e-12));
  }
}

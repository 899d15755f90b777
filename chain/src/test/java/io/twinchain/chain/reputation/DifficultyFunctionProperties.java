/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.reputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** Spec §7 property 4: δ_k is non-increasing in R_k, and ρ = 0 reproduces plain PoW. */
class DifficultyFunctionProperties {

  @Provide
  Arbitrary<DifficultyFunction> functions() {
    return Arbitraries.oneOf(
        Arbitraries.doubles()
            .between(0, 5)
            .flatMap(
                rho ->
                    Arbitraries.doubles()
                        .between(0.01, 1)
                        .map(floor -> (DifficultyFunction) new ExponentialDifficulty(rho, floor))),
        Arbitraries.just(new MultiLevelDifficulty(0.25, 0.5, 0.75)),
        Arbitraries.just(new MultiLevelDifficulty(0.9)));
  }

  @Property
  void nonIncreasingInReputation(
      @ForAll("functions") final DifficultyFunction function,
      @ForAll @DoubleRange(min = 1, max = 1e12) final double base,
      @ForAll @DoubleRange(min = 0, max = 1) final double lower,
      @ForAll @DoubleRange(min = 0, max = 1) final double higher) {
    final double low = Math.min(lower, higher);
    final double high = Math.max(lower, higher);
    assertThat(function.difficulty(base, high)).isLessThanOrEqualTo(function.difficulty(base, low));
  }

  @Property
  void staysWithinOneAndBase(
      @ForAll("functions") final DifficultyFunction function,
      @ForAll @DoubleRange(min = 1, max = 1e12) final double base,
      @ForAll @DoubleRange(min = -1, max = 2) final double reputation) {
    assertThat(function.difficulty(base, reputation)).isBetween(1.0, base);
  }

  @Property
  void zeroRhoIsPlainPow(
      @ForAll @DoubleRange(min = 1, max = 1e12) final double base,
      @ForAll @DoubleRange(min = 0, max = 1) final double reputation) {
    assertThat(new ExponentialDifficulty(0, 0.01).difficulty(base, reputation)).isEqualTo(base);
  }

  @Test
  void exponentialKnownValues() {
    final ExponentialDifficulty function = new ExponentialDifficulty(1.0, 0.01);
    assertThat(function.difficulty(1e6, 0.5)).isCloseTo(1e6 * Math.exp(-0.5), within(1e-6));
    assertThat(new ExponentialDifficulty(10, 0.1).difficulty(1e6, 1.0)).isEqualTo(1e5);
  }

  @Test
  void multiLevelHalvesPerLevel() {
    final MultiLevelDifficulty function = new MultiLevelDifficulty(0.25, 0.5, 0.75);
    assertThat(function.difficulty(1024, 0.0)).isEqualTo(1024);
    assertThat(function.difficulty(1024, 0.25)).isEqualTo(512);
    assertThat(function.difficulty(1024, 0.6)).isEqualTo(256);
    assertThat(function.difficulty(1024, 1.0)).isEqualTo(128);
  }

  @Test
  void rejectsBadParameters() {
    assertThatThrownBy(() -> new ExponentialDifficulty(-1, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rho");
    assertThatThrownBy(() -> new MultiLevelDifficulty(0.5, 0.4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("thresholds");
    assertThatThrownBy(() -> new ExponentialDifficulty(1, 0.5).difficulty(0.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("base difficulty");
  }
}

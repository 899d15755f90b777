/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.pow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

class TargetTest {

  private static final BigInteger TWO_TO_256 = BigInteger.ONE.shiftLeft(256);

  @Test
  void targetIsTwoToThe256OverDifficulty() {
    assertThat(Target.fromDifficulty(2).toUInt256().toUnsignedBigInteger())
        .isEqualTo(BigInteger.ONE.shiftLeft(255));
    assertThat(Target.fromDifficulty(3).toUInt256().toUnsignedBigInteger())
        .isEqualTo(TWO_TO_256.divide(BigInteger.valueOf(3)));
    assertThat(Target.fromDifficulty(1.5).toUInt256().toUnsignedBigInteger())
        .isEqualTo(TWO_TO_256.shiftLeft(1).divide(BigInteger.valueOf(3)));
  }

  @Test
  void difficultyOneIsCappedAtTheLargestHash() {
    assertThat(Target.fromDifficulty(1).toUInt256()).isEqualTo(UInt256.MAX_VALUE);
  }

  @Test
  void difficultyRoundTrips() {
    assertThat(Target.fromDifficulty(1.0e6).difficulty()).isCloseTo(1.0e6, within(1e-6));
  }

  @Test
  void hashEqualToTargetDoesNotMeetIt() {
    final Target target = Target.fromDifficulty(12345.678);
    final UInt256 value = target.toUInt256();
    assertThat(target.isMetBy(value.toBytes().toArray())).isFalse();
    assertThat(target.isMetBy(value.subtract(1).toBytes().toArray())).isTrue();
    assertThat(target.isMetBy(value.add(1).toBytes().toArray())).isFalse();
  }

  @Test
  void comparesEveryWordUnsigned() {
    final Target target = Target.of(Bytes32.fromHexString("0x" + "00".repeat(31) + "80"));
    assertThat(target.isMetBy(Bytes32.fromHexString("0x" + "00".repeat(31) + "7f").toArray()))
        .isTrue();
    assertThat(target.isMetBy(Bytes32.fromHexString("0x" + "00".repeat(31) + "ff").toArray()))
        .isFalse();
    assertThat(target.isMetBy(Bytes32.fromHexString("0x80" + "00".repeat(31)).toArray())).isFalse();
  }

  @Test
  void encodingsRoundTrip() {
    final Target target = Target.fromDifficulty(777);
    assertThat(Target.of(target.toBytes32())).isEqualTo(target);
    assertThat(Target.of(target.toUInt256())).isEqualTo(target);
  }

  @Test
  void rejectsImpossibleDifficultiesAndZero() {
    assertThatThrownBy(() -> Target.fromDifficulty(0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Target.fromDifficulty(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Target.fromDifficulty(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Target.of(UInt256.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}

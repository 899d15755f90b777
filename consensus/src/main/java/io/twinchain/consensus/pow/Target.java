/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.pow;

import static com.google.common.base.Preconditions.checkArgument;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.ByteOrder;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * A PoW target: a hash meets it when, read as an unsigned big-endian 256-bit integer, it is
 * strictly below the target. A uniformly random hash meets target T with probability T / 2^256, so
 * the target of difficulty δ is ⌊2^256 / δ⌋ (spec §3.2 "Real-node mapping"), capped at 2^256 − 1
 * for δ = 1.
 *
 * @see <a href="../../../../../../../../shared/spec/bdt-model.md">bdt-model.md §3.2</a>
 */
public final class Target implements Comparable<Target> {

  private static final BigInteger TWO_TO_256 = BigInteger.ONE.shiftLeft(256);
  private static final BigInteger MAX_VALUE = TWO_TO_256.subtract(BigInteger.ONE);
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private final BigInteger value;
  private final long[] words = new long[4];

  private Target(final BigInteger value) {
    checkArgument(
        value.signum() > 0 && value.compareTo(MAX_VALUE) <= 0, "target out of range: %s", value);
    this.value = value;
    final byte[] bytes = toBytes32().toArrayUnsafe();
    for (int i = 0; i < 4; i++) {
      words[i] = (long) LONGS.get(bytes, i * Long.BYTES);
    }
  }

  /**
   * The target of difficulty δ: ⌊2^256 / δ⌋, computed exactly from the double's binary value so
   * every node gets the same integer.
   *
   * @param difficulty δ ≥ 1, finite
   */
  public static Target fromDifficulty(final double difficulty) {
    checkArgument(
        difficulty >= 1 && Double.isFinite(difficulty),
        "difficulty must be finite and >= 1, got %s",
        difficulty);
    final BigInteger exact =
        new BigDecimal(TWO_TO_256)
            .divide(new BigDecimal(difficulty), 0, RoundingMode.FLOOR)
            .toBigIntegerExact();
    return new Target(exact.min(MAX_VALUE));
  }

  /** The target whose 256-bit value is {@code value}; it must be at least 1. */
  public static Target of(final UInt256 value) {
    return new Target(value.toUnsignedBigInteger());
  }

  /** The target with the given 32-byte big-endian encoding; it must be at least 1. */
  public static Target of(final Bytes32 encoded) {
    return new Target(encoded.toUnsignedBigInteger());
  }

  /**
   * Whether {@code hash} meets this target. Reads the first 32 bytes of {@code hash} without
   * allocating: this sits in the miner's inner loop.
   */
  public boolean isMetBy(final byte[] hash) {
    for (int i = 0; i < 4; i++) {
      final int order = Long.compareUnsigned((long) LONGS.get(hash, i * Long.BYTES), words[i]);
      if (order != 0) {
        return order < 0;
      }
    }
    return false;
  }

  /** The target as an unsigned 256-bit integer. */
  public UInt256 toUInt256() {
    return UInt256.valueOf(value);
  }

  /** The target as 32 big-endian bytes. */
  public Bytes32 toBytes32() {
    return toUInt256().toBytes();
  }

  /** The difficulty this target stands for, 2^256 / target, rounded to a double. */
  public double difficulty() {
    return new BigDecimal(TWO_TO_256)
        .divide(new BigDecimal(value), MathContext.DECIMAL64)
        .doubleValue();
  }

  @Override
  public int compareTo(final Target other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(final Object other) {
    return other instanceof Target that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "Target{0x" + value.toString(16) + ", difficulty≈" + difficulty() + "}";
  }
}

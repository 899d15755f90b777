/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.storage;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/** Serializers for the primitive key and value types of the schema. */
public final class Serializers {

  /**
   * Unsigned 64-bit numbers as 8 bytes big-endian, so byte order equals numeric order for
   * non-negative values (block numbers).
   */
  public static final Serializer<Long> UINT64 =
      new Serializer<>() {
        @Override
        public byte[] toBytes(final Long value) {
          return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
        }

        @Override
        public Long fromBytes(final byte[] bytes) {
          requireLength(bytes, Long.BYTES);
          return ByteBuffer.wrap(bytes).getLong();
        }
      };

  /** 32-byte hashes stored as their bytes. */
  public static final Serializer<Bytes32> BYTES32 =
      new Serializer<>() {
        @Override
        public byte[] toBytes(final Bytes32 value) {
          return value.toArrayUnsafe();
        }

        @Override
        public Bytes32 fromBytes(final byte[] bytes) {
          requireLength(bytes, Bytes32.SIZE);
          return Bytes32.wrap(bytes.clone());
        }
      };

  /** Arbitrary byte strings stored verbatim. */
  public static final Serializer<Bytes> BYTES =
      new Serializer<>() {
        @Override
        public byte[] toBytes(final Bytes value) {
          return value.toArray();
        }

        @Override
        public Bytes fromBytes(final byte[] bytes) {
          return Bytes.wrap(bytes.clone());
        }
      };

  /** Non-negative 256-bit integers as 32 bytes big-endian (cumulative work). */
  public static final Serializer<UInt256> UINT256 =
      new Serializer<>() {
        @Override
        public byte[] toBytes(final UInt256 value) {
          return value.toBytes().toArray();
        }

        @Override
        public UInt256 fromBytes(final byte[] bytes) {
          requireLength(bytes, Bytes32.SIZE);
          return UInt256.fromBytes(Bytes32.wrap(bytes.clone()));
        }
      };

  /** Non-negative big integers as 32 bytes big-endian. */
  public static final Serializer<BigInteger> UNSIGNED_BIG_INTEGER =
      new Serializer<>() {
        @Override
        public byte[] toBytes(final BigInteger value) {
          return UINT256.toBytes(UInt256.valueOf(value));
        }

        @Override
        public BigInteger fromBytes(final byte[] bytes) {
          return UINT256.fromBytes(bytes).toBigInteger();
        }
      };

  /** UTF-8 strings (metadata record names). */
  public static final Serializer<String> UTF8 =
      new Serializer<>() {
        @Override
        public byte[] toBytes(final String value) {
          return value.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String fromBytes(final byte[] bytes) {
          return new String(bytes, StandardCharsets.UTF_8);
        }
      };

  private Serializers() {}

  static void requireLength(final byte[] bytes, final int expected) {
    if (bytes.length != expected) {
      throw new StorageException(
          "malformed stored value: expected " + expected + " bytes, found " + bytes.length);
    }
  }
}

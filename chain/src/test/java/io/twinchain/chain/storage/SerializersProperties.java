/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Positive;
import net.jqwik.api.constraints.Size;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

class SerializersProperties {

  @Property
  void uint64RoundTrips(@ForAll final long value) {
    assertThat(Serializers.UINT64.fromBytes(Serializers.UINT64.toBytes(value))).isEqualTo(value);
  }

  @Property
  void uint64KeysSortLikeNonNegativeNumbers(
      @ForAll @Positive final long a, @ForAll @Positive final long b) {
    final int byteOrder =
        Arrays.compareUnsigned(Serializers.UINT64.toBytes(a), Serializers.UINT64.toBytes(b));
    assertThat(Integer.signum(byteOrder)).isEqualTo(Long.signum(Long.compare(a, b)));
  }

  @Property
  void bytes32RoundTrips(@ForAll @Size(32) final byte[] raw) {
    final Bytes32 value = Bytes32.wrap(raw);
    assertThat(Serializers.BYTES32.fromBytes(Serializers.BYTES32.toBytes(value))).isEqualTo(value);
  }

  @Property
  void bytesRoundTrip(@ForAll @Size(max = 300) final byte[] raw) {
    final Bytes value = Bytes.wrap(raw);
    assertThat(Serializers.BYTES.fromBytes(Serializers.BYTES.toBytes(value))).isEqualTo(value);
  }

  @Property
  void uint256RoundTrips(@ForAll @Size(32) final byte[] raw) {
    final UInt256 value = UInt256.fromBytes(Bytes32.wrap(raw));
    assertThat(Serializers.UINT256.fromBytes(Serializers.UINT256.toBytes(value))).isEqualTo(value);
  }

  @Property
  void bigIntegerRoundTrips(@ForAll @Size(max = 32) final byte[] raw) {
    final BigInteger value = new BigInteger(1, raw);
    final Serializer<BigInteger> serializer = Serializers.UNSIGNED_BIG_INTEGER;
    assertThat(serializer.fromBytes(serializer.toBytes(value))).isEqualTo(value);
  }

  @Property
  void utf8RoundTrips(@ForAll final String value) {
    assertThat(Serializers.UTF8.fromBytes(Serializers.UTF8.toBytes(value))).isEqualTo(value);
  }

  @Property
  void fixedWidthSerializersRefuseWrongLengths(@ForAll @Size(max = 40) final byte[] raw) {
    if (raw.length != Long.BYTES) {
      assertThatThrownBy(() -> Serializers.UINT64.fromBytes(raw))
          .isInstanceOf(StorageException.class);
    }
    if (raw.length != Bytes32.SIZE) {
      assertThatThrownBy(() -> Serializers.BYTES32.fromBytes(raw))
          .isInstanceOf(StorageException.class);
    }
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.block;

import io.twinchain.chain.types.Addresses;
import io.twinchain.chain.types.Keccak256;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * Ethereum's 2048-bit logs bloom (Yellow Paper §4.3.1): every log address and topic sets three
 * bits, chosen by the low 11 bits of the first three byte pairs of its Keccak-256.
 */
public final class LogsBloom {

  /** The bloom of no logs. */
  public static final Bytes EMPTY = Bytes.wrap(new byte[BlockHeaderBuilder.LOGS_BLOOM_SIZE]);

  private static final int BITS = 2048;

  private LogsBloom() {}

  /** The bloom of {@code logs}. */
  public static Bytes of(final List<Log> logs) {
    final byte[] bloom = new byte[BlockHeaderBuilder.LOGS_BLOOM_SIZE];
    for (final Log log : logs) {
      add(bloom, Addresses.toBytes(log.address()));
      for (final Bytes32 topic : log.topics()) {
        add(bloom, topic);
      }
    }
    return Bytes.wrap(bloom);
  }

  /** The union of {@code blooms} (the block bloom is the union of its receipts' blooms). */
  public static Bytes union(final List<Bytes> blooms) {
    Bytes union = EMPTY;
    for (final Bytes bloom : blooms) {
      union = union.or(bloom);
    }
    return union;
  }

  /**
   * Whether {@code value} (an address or topic) may be in {@code bloom}; false means surely not.
   */
  public static boolean mayContain(final Bytes bloom, final Bytes value) {
    final byte[] single = new byte[BlockHeaderBuilder.LOGS_BLOOM_SIZE];
    add(single, value);
    final Bytes wanted = Bytes.wrap(single);
    return bloom.and(wanted).equals(wanted);
  }

  private static void add(final byte[] bloom, final Bytes value) {
    final Bytes32 hash = Keccak256.hash(value);
    for (int pair = 0; pair < 6; pair += 2) {
      final int bit = ((hash.get(pair) & 0xff) << 8 | (hash.get(pair + 1) & 0xff)) & (BITS - 1);
      bloom[bloom.length - 1 - bit / 8] |= (byte) (1 << (bit % 8));
    }
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.types;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.rlp.RLP;
import org.apache.tuweni.rlp.RLPException;
import org.apache.tuweni.rlp.RLPReader;
import org.web3j.abi.datatypes.Address;

/** Strict RLP decoding helpers over tuweni's RLP: every failure becomes a typed exception. */
public final class Rlp {

  private Rlp() {}

  /**
   * Decodes {@code input} as one RLP list with {@code reader}, refusing trailing bytes and
   * non-canonical encodings.
   *
   * @throws MalformedRlpException if the input is truncated, non-canonical or of the wrong shape
   */
  public static <T> T decodeList(
      final Bytes input, final String what, final Function<RLPReader, T> reader) {
    try {
      if (input.isEmpty() || !RLP.isList(input)) {
        throw new MalformedRlpException(what + ": not an RLP list");
      }
      return RLP.decode(
          input,
          false,
          outer -> {
            final T value =
                outer.readList(
                    listReader -> {
                      final T fields = reader.apply(listReader);
                      if (!listReader.isComplete()) {
                        throw new MalformedRlpException(what + ": unexpected trailing fields");
                      }
                      return fields;
                    });
            if (!outer.isComplete()) {
              throw new MalformedRlpException(what + ": trailing bytes after the list");
            }
            return value;
          });
    } catch (final RLPException | IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new MalformedRlpException(what + ": " + e.getMessage(), e);
    }
  }

  /** Reads every remaining item of the current list as a byte string. */
  public static List<Bytes> readRemainingValues(final RLPReader reader) {
    final List<Bytes> values = new ArrayList<>();
    while (!reader.isComplete()) {
      values.add(reader.readValue());
    }
    return values;
  }

  /** Reads a value that must be exactly 32 bytes. */
  public static Bytes32 readBytes32(final RLPReader reader, final String field) {
    return Bytes32.wrap(readFixed(reader, field, Bytes32.SIZE));
  }

  /** Reads a value that must be exactly 20 bytes, as an address. */
  public static Address readAddress(final RLPReader reader, final String field) {
    return Addresses.fromBytes(readFixed(reader, field, Addresses.LENGTH));
  }

  /** Reads a value that must be exactly {@code size} bytes. */
  public static Bytes readFixed(final RLPReader reader, final String field, final int size) {
    final Bytes value = reader.readValue();
    if (value.size() != size) {
      throw new MalformedRlpException(field + " must be " + size + " bytes, found " + value.size());
    }
    return value;
  }
}

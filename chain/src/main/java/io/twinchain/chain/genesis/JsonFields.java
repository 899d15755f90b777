/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.genesis;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.types.Addresses;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * Typed reads of JSON fields that report the field's path on any problem. Quantities may be JSON
 * numbers, decimal strings or {@code 0x} hex strings, as in Besu and geth genesis files.
 */
final class JsonFields {

  private JsonFields() {}

  static JsonNode required(final JsonNode parent, final String name, final String path) {
    final JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      throw new GenesisException(path, "is required");
    }
    return node;
  }

  static BigInteger quantity(final JsonNode node, final String path) {
    try {
      if (node.isIntegralNumber()) {
        return requireNonNegative(node.bigIntegerValue(), path);
      }
      if (node.isTextual()) {
        final String text = node.asText().trim();
        return requireNonNegative(
            text.startsWith("0x") || text.startsWith("0X")
                ? new BigInteger(text.substring(2), 16)
                : new BigInteger(text),
            path);
      }
    } catch (final NumberFormatException e) {
      throw new GenesisException(path, "is not a number: " + node);
    }
    throw new GenesisException(path, "must be a number or a hex/decimal string, got " + node);
  }

  static long longQuantity(final JsonNode node, final String path) {
    final BigInteger value = quantity(node, path);
    if (value.bitLength() > 63) {
      throw new GenesisException(path, "is too large: " + value);
    }
    return value.longValue();
  }

  static double real(final JsonNode node, final String path) {
    if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
      throw new GenesisException(path, "must be a finite number, got " + node);
    }
    return node.doubleValue();
  }

  static String text(final JsonNode node, final String path) {
    if (!node.isTextual() || node.asText().isBlank()) {
      throw new GenesisException(path, "must be a non-empty string, got " + node);
    }
    return node.asText();
  }

  static Bytes hex(final JsonNode node, final String path) {
    try {
      return Bytes.fromHexString(text(node, path));
    } catch (final IllegalArgumentException e) {
      throw new GenesisException(path, "is not hex: " + node);
    }
  }

  static Bytes32 word(final String text, final String path) {
    try {
      return Bytes32.fromHexStringLenient(text);
    } catch (final IllegalArgumentException e) {
      throw new GenesisException(path, "is not a 32-byte hex word: " + text);
    }
  }

  static Address address(final String text, final String path) {
    try {
      return Addresses.fromBytes(Bytes.fromHexString(text));
    } catch (final IllegalArgumentException e) {
      throw new GenesisException(path, "is not a 20-byte hex address: " + text);
    }
  }

  static List<Address> addresses(final JsonNode node, final String path) {
    if (!node.isArray()) {
      throw new GenesisException(path, "must be an array of addresses");
    }
    final List<Address> addresses = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      final String itemPath = path + "[" + i + "]";
      addresses.add(address(text(node.get(i), itemPath), itemPath));
    }
    return addresses;
  }

  private static BigInteger requireNonNegative(final BigInteger value, final String path) {
    if (value.signum() < 0) {
      throw new GenesisException(path, "must not be negative");
    }
    return value;
  }
}

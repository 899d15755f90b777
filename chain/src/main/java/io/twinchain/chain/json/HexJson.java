/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.twinchain.chain.types.Addresses;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * Ethereum's hex encodings: quantities ({@code 0x}, no leading zeros), data ({@code 0x}, two digits
 * a byte) and addresses, both ways; parsing fails with a message that names the value.
 */
public final class HexJson {

  /** The node factory every shape builds with. */
  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final Pattern QUANTITY = Pattern.compile("0x(0|[1-9a-fA-F][0-9a-fA-F]*)");
  private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
  private static final Pattern DATA = Pattern.compile("0x([0-9a-fA-F]{2})*");

  private HexJson() {}

  public static TextNode quantity(final long value) {
    return TextNode.valueOf("0x" + Long.toHexString(value));
  }

  public static TextNode quantity(final BigInteger value) {
    return TextNode.valueOf("0x" + value.toString(16));
  }

  public static TextNode data(final Bytes value) {
    return TextNode.valueOf(value.toHexString());
  }

  public static TextNode address(final Address value) {
    return TextNode.valueOf(value.getValue());
  }

  /** An optional address, or JSON null. */
  public static JsonNode address(final Optional<Address> value) {
    return value.<JsonNode>map(HexJson::address).orElse(NODES.nullNode());
  }

  /** A 20-byte address: {@code 0x} and 40 hex digits. */
  public static Address parseAddress(final String hex) throws JsonParamException {
    if (hex == null || !ADDRESS.matcher(hex).matches()) {
      throw new JsonParamException("not an address (0x and 40 hex digits): " + hex);
    }
    return Addresses.fromHex(hex);
  }

  /** Data: {@code 0x} and an even number of hex digits. */
  public static Bytes parseData(final String hex) throws JsonParamException {
    if (hex == null || !DATA.matcher(hex).matches()) {
      throw new JsonParamException("not hex data (0x and an even number of hex digits): " + hex);
    }
    return Bytes.fromHexString(hex);
  }

  /** A 32-byte hash: {@code 0x} and 64 hex digits. */
  public static Bytes32 parseHash(final String hex) throws JsonParamException {
    final Bytes bytes = parseData(hex);
    if (bytes.size() != Bytes32.SIZE) {
      throw new JsonParamException("not a 32-byte hash: " + hex);
    }
    return Bytes32.wrap(bytes);
  }

  /** A storage slot as a quantity or data of up to 32 bytes, left-padded. */
  public static Bytes32 parseWord(final String hex) throws JsonParamException {
    try {
      if (hex != null && hex.startsWith("0x") && hex.length() <= 66) {
        return Bytes32.fromHexStringLenient(hex);
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below, which names the value
    }
    throw new JsonParamException("not a 32-byte word: " + hex);
  }

  /** A quantity: {@code 0x} and hex digits without leading zeros. */
  public static BigInteger parseQuantity(final String hex) throws JsonParamException {
    if (hex == null || !QUANTITY.matcher(hex).matches()) {
      throw new JsonParamException("not a quantity (0x and hex digits, no leading zeros): " + hex);
    }
    return new BigInteger(hex.substring(2), 16);
  }

  /** A quantity that fits a non-negative {@code long}. */
  public static long parseLong(final String hex) throws JsonParamException {
    final BigInteger value = parseQuantity(hex);
    if (value.bitLength() > 63) {
      throw new JsonParamException("quantity out of range: " + hex);
    }
    return value.longValueExact();
  }
}

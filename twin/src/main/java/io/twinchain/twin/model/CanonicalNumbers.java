/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Deep copies JSON with one representation per number: integral values that fit in a {@code long}
 * become {@code long}, every other number a {@code double}. JSON does not tell {@code 21} from
 * {@code 21.0}; without this, a device reporting {@code 21.0} would never satisfy a desired {@code
 * 21}, and a value read back from storage would not equal the one written.
 */
final class CanonicalNumbers {

  private static final double LONG_SAFE = 0x1p53;

  private CanonicalNumbers() {}

  static JsonNode copy(final JsonNode node) {
    if (node.isObject()) {
      final ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        copy.set(member.getKey(), copy(member.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      final ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
      node.forEach(element -> copy.add(copy(element)));
      return copy;
    }
    return node.isNumber() ? number(node) : node.deepCopy();
  }

  private static JsonNode number(final JsonNode number) {
    if (number.isIntegralNumber() && number.canConvertToLong()) {
      return JsonNodeFactory.instance.numberNode(number.longValue());
    }
    final double value = number.doubleValue();
    if (Math.rint(value) == value && Math.abs(value) < LONG_SAFE) {
      return JsonNodeFactory.instance.numberNode((long) value);
    }
    return number.isBigDecimal() && !Double.isFinite(value)
        ? JsonNodeFactory.instance.numberNode(new BigDecimal(number.decimalValue().toString()))
        : JsonNodeFactory.instance.numberNode(value);
  }
}

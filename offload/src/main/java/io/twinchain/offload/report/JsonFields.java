/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads one JSON object of a config with defaults for absent fields; unknown fields and wrong types
 * are errors that name the field's path.
 */
final class JsonFields {

  private final JsonNode node;
  private final String path;

  JsonFields(final JsonNode node, final String path, final Set<String> known) {
    if (!node.isObject()) {
      throw new InvalidConfigException(path + " must be a JSON object");
    }
    for (final Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      final String name = names.next();
      if (!known.contains(name)) {
        throw new InvalidConfigException(
            "unknown field " + path + "." + name + " (known: " + known + ")");
      }
    }
    this.node = node;
    this.path = path;
  }

  /** A nested object, or an empty one when absent. */
  JsonNode object(final String name) {
    final JsonNode value = node.get(name);
    return value == null ? JsonNodeFactory.instance.objectNode() : value;
  }

  String child(final String name) {
    return path + "." + name;
  }

  double number(final String name, final double fallback) {
    final JsonNode value = node.get(name);
    if (value == null) {
      return fallback;
    }
    if (!value.isNumber()) {
      throw new InvalidConfigException(child(name) + " must be a number, got " + value);
    }
    return value.doubleValue();
  }

  int integer(final String name, final int fallback) {
    final JsonNode value = node.get(name);
    if (value == null) {
      return fallback;
    }
    if (!value.isInt()) {
      throw new InvalidConfigException(child(name) + " must be an integer, got " + value);
    }
    return value.intValue();
  }

  boolean bool(final String name, final boolean fallback) {
    final JsonNode value = node.get(name);
    if (value == null) {
      return fallback;
    }
    if (!value.isBoolean()) {
      throw new InvalidConfigException(child(name) + " must be true or false, got " + value);
    }
    return value.booleanValue();
  }

  String text(final String name, final String fallback) {
    final JsonNode value = node.get(name);
    if (value == null) {
      return fallback;
    }
    if (!value.isTextual()) {
      throw new InvalidConfigException(child(name) + " must be a string, got " + value);
    }
    return value.textValue();
  }

  <E extends Enum<E>> E choice(final String name, final E fallback) {
    final String value = text(name, fallback.name());
    try {
      return Enum.valueOf(fallback.getDeclaringClass(), value);
    } catch (final IllegalArgumentException e) {
      throw new InvalidConfigException(
          child(name)
              + " must be one of "
              + List.of(fallback.getDeclaringClass().getEnumConstants())
              + ", got "
              + value,
          e);
    }
  }

  List<Double> numbers(final String name, final List<Double> fallback) {
    final JsonNode value = node.get(name);
    if (value == null) {
      return fallback;
    }
    if (!value.isArray()) {
      throw new InvalidConfigException(child(name) + " must be an array of numbers");
    }
    final List<Double> numbers = new ArrayList<>();
    for (final JsonNode element : value) {
      if (!element.isNumber()) {
        throw new InvalidConfigException(child(name) + " must hold numbers, got " + element);
      }
      numbers.add(element.doubleValue());
    }
    return numbers;
  }
}

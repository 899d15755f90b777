/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable JSON object: the values of attributes, reported and desired properties. It owns a
 * private Jackson tree that never leaves it uncopied, so sharing instances is safe.
 */
public final class JsonObject {

  private static final JsonObject EMPTY = new JsonObject(JsonNodeFactory.instance.objectNode());

  private final ObjectNode node;

  private JsonObject(final ObjectNode node) {
    this.node = node;
  }

  /** The object without members. */
  public static JsonObject empty() {
    return EMPTY;
  }

  /**
   * A canonical copy of {@code node}; later changes to {@code node} do not reach the returned
   * value. Numbers are canonicalised (see {@link CanonicalNumbers}), so {@code 21}, {@code 21.0}
   * and a {@code long 21} are one value, as they are in JSON.
   */
  public static JsonObject of(final ObjectNode node) {
    return node.isEmpty() ? EMPTY : new JsonObject((ObjectNode) CanonicalNumbers.copy(node));
  }

  /** A one-member object. */
  public static JsonObject of(final String key, final JsonNode value) {
    final ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.set(key, value);
    return of(node);
  }

  /** A mutable copy of the tree, for serialisation and building. */
  public ObjectNode toNode() {
    return node.deepCopy();
  }

  /** A copy of the member {@code key}. */
  public Optional<JsonNode> get(final String key) {
    return Optional.ofNullable(node.get(key)).map(JsonNode::deepCopy);
  }

  /** The member names in sorted order. */
  public Set<String> keys() {
    final Set<String> keys = new TreeSet<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** Whether the object has no members. */
  public boolean isEmpty() {
    return node.isEmpty();
  }

  /**
   * Applies {@code patch} as a JSON merge patch (RFC 7386): members set to {@code null} are
   * removed, objects merge recursively, every other value replaces.
   */
  public JsonObject merge(final JsonObject patch) {
    final ObjectNode merged = node.deepCopy();
    mergeInto(merged, patch.node);
    // Subtrees of the patch are shared, not copied: both trees are canonical and never mutated.
    return merged.isEmpty() ? EMPTY : new JsonObject(merged);
  }

  /**
   * The members of this object that {@code other} does not hold with an equal value, recursing into
   * nested objects: "desired minus reported".
   */
  public JsonObject minus(final JsonObject other) {
    final ObjectNode difference = difference(node, other.node);
    // Shares leaves with this object; both are immutable and canonical.
    return difference.isEmpty() ? EMPTY : new JsonObject(difference);
  }

  private static void mergeInto(final ObjectNode target, final ObjectNode patch) {
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      final Map.Entry<String, JsonNode> member = it.next();
      final JsonNode value = member.getValue();
      final JsonNode existing = target.get(member.getKey());
      if (value.isNull()) {
        target.remove(member.getKey());
      } else if (value.isObject() && existing != null && existing.isObject()) {
        mergeInto((ObjectNode) existing, (ObjectNode) value);
      } else {
        target.set(member.getKey(), value);
      }
    }
  }

  private static ObjectNode difference(final ObjectNode wanted, final ObjectNode actual) {
    final ObjectNode result = JsonNodeFactory.instance.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = wanted.fields(); it.hasNext(); ) {
      final Map.Entry<String, JsonNode> member = it.next();
      final JsonNode value = member.getValue();
      final JsonNode present = actual.get(member.getKey());
      if (value.isObject() && present != null && present.isObject()) {
        final ObjectNode nested = difference((ObjectNode) value, (ObjectNode) present);
        if (!nested.isEmpty()) {
          result.set(member.getKey(), nested);
        }
      } else if (!value.equals(present)) {
        result.set(member.getKey(), value);
      }
    }
    return result;
  }

  @Override
  public boolean equals(final Object other) {
    return other instanceof JsonObject that && node.equals(that.node);
  }

  @Override
  public int hashCode() {
    return node.hashCode();
  }

  /** Compact JSON. */
  @Override
  public String toString() {
    return node.toString();
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.node.rpc.JsonRpcException;
import java.util.ArrayList;
import java.util.List;

/**
 * Ditto-style field selection: {@code ["thingId", "features/telemetry/properties/temperature"]} or
 * the same comma-separated; paths that do not exist are left out.
 */
final class TwinFields {

  private static final int MAX_FIELDS = 64;

  private TwinFields() {}

  static ObjectNode select(final ObjectNode thing, final JsonNode fields) throws JsonRpcException {
    final ObjectNode selected = JsonNodeFactory.instance.objectNode();
    for (final String path : paths(fields)) {
      copy(thing, selected, path.split("/"), 0);
    }
    return selected;
  }

  private static List<String> paths(final JsonNode fields) throws JsonRpcException {
    final List<String> paths = new ArrayList<>();
    if (fields.isTextual()) {
      paths.addAll(List.of(fields.textValue().split(",")));
    } else if (fields.isArray()) {
      for (final JsonNode field : fields) {
        if (!field.isTextual()) {
          throw TwinParams.invalid("fields must hold strings");
        }
        paths.add(field.textValue());
      }
    } else {
      throw TwinParams.invalid("fields must be a string or an array of strings");
    }
    if (paths.size() > MAX_FIELDS || paths.stream().anyMatch(p -> p.isBlank())) {
      throw TwinParams.invalid("fields: 1 to " + MAX_FIELDS + " non-empty paths");
    }
    return paths;
  }

  private static void copy(
      final JsonNode from, final ObjectNode to, final String[] path, final int depth) {
    final JsonNode child = from.get(path[depth].trim());
    if (child == null) {
      return;
    }
    if (depth == path.length - 1 || !child.isObject()) {
      if (depth == path.length - 1) {
        to.set(path[depth].trim(), child.deepCopy());
      }
      return;
    }
    final JsonNode existing = to.get(path[depth].trim());
    final ObjectNode next =
        existing instanceof ObjectNode object ? object : to.putObject(path[depth].trim());
    copy(child, next, path, depth + 1);
  }
}

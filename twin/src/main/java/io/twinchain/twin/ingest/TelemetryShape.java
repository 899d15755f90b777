/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * Unwraps the two telemetry forms: {@code {"k": v, ...}} and {@code {"ts": millis, "values": {"k":
 * v}}} (ThingsBoard's); a flat payload may also carry {@code ts}.
 *
 * @param values the reported values
 * @param timestampMillis the device's timestamp, if sent
 */
record TelemetryShape(ObjectNode values, Optional<Long> timestampMillis) {

  private static final Set<String> WRAPPER_MEMBERS = Set.of("ts", "values");

  static TelemetryShape of(final JsonNode payload, final String path)
      throws MessageRejectedException {
    final ObjectNode object = requireObject(payload, path);
    final boolean wrapped = object.has("values") && WRAPPER_MEMBERS.containsAll(fieldNames(object));
    final Optional<Long> timestamp = timestamp(object.remove("ts"), Paths.child(path, "ts"));
    final ObjectNode values =
        wrapped ? requireObject(object.get("values"), Paths.child(path, "values")) : object;
    if (values.isEmpty()) {
      throw MessageRejectedException.of(RejectionReason.EMPTY_PAYLOAD, path, "no values");
    }
    return new TelemetryShape(values, timestamp);
  }

  static ObjectNode requireObject(final JsonNode node, final String path)
      throws MessageRejectedException {
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw MessageRejectedException.of(
        RejectionReason.WRONG_TYPE, path, "expected an object, got " + node.getNodeType());
  }

  private static Optional<Long> timestamp(final JsonNode ts, final String path)
      throws MessageRejectedException {
    if (ts == null) {
      return Optional.empty();
    }
    if (!ts.isIntegralNumber() || !ts.canConvertToLong() || ts.longValue() < 0) {
      throw MessageRejectedException.of(
          RejectionReason.WRONG_TYPE, path, "expected epoch milliseconds, got " + ts);
    }
    return Optional.of(ts.longValue());
  }

  private static Set<String> fieldNames(final ObjectNode object) {
    final Set<String> names = new java.util.HashSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}

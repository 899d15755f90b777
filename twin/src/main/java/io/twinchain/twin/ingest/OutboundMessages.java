/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.twin.model.Delta;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.Thing;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Payloads sent to devices. {@code delta}: {@code {"version", "revision", "features": {f: {...}}}};
 * {@code desired}: {@code {"revision", "features": {f: {...}}}}; {@code errors}: {@code {"reason",
 * "field", "detail", "messageId"?, "topic"}}.
 */
public final class OutboundMessages {

  private OutboundMessages() {}

  /** The delta a device should act on, with its own version. */
  public static byte[] delta(final Delta delta) {
    final ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("version", delta.version());
    json.put("revision", delta.revision());
    final ObjectNode features = json.putObject("features");
    delta.features().forEach((id, values) -> features.set(id.value(), values.toNode()));
    return bytes(json);
  }

  /** Every desired property of the thing. */
  public static byte[] desired(final Thing thing) {
    final ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("revision", thing.revision());
    final ObjectNode features = json.putObject("features");
    thing
        .features()
        .forEach((id, feature) -> features.set(id.value(), feature.desiredProperties().toNode()));
    return bytes(json);
  }

  /** Why a message was refused. */
  public static byte[] error(
      final Rejection rejection, final Optional<MessageId> messageId, final String topic) {
    final ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("reason", rejection.reason().name());
    json.put("field", rejection.field());
    json.put("detail", rejection.detail());
    messageId.ifPresent(id -> json.put("messageId", id.value()));
    json.put("topic", topic);
    return bytes(json);
  }

  private static byte[] bytes(final ObjectNode json) {
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }
}

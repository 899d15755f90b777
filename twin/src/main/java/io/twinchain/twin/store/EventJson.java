/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.twin.events.AttributesModified;
import io.twinchain.twin.events.EventMetadata;
import io.twinchain.twin.events.FeatureDesiredPropertiesModified;
import io.twinchain.twin.events.FeaturePropertiesModified;
import io.twinchain.twin.events.ThingCreated;
import io.twinchain.twin.events.TwinEvent;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.ThingId;
import java.time.Instant;

/**
 * A twin event as JSON: {@code type} (the event's past-tense name), the metadata ({@code thingId},
 * {@code revision}, {@code timestamp}, {@code messageId}) and the event's own members.
 */
public final class EventJson {

  private EventJson() {}

  /** The JSON form of {@code event}. */
  public static ObjectNode toJson(final TwinEvent event) {
    final ObjectNode json = JsonNodeFactory.instance.objectNode();
    final EventMetadata metadata = event.metadata();
    json.put("type", type(event));
    json.put("thingId", metadata.thingId().toString());
    json.put("revision", metadata.revision());
    json.put("timestamp", metadata.timestamp().toString());
    json.put("messageId", metadata.messageId().value());
    switch (event) {
      case ThingCreated created -> {
        json.put("gatewayId", created.gatewayId().value());
        json.set("attributes", created.attributes().toNode());
      }
      case AttributesModified modified -> json.set("patch", modified.patch().toNode());
      case FeaturePropertiesModified modified -> {
        json.put("featureId", modified.featureId().value());
        json.set("patch", modified.patch().toNode());
      }
      case FeatureDesiredPropertiesModified modified -> {
        json.put("featureId", modified.featureId().value());
        json.set("patch", modified.patch().toNode());
      }
    }
    return json;
  }

  /** The event encoded by {@link #toJson}. */
  public static TwinEvent fromJson(final JsonNode json) {
    final EventMetadata metadata =
        new EventMetadata(
            ThingId.of(json.get("thingId").asText()),
            json.get("revision").asLong(),
            Instant.parse(json.get("timestamp").asText()),
            new MessageId(json.get("messageId").asText()));
    final String type = json.get("type").asText();
    return switch (type) {
      case "thingCreated" ->
          new ThingCreated(
              metadata, new GatewayId(json.get("gatewayId").asText()), object(json, "attributes"));
      case "attributesModified" -> new AttributesModified(metadata, object(json, "patch"));
      case "featurePropertiesModified" ->
          new FeaturePropertiesModified(metadata, feature(json), object(json, "patch"));
      case "featureDesiredPropertiesModified" ->
          new FeatureDesiredPropertiesModified(metadata, feature(json), object(json, "patch"));
      default -> throw new IllegalArgumentException("unknown twin event type " + type);
    };
  }

  private static String type(final TwinEvent event) {
    final String name = event.getClass().getSimpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static FeatureId feature(final JsonNode json) {
    return new FeatureId(json.get("featureId").asText());
  }

  private static JsonObject object(final JsonNode json, final String field) {
    return JsonObject.of((ObjectNode) json.get(field));
  }
}

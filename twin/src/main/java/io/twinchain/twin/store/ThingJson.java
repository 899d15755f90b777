/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.twin.model.Feature;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.model.TwinModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A thing as Ditto-shaped JSON: {@code thingId}, {@code gatewayId}, {@code attributes}, {@code
 * features.<id>.properties|desiredProperties}, {@code _revision}, {@code _created}, {@code
 * _modified}, plus {@code _deltaVersion}. Used for storage and by the node's {@code twin_get}.
 */
public final class ThingJson {

  private ThingJson() {}

  /** The JSON form of {@code thing}. */
  public static ObjectNode toJson(final Thing thing) {
    final ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("thingId", thing.thingId().toString());
    json.put("gatewayId", thing.gatewayId().value());
    json.set("attributes", thing.attributes().toNode());
    final ObjectNode features = json.putObject("features");
    thing
        .features()
        .forEach(
            (id, feature) -> {
              final ObjectNode node = features.putObject(id.value());
              node.set("properties", feature.properties().toNode());
              node.set("desiredProperties", feature.desiredProperties().toNode());
            });
    json.put("_revision", thing.revision());
    json.put("_created", thing.created().toString());
    json.put("_modified", thing.modified().toString());
    json.put("_deltaVersion", thing.deltaVersion());
    return json;
  }

  /** The thing encoded by {@link #toJson}. */
  public static Thing fromJson(final JsonNode json) {
    final List<Feature> features = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : json.get("features").properties()) {
      features.add(
          TwinModel.feature(
              new FeatureId(entry.getKey()),
              JsonObject.of((ObjectNode) entry.getValue().get("properties")),
              JsonObject.of((ObjectNode) entry.getValue().get("desiredProperties"))));
    }
    return TwinModel.thing(
        ThingId.of(json.get("thingId").asText()),
        new GatewayId(json.get("gatewayId").asText()),
        JsonObject.of((ObjectNode) json.get("attributes")),
        features,
        json.get("_revision").asLong(),
        Instant.parse(json.get("_created").asText()),
        Instant.parse(json.get("_modified").asText()),
        json.get("_deltaVersion").asLong());
  }
}

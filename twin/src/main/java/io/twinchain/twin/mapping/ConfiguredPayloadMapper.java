/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.twin.ingest.DeviceMessage;
import io.twinchain.twin.ingest.MessageKind;
import io.twinchain.twin.ingest.MessageRejectedException;
import io.twinchain.twin.ingest.RejectionReason;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.model.commands.ModifyAttributes;
import io.twinchain.twin.model.commands.ModifyFeatureProperties;
import io.twinchain.twin.model.commands.TwinCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The default {@link PayloadMapper}, driven by a {@link MappingConfig}. Telemetry becomes one
 * {@code ModifyFeatureProperties} per feature touched (with the device's {@code ts}, if sent, as
 * the feature's {@code ts} property); attributes become one {@code ModifyAttributes}.
 */
public final class ConfiguredPayloadMapper implements PayloadMapper {

  private final MappingConfig config;

  /**
   * @param config renames, conversions and targets
   */
  public ConfiguredPayloadMapper(final MappingConfig config) {
    this.config = config;
  }

  @Override
  public List<TwinCommand> map(final DeviceMessage message, final ThingId thingId)
      throws MessageRejectedException {
    final SortedMap<FeatureId, ObjectNode> features = new TreeMap<>();
    for (Map.Entry<String, JsonNode> field : message.values().properties()) {
      final String name = config.renames().getOrDefault(field.getKey(), field.getKey());
      final JsonNode value = convert(name, field.getKey(), field.getValue());
      final FieldTarget target =
          config
              .targets()
              .getOrDefault(name, new FieldTarget(config.defaultFeature(), List.of(name)));
      place(features.computeIfAbsent(target.feature(), f -> object()), target.path(), value);
    }
    if (message.kind() == MessageKind.ATTRIBUTES) {
      final ObjectNode attributes = object();
      features.values().forEach(attributes::setAll);
      return List.of(new ModifyAttributes(thingId, JsonObject.of(attributes)));
    }
    final List<TwinCommand> commands = new ArrayList<>();
    features.forEach(
        (feature, properties) -> {
          message.deviceTimestampMillis().ifPresent(ts -> properties.put("ts", ts));
          commands.add(new ModifyFeatureProperties(thingId, feature, JsonObject.of(properties)));
        });
    return commands;
  }

  private JsonNode convert(final String name, final String sourceField, final JsonNode value)
      throws MessageRejectedException {
    final UnitConversion conversion = config.conversions().get(name);
    if (conversion == null) {
      return value;
    }
    if (!value.isNumber()) {
      throw MessageRejectedException.of(
          RejectionReason.WRONG_TYPE,
          sourceField,
          "unit conversion needs a number, got " + value.getNodeType());
    }
    return JsonNodeFactory.instance.numberNode(conversion.apply(value.doubleValue()));
  }

  private static void place(final ObjectNode root, final List<String> path, final JsonNode value) {
    ObjectNode parent = root;
    for (String member : path.subList(0, path.size() - 1)) {
      final JsonNode child = parent.get(member);
      parent = child instanceof ObjectNode object ? object : parent.putObject(member);
    }
    parent.set(path.get(path.size() - 1), value);
  }

  private static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }
}

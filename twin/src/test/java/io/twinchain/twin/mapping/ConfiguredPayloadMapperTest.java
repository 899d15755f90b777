/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.twin.ingest.DeviceMessage;
import io.twinchain.twin.ingest.MessageKind;
import io.twinchain.twin.ingest.MessageRejectedException;
import io.twinchain.twin.ingest.RejectionReason;
import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.model.commands.ModifyAttributes;
import io.twinchain.twin.model.commands.ModifyFeatureProperties;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfiguredPayloadMapperTest {

  static final ThingId PUMP = ThingId.of("plant:pump-1");
  static final ObjectMapper JSON = new ObjectMapper();

  static final MappingConfig CONFIG =
      new MappingConfig(
          Map.of("tF", "temperature", "p_mbar", "pressure"),
          Map.of(
              "temperature",
              new UnitConversion(5.0 / 9, -160.0 / 9),
              "pressure",
              new UnitConversion(100, 0)),
          Map.of("pressure", FieldTarget.parse("hydraulics/inlet.pressure")),
          FeatureId.TELEMETRY);

  static DeviceMessage message(final MessageKind kind, final String values, final Optional<Long> ts)
      throws Exception {
    return new DeviceMessage(
        new GatewayId("gw1"),
        new DeviceId("pump-1"),
        kind,
        new MessageId("m"),
        (ObjectNode) JSON.readTree(values),
        ts);
  }

  static JsonObject json(final String text) throws Exception {
    return JsonObject.of((ObjectNode) JSON.readTree(text));
  }

  @Test
  void renamesConvertsAndNestsIntoFeatures() throws Exception {
    assertThat(
            new ConfiguredPayloadMapper(CONFIG)
                .map(
                    message(
                        MessageKind.TELEMETRY,
                        "{\"tF\": 212, \"p_mbar\": 1013, \"rpm\": 5}",
                        Optional.of(9L)),
                    PUMP))
        .containsExactly(
            new ModifyFeatureProperties(
                PUMP,
                new FeatureId("hydraulics"),
                json("{\"inlet\": {\"pressure\": 101300}, \"ts\": 9}")),
            new ModifyFeatureProperties(
                PUMP, FeatureId.TELEMETRY, json("{\"temperature\": 100, \"rpm\": 5, \"ts\": 9}")));
  }

  @Test
  void attributesBecomeOneAttributePatch() throws Exception {
    assertThat(
            new ConfiguredPayloadMapper(MappingConfig.identity())
                .map(
                    message(MessageKind.ATTRIBUTES, "{\"model\": \"X1\"}", Optional.empty()), PUMP))
        .containsExactly(new ModifyAttributes(PUMP, json("{\"model\": \"X1\"}")));
  }

  @Test
  void refusesAUnitConversionOfANonNumberNamingTheDeviceField() {
    assertThatThrownBy(
            () ->
                new ConfiguredPayloadMapper(CONFIG)
                    .map(
                        message(MessageKind.TELEMETRY, "{\"tF\": \"hot\"}", Optional.empty()),
                        PUMP))
        .isInstanceOfSatisfying(
            MessageRejectedException.class,
            e -> {
              assertThat(e.rejection().reason()).isEqualTo(RejectionReason.WRONG_TYPE);
              assertThat(e.rejection().field()).isEqualTo("tF");
            });
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.twin.model.commands.CreateThing;
import io.twinchain.twin.model.commands.ModifyAttributes;
import io.twinchain.twin.model.commands.ModifyFeatureProperties;
import io.twinchain.twin.model.commands.SetDesiredProperties;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every value type of the model honours the equals/hashCode contract. */
class ValueTypesEqualityTest {

  static Stream<Class<?>> valueTypes() {
    return Stream.of(
        ThingId.class,
        GatewayId.class,
        DeviceId.class,
        FeatureId.class,
        MessageId.class,
        JsonObject.class,
        ImmutableFeature.class,
        ImmutableThing.class,
        ImmutableDelta.class,
        CreateThing.class,
        ModifyAttributes.class,
        ModifyFeatureProperties.class,
        SetDesiredProperties.class);
  }

  @ParameterizedTest
  @MethodSource("valueTypes")
  void honoursEqualsContract(final Class<?> type) {
    EqualsVerifier.forClass(type)
        .suppress(Warning.NULL_FIELDS)
        .withPrefabValues(ObjectNode.class, node("a"), node("b"))
        .withPrefabValues(ThingId.class, ThingId.of("plant:a"), ThingId.of("plant:b"))
        .withPrefabValues(GatewayId.class, new GatewayId("gw-a"), new GatewayId("gw-b"))
        .withPrefabValues(FeatureId.class, new FeatureId("fa"), new FeatureId("fb"))
        .withPrefabValues(JsonObject.class, JsonObject.of(node("x")), JsonObject.of(node("y")))
        .verify();
  }

  static ObjectNode node(final String key) {
    final ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put(key, 1);
    return node;
  }
}

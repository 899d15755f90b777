/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.ThingId;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event value type honours the equals/hashCode contract. */
class EventValueTypesEqualityTest {

  static Stream<Class<?>> valueTypes() {
    return Stream.of(
        EventMetadata.class,
        ThingCreated.class,
        AttributesModified.class,
        FeaturePropertiesModified.class,
        FeatureDesiredPropertiesModified.class,
        CommandRejection.class,
        CommandResult.Accepted.class,
        CommandResult.Rejected.class);
  }

  @ParameterizedTest
  @MethodSource("valueTypes")
  void honoursEqualsContract(final Class<?> type) {
    EqualsVerifier.forClass(type)
        .suppress(Warning.NULL_FIELDS)
        .withPrefabValues(ThingId.class, ThingId.of("plant:a"), ThingId.of("plant:b"))
        .withPrefabValues(GatewayId.class, new GatewayId("gw-a"), new GatewayId("gw-b"))
        .withPrefabValues(FeatureId.class, new FeatureId("fa"), new FeatureId("fb"))
        .withPrefabValues(MessageId.class, new MessageId("m-1"), new MessageId("m-2"))
        .withPrefabValues(
            JsonObject.class,
            JsonObject.of("x", JsonNodeFactory.instance.numberNode(1)),
            JsonObject.of("y", JsonNodeFactory.instance.numberNode(2)))
        .withPrefabValues(
            EventMetadata.class,
            new EventMetadata(
                ThingId.of("plant:a"), 1, java.time.Instant.EPOCH, new MessageId("m")),
            new EventMetadata(
                ThingId.of("plant:a"), 2, java.time.Instant.EPOCH, new MessageId("m")))
        .withPrefabValues(
            CommandRejection.class,
            new CommandRejection(CommandRejection.Reason.EMPTY_PATCH, "a", "x"),
            new CommandRejection(CommandRejection.Reason.THING_NOT_FOUND, "b", "y"))
        .verify();
  }
}

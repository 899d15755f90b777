/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.model.commands.CreateThing;
import io.twinchain.twin.model.commands.ModifyAttributes;
import io.twinchain.twin.model.commands.ModifyFeatureProperties;
import io.twinchain.twin.model.commands.SetDesiredProperties;
import io.twinchain.twin.model.commands.TwinCommand;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventStrategiesTest {

  static final ThingId THING = ThingId.of("plant:pump-1");
  static final FeatureId FEATURE = FeatureId.TELEMETRY;
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private Optional<Thing> thing = Optional.empty();
  private int messages;

  static JsonObject number(final String key, final double value) {
    return JsonObject.of(key, JsonNodeFactory.instance.numberNode(value));
  }

  private Thing execute(final TwinCommand command) {
    final CommandResult result =
        TwinCommandHandler.handle(
            thing, command, new MessageId("m" + ++messages), T0.plusSeconds(messages));
    final TwinEvent event = ((CommandResult.Accepted) result).event();
    thing = Optional.of(EventStrategies.apply(thing, event));
    return thing.get();
  }

  @Test
  void desiredValueOpensADeltaAndTheMatchingReportClosesIt() {
    execute(new CreateThing(THING, new GatewayId("gw1"), JsonObject.empty()));
    execute(new ModifyFeatureProperties(THING, FEATURE, number("sp", 20)));
    final Thing wanted = execute(new SetDesiredProperties(THING, FEATURE, number("sp", 30)));
    assertThat(wanted.revision()).isEqualTo(3);
    assertThat(wanted.delta().version()).isEqualTo(1);
    assertThat(wanted.delta().features()).containsEntry(FEATURE, number("sp", 30));

    final Thing unrelated = execute(new ModifyFeatureProperties(THING, FEATURE, number("t", 5)));
    assertThat(unrelated.revision()).isEqualTo(4);
    assertThat(unrelated.delta().version())
        .as("a report that leaves the delta alone does not move its version")
        .isEqualTo(1);

    final Thing reached = execute(new ModifyFeatureProperties(THING, FEATURE, number("sp", 30)));
    assertThat(reached.delta().isEmpty()).isTrue();
    assertThat(reached.delta().version()).isEqualTo(2);
    assertThat(reached.feature(FEATURE).orElseThrow().desiredProperties())
        .isEqualTo(number("sp", 30));
  }

  @Test
  void attributesMergeAndTimestampsNeverGoBack() {
    execute(new CreateThing(THING, new GatewayId("gw1"), number("a", 1)));
    final Thing modified = execute(new ModifyAttributes(THING, number("b", 2)));
    assertThat(modified.attributes()).isEqualTo(number("a", 1).merge(number("b", 2)));
    assertThat(modified.modified()).isAfter(modified.created());
    final CommandResult late =
        TwinCommandHandler.handle(
            thing, new ModifyAttributes(THING, number("c", 3)), new MessageId("late"), T0);
    assertThat(((CommandResult.Accepted) late).event().metadata().timestamp())
        .isEqualTo(modified.modified());
  }

  @Test
  void rejectsCommandsTheStateCannotTake() {
    assertThat(
            TwinCommandHandler.handle(
                Optional.empty(),
                new ModifyAttributes(THING, number("a", 1)),
                new MessageId("x"),
                T0))
        .isEqualTo(
            new CommandResult.Rejected(
                new CommandRejection(
                    CommandRejection.Reason.THING_NOT_FOUND, "thingId", "no thing " + THING)));
    execute(new CreateThing(THING, new GatewayId("gw1"), JsonObject.empty()));
    assertThat(
            TwinCommandHandler.handle(
                thing,
                new CreateThing(THING, new GatewayId("gw1"), JsonObject.empty()),
                new MessageId("y"),
                T0))
        .isInstanceOfSatisfying(
            CommandResult.Rejected.class,
            r ->
                assertThat(r.rejection().reason())
                    .isEqualTo(CommandRejection.Reason.THING_ALREADY_EXISTS));
    assertThat(
            TwinCommandHandler.handle(
                thing,
                new ModifyFeatureProperties(THING, FEATURE, JsonObject.empty()),
                new MessageId("z"),
                T0))
        .isInstanceOfSatisfying(
            CommandResult.Rejected.class,
            r -> assertThat(r.rejection().field()).isEqualTo("features/telemetry/properties"));
  }

  @Test
  void refusesAnEventThatSkipsARevision() {
    execute(new CreateThing(THING, new GatewayId("gw1"), JsonObject.empty()));
    final TwinEvent skipping =
        new AttributesModified(new EventMetadata(THING, 3, T0, new MessageId("m")), number("a", 1));
    assertThatThrownBy(() -> EventStrategies.apply(thing, skipping))
        .isInstanceOf(EventOutOfOrderException.class)
        .hasMessageContaining("expected revision 2");
  }
}

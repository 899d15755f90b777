/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import io.twinchain.twin.events.CommandRejection.Reason;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.commands.CreateThing;
import io.twinchain.twin.model.commands.ModifyAttributes;
import io.twinchain.twin.model.commands.ModifyFeatureProperties;
import io.twinchain.twin.model.commands.SetDesiredProperties;
import io.twinchain.twin.model.commands.TwinCommand;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a command into the event it causes against a thing's current state; pure. Event timestamps
 * never go backwards within a thing, so reads by timestamp can binary-search the history.
 */
public final class TwinCommandHandler {

  private TwinCommandHandler() {}

  /**
   * Decides {@code command} against {@code current}.
   *
   * @param current the thing now, absent if it does not exist
   * @param command what to do
   * @param messageId the message that asked for it
   * @param now the acceptance time
   */
  public static CommandResult handle(
      final Optional<Thing> current,
      final TwinCommand command,
      final MessageId messageId,
      final Instant now) {
    if (command instanceof CreateThing create) {
      return current.isPresent()
          ? rejected(Reason.THING_ALREADY_EXISTS, "thingId", "thing exists: " + create.thingId())
          : new CommandResult.Accepted(
              new ThingCreated(
                  new EventMetadata(create.thingId(), 1, now, messageId),
                  create.gatewayId(),
                  create.attributes()));
    }
    if (current.isEmpty()) {
      return rejected(Reason.THING_NOT_FOUND, "thingId", "no thing " + command.thingId());
    }
    final Thing thing = current.get();
    final Instant timestamp = now.isBefore(thing.modified()) ? thing.modified() : now;
    final EventMetadata metadata =
        new EventMetadata(thing.thingId(), thing.revision() + 1, timestamp, messageId);
    return switch (command) {
      case ModifyAttributes modify ->
          nonEmpty(modify.patch(), "attributes", new AttributesModified(metadata, modify.patch()));
      case ModifyFeatureProperties modify ->
          nonEmpty(
              modify.patch(),
              "features/" + modify.featureId() + "/properties",
              new FeaturePropertiesModified(metadata, modify.featureId(), modify.patch()));
      case SetDesiredProperties desired ->
          nonEmpty(
              desired.patch(),
              "features/" + desired.featureId() + "/desiredProperties",
              new FeatureDesiredPropertiesModified(metadata, desired.featureId(), desired.patch()));
      case CreateThing create -> throw new IllegalStateException("handled above: " + create);
    };
  }

  private static CommandResult nonEmpty(
      final JsonObject patch, final String field, final TwinEvent event) {
    return patch.isEmpty()
        ? rejected(Reason.EMPTY_PATCH, field, "patch has no members")
        : new CommandResult.Accepted(event);
  }

  private static CommandResult rejected(
      final Reason reason, final String field, final String detail) {
    return new CommandResult.Rejected(new CommandRejection(reason, field, detail));
  }
}

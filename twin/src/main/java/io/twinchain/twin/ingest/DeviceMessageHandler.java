/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import io.twinchain.twin.events.CommandRejection;
import io.twinchain.twin.mapping.PayloadMapper;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.model.commands.CreateThing;
import io.twinchain.twin.model.commands.TwinCommand;
import io.twinchain.twin.registry.DeviceRegistration;
import io.twinchain.twin.registry.DeviceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Admits one decoded device message into a batch: registration and gateway check, de-duplication,
 * payload mapping, and the commands (creating the twin on a registered device's first message).
 */
final class DeviceMessageHandler {

  /** What became of a message. */
  enum Outcome {
    APPLIED,
    DUPLICATE
  }

  private final DeviceRegistry registry;
  private final PayloadMapper mapper;

  DeviceMessageHandler(final DeviceRegistry registry, final PayloadMapper mapper) {
    this.registry = registry;
    this.mapper = mapper;
  }

  Outcome handle(final DeviceMessage message, final BatchContext context)
      throws MessageRejectedException {
    final DeviceRegistration registration =
        registry
            .find(message.deviceId())
            .orElseThrow(
                () ->
                    MessageRejectedException.of(
                        RejectionReason.UNKNOWN_DEVICE,
                        "topic.device",
                        "device " + message.deviceId() + " is not registered"));
    if (!registration.gatewayId().equals(message.gatewayId())) {
      throw MessageRejectedException.of(
          RejectionReason.WRONG_GATEWAY,
          "topic.gateway",
          "device "
              + message.deviceId()
              + " is registered to gateway "
              + registration.gatewayId()
              + ", not "
              + message.gatewayId());
    }
    final ThingId thingId = registration.thingId();
    if (context.alreadyApplied(thingId, message.messageId())) {
      return Outcome.DUPLICATE;
    }
    final List<TwinCommand> commands = new ArrayList<>();
    if (context.current(thingId).isEmpty()) {
      commands.add(new CreateThing(thingId, registration.gatewayId(), JsonObject.empty()));
    }
    commands.addAll(mapper.map(message, thingId));
    final Optional<CommandRejection> refused = context.applyAll(commands, message.messageId());
    if (refused.isPresent()) {
      throw MessageRejectedException.of(
          RejectionReason.REFUSED_BY_TWIN,
          refused.get().field(),
          refused.get().reason() + ": " + refused.get().detail());
    }
    return Outcome.APPLIED;
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.InvalidIdentifierException;
import io.twinchain.twin.model.MessageId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an MQTT publish into transport-neutral {@link DeviceMessage}s: topic, size, JSON
 * well-formedness and limits, message id, telemetry shape. A gateway batch yields one message per
 * entry; a bad entry is refused on its own.
 */
public final class DeviceMessageDecoder {

  private final PayloadParser parser;

  /**
   * @param limits bounds on payloads
   */
  public DeviceMessageDecoder(final PayloadLimits limits) {
    this.parser = new PayloadParser(limits);
  }

  /** Every device message in {@code message}, or the refusals. */
  public List<Decoded> decode(final InboundMessage message) {
    final String[] levels = message.topic().split("/", -1);
    final Optional<GatewayId> gateway = gatewayOf(message.topic());
    if (levels.length < 3 || !levels[0].equals(Topics.ROOT) || gateway.isEmpty()) {
      return refuse(
          new ErrorTarget(gateway, Optional.empty()),
          Optional.empty(),
          MessageRejectedException.of(RejectionReason.UNKNOWN_TOPIC, "topic", message.topic()));
    }
    if (levels.length == 3 && levels[2].equals("batch")) {
      return decodeBatch(message, gateway.get());
    }
    final Optional<MessageKind> kind = levels.length == 4 ? kind(levels[3]) : Optional.empty();
    if (kind.isEmpty()) {
      return refuse(
          new ErrorTarget(gateway, Optional.empty()),
          Optional.empty(),
          MessageRejectedException.of(RejectionReason.UNKNOWN_TOPIC, "topic", message.topic()));
    }
    final ErrorTarget target = new ErrorTarget(gateway, deviceId(levels[2]));
    Optional<MessageId> id = Optional.empty();
    try {
      final DeviceId device = requireDevice(levels[2], "topic.device");
      final JsonNode payload = parser.parse(message.payload());
      id = Optional.of(MessageIdentity.identify(message, payload));
      return List.of(
          new Decoded.Accepted(
              deviceMessage(gateway.get(), device, kind.get(), id.get(), payload, "")));
    } catch (MessageRejectedException e) {
      return refuse(target, id, e);
    }
  }

  private List<Decoded> decodeBatch(final InboundMessage message, final GatewayId gateway) {
    final ErrorTarget gatewayTarget = new ErrorTarget(Optional.of(gateway), Optional.empty());
    final ObjectNode devices;
    final MessageId batchId;
    try {
      final JsonNode payload = parser.parse(message.payload());
      batchId = MessageIdentity.identify(message, payload);
      devices = TelemetryShape.requireObject(payload, "");
    } catch (MessageRejectedException e) {
      return refuse(gatewayTarget, Optional.empty(), e);
    }
    final List<Decoded> decoded = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : devices.properties()) {
      decoded.addAll(decodeBatchEntry(gateway, batchId, entry.getKey(), entry.getValue()));
    }
    return decoded;
  }

  private List<Decoded> decodeBatchEntry(
      final GatewayId gateway, final MessageId batchId, final String device, final JsonNode entry) {
    final ErrorTarget target = new ErrorTarget(Optional.of(gateway), deviceId(device));
    if (target.device().isEmpty()) {
      return refuse(
          target,
          Optional.empty(),
          MessageRejectedException.of(
              RejectionReason.INVALID_IDENTIFIER, device, "not a valid device id: " + device));
    }
    final List<JsonNode> readings = new ArrayList<>();
    entry.forEach(readings::add);
    if (!entry.isArray()) {
      readings.clear();
      readings.add(entry);
    }
    final List<Decoded> decoded = new ArrayList<>();
    for (int index = 0; index < readings.size(); index++) {
      final MessageId id = MessageIdentity.part(batchId, device, index);
      try {
        final DeviceId deviceId = requireDevice(device, device);
        decoded.add(
            new Decoded.Accepted(
                deviceMessage(
                    gateway,
                    deviceId,
                    MessageKind.TELEMETRY,
                    id,
                    readings.get(index),
                    Paths.child(device, Integer.toString(index)))));
      } catch (MessageRejectedException e) {
        decoded.addAll(refuse(target, Optional.of(id), e));
      }
    }
    return decoded;
  }

  private static DeviceMessage deviceMessage(
      final GatewayId gateway,
      final DeviceId device,
      final MessageKind kind,
      final MessageId id,
      final JsonNode payload,
      final String path)
      throws MessageRejectedException {
    if (kind == MessageKind.ATTRIBUTES) {
      final ObjectNode attributes = TelemetryShape.requireObject(payload, path);
      if (attributes.isEmpty()) {
        throw MessageRejectedException.of(RejectionReason.EMPTY_PAYLOAD, path, "no attributes");
      }
      return new DeviceMessage(gateway, device, kind, id, attributes, Optional.empty());
    }
    final TelemetryShape shape = TelemetryShape.of(payload, path);
    return new DeviceMessage(gateway, device, kind, id, shape.values(), shape.timestampMillis());
  }

  private static List<Decoded> refuse(
      final ErrorTarget target, final Optional<MessageId> id, final MessageRejectedException e) {
    return List.of(new Decoded.Refused(target, id, e.rejection()));
  }

  private static Optional<MessageKind> kind(final String leaf) {
    return switch (leaf) {
      case "telemetry" -> Optional.of(MessageKind.TELEMETRY);
      case "attributes" -> Optional.of(MessageKind.ATTRIBUTES);
      default -> Optional.empty();
    };
  }

  private static DeviceId requireDevice(final String device, final String field)
      throws MessageRejectedException {
    try {
      return new DeviceId(device);
    } catch (InvalidIdentifierException e) {
      throw MessageRejectedException.of(RejectionReason.INVALID_IDENTIFIER, field, e.getMessage());
    }
  }

  private static Optional<DeviceId> deviceId(final String device) {
    try {
      return Optional.of(new DeviceId(device));
    } catch (InvalidIdentifierException e) {
      return Optional.empty();
    }
  }

  /**
   * The refusal of a publish on {@code topic} that failed unexpectedly, reported to its gateway.
   */
  static Decoded.Refused unprocessable(final String topic, final RuntimeException failure) {
    return new Decoded.Refused(
        new ErrorTarget(gatewayOf(topic), Optional.empty()),
        Optional.empty(),
        new Rejection(RejectionReason.UNPROCESSABLE, "", failure.getClass().getSimpleName()));
  }

  /** The gateway named by the second level of {@code topic}, if it is a valid id. */
  private static Optional<GatewayId> gatewayOf(final String topic) {
    final String[] levels = topic.split("/", 3);
    return levels.length > 1 && levels[0].equals(Topics.ROOT)
        ? gatewayId(levels[1])
        : Optional.empty();
  }

  private static Optional<GatewayId> gatewayId(final String gateway) {
    try {
      return Optional.of(new GatewayId(gateway));
    } catch (InvalidIdentifierException e) {
      return Optional.empty();
    }
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.MessageId;
import java.util.Optional;

/**
 * A device message independent of the transport it came by (MQTT 5, MQTT 3.1.1, a gateway batch):
 * what the payload mapper and the command layer see.
 *
 * @param gatewayId the gateway it came through
 * @param deviceId the device it claims to come from
 * @param kind telemetry or attributes
 * @param messageId its de-duplication id
 * @param values the member values, already unwrapped from {@code {ts, values}}
 * @param deviceTimestampMillis the device's own {@code ts}, if it sent one
 */
public record DeviceMessage(
    GatewayId gatewayId,
    DeviceId deviceId,
    MessageKind kind,
    MessageId messageId,
    ObjectNode values,
    Optional<Long> deviceTimestampMillis) {

  /** Rejects missing parts. */
  public DeviceMessage {
    requireNonNull(gatewayId, "gatewayId");
    requireNonNull(deviceId, "deviceId");
    requireNonNull(kind, "kind");
    requireNonNull(messageId, "messageId");
    requireNonNull(values, "values");
    requireNonNull(deviceTimestampMillis, "deviceTimestampMillis");
  }
}

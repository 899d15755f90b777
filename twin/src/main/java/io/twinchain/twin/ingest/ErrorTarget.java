/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.GatewayId;
import java.util.Optional;

/**
 * Where to tell a sender that its message was refused: the device's {@code errors} topic, the
 * gateway's when no valid device is known, nowhere when not even the gateway id is valid.
 *
 * @param gateway the gateway, if valid
 * @param device the device, if valid
 */
public record ErrorTarget(Optional<GatewayId> gateway, Optional<DeviceId> device) {

  /** The topic to publish the error on, if any. */
  public Optional<String> topic() {
    return gateway.map(
        gw -> device.map(d -> Topics.errors(gw, d)).orElseGet(() -> Topics.gatewayErrors(gw)));
  }
}

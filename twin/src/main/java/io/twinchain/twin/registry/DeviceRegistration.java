/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.registry;

import static java.util.Objects.requireNonNull;

import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.ThingId;
import java.util.Optional;

/**
 * A device allowed to feed a twin through one gateway.
 *
 * @param deviceId the device's id in its topics and its broker username
 * @param gatewayId the only gateway it may publish through
 * @param namespace the namespace of its thing; the thing id is {@code namespace:deviceId}
 * @param credentials how it authenticates at the broker, if the broker checks
 */
public record DeviceRegistration(
    DeviceId deviceId,
    GatewayId gatewayId,
    String namespace,
    Optional<DeviceCredentials> credentials) {

  /** Rejects missing parts and validates the thing id early. */
  public DeviceRegistration {
    requireNonNull(deviceId, "deviceId");
    requireNonNull(gatewayId, "gatewayId");
    requireNonNull(credentials, "credentials");
    new ThingId(namespace, deviceId.value());
  }

  /** The twin of this device. */
  public ThingId thingId() {
    return new ThingId(namespace, deviceId.value());
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.registry;

import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.ThingId;
import java.util.Optional;

/**
 * Which devices may feed twins, and through which gateway. Today backed by the gateway's
 * configuration ({@link StaticDeviceRegistry}); the TwinRegistry contract plugs in here later.
 */
public interface DeviceRegistry {

  /** The registration of {@code deviceId}, if it is registered. */
  Optional<DeviceRegistration> find(DeviceId deviceId);

  /** The registration whose twin is {@code thingId}, if any. */
  default Optional<DeviceRegistration> findByThing(final ThingId thingId) {
    return find(new DeviceId(thingId.name())).filter(r -> r.thingId().equals(thingId));
  }
}

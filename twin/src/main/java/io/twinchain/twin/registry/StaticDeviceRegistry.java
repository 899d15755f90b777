/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.registry;

import io.twinchain.twin.model.DeviceId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A fixed set of registrations, read from the gateway's configuration. */
public final class StaticDeviceRegistry implements DeviceRegistry {

  private final Map<DeviceId, DeviceRegistration> registrations;

  /**
   * @param registrations the devices; device ids must be unique
   */
  public StaticDeviceRegistry(final Collection<DeviceRegistration> registrations) {
    this.registrations =
        registrations.stream()
            .collect(
                Collectors.toUnmodifiableMap(DeviceRegistration::deviceId, Function.identity()));
  }

  @Override
  public Optional<DeviceRegistration> find(final DeviceId deviceId) {
    return Optional.ofNullable(registrations.get(deviceId));
  }

  /** Every registration, for broker credential set-up. */
  public Collection<DeviceRegistration> all() {
    return registrations.values();
  }
}

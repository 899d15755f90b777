/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.testsupport;

import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.registry.DeviceCredentials;
import io.twinchain.twin.registry.DeviceRegistration;
import io.twinchain.twin.registry.PasswordHash;
import io.twinchain.twin.registry.StaticDeviceRegistry;
import java.util.List;
import java.util.Optional;

/**
 * The registry tests use: {@code pump-1} and {@code valve-1} on gateway {@code gw1}, {@code
 * meter-1} on {@code gw2}, all in namespace {@code plant}. Test-only passwords: {@code
 * <device>-secret}.
 */
public final class TestDevices {

  /** Gateway 1. */
  public static final GatewayId GW1 = new GatewayId("gw1");

  /** Gateway 2. */
  public static final GatewayId GW2 = new GatewayId("gw2");

  private TestDevices() {}

  /** The registry, with password hashes and certificate CNs equal to the device id. */
  public static StaticDeviceRegistry registry() {
    return new StaticDeviceRegistry(
        List.of(device("pump-1", GW1), device("valve-1", GW1), device("meter-1", GW2)));
  }

  /** The test password of {@code device}. */
  public static String password(final String device) {
    return device + "-secret";
  }

  private static DeviceRegistration device(final String id, final GatewayId gateway) {
    return new DeviceRegistration(
        new DeviceId(id),
        gateway,
        "plant",
        Optional.of(
            new DeviceCredentials(Optional.of(PasswordHash.hash(password(id))), Optional.of(id))));
  }
}

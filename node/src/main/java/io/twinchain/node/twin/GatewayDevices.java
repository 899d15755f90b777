/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin;

import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.InvalidIdentifierException;
import io.twinchain.twin.registry.DeviceRegistration;
import io.twinchain.twin.registry.StaticDeviceRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Reads a gateway's device registrations from TOML:
 *
 * <pre>
 * [[device]]
 * id = "pump-1"
 * namespace = "plant"
 * </pre>
 *
 * Every device is registered to this gateway.
 */
public final class GatewayDevices {

  private GatewayDevices() {}

  /** The registry of {@code file}; an absent file registers no device. */
  public static StaticDeviceRegistry load(final Optional<Path> file, final GatewayId gateway) {
    if (file.isEmpty()) {
      return new StaticDeviceRegistry(List.of());
    }
    final TomlParseResult toml;
    try {
      toml = Toml.parse(file.get());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read devices file " + file.get(), e);
    }
    if (toml.hasErrors()) {
      throw new IllegalArgumentException(
          "devices file " + file.get() + ": " + toml.errors().getFirst());
    }
    final TomlArray devices = Optional.ofNullable(toml.getArray("device")).orElse(emptyArray());
    final List<DeviceRegistration> registrations = new ArrayList<>();
    for (int i = 0; i < devices.size(); i++) {
      registrations.add(registration(devices.getTable(i), gateway, file.get(), i));
    }
    return new StaticDeviceRegistry(registrations);
  }

  private static DeviceRegistration registration(
      final TomlTable device, final GatewayId gateway, final Path file, final int index) {
    final String id = device.getString("id");
    final String namespace = device.getString("namespace");
    if (id == null || namespace == null) {
      throw new IllegalArgumentException(
          "devices file " + file + ": device " + index + " needs id and namespace");
    }
    try {
      return new DeviceRegistration(new DeviceId(id), gateway, namespace, Optional.empty());
    } catch (InvalidIdentifierException e) {
      throw new IllegalArgumentException(
          "devices file " + file + ": device " + index + ": " + e.getMessage(), e);
    }
  }

  private static TomlArray emptyArray() {
    return Toml.parse("a = []").getArray("a");
  }
}

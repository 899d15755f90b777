/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin;

import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.InvalidIdentifierException;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.registry.DeviceCredentials;
import io.twinchain.twin.registry.DeviceRegistration;
import io.twinchain.twin.registry.PasswordHash;
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
 * chain-namespace = "plant"   # optional: also accept devices TwinRegistry binds to this gateway
 *
 * [[device]]
 * id = "pump-1"
 * namespace = "plant"
 * password-hash = "pbkdf2-sha256$100000$…"   # optional: broker credentials
 * client-certificate = true                   # optional: may connect with a TLS client
 *                                             # certificate whose subject CN is its id
 * </pre>
 *
 * Every device is registered to this gateway. The password is stored only as {@link PasswordHash}
 * output ({@code twinchain}'s tests and the docs show how to make one).
 */
public final class GatewayDevices {

  private GatewayDevices() {}

  /** The registry of {@code file}; an absent file registers no device. */
  public static StaticDeviceRegistry load(final Optional<Path> file, final GatewayId gateway) {
    if (file.isEmpty()) {
      return new StaticDeviceRegistry(List.of());
    }
    final TomlParseResult toml = parse(file.get());
    final TomlArray devices = Optional.ofNullable(toml.getArray("device")).orElse(emptyArray());
    final List<DeviceRegistration> registrations = new ArrayList<>();
    for (int i = 0; i < devices.size(); i++) {
      registrations.add(registration(devices.getTable(i), gateway, file.get(), i));
    }
    return new StaticDeviceRegistry(registrations);
  }

  /**
   * The top-level {@code chain-namespace}: devices that TwinRegistry binds to this gateway are
   * accepted too, in that namespace; empty when absent (only the listed devices are accepted).
   */
  public static Optional<String> chainNamespace(final Optional<Path> file) {
    final Optional<String> namespace =
        file.flatMap(f -> Optional.ofNullable(parse(f).getString("chain-namespace")));
    try {
      namespace.ifPresent(ns -> new ThingId(ns, "device"));
    } catch (InvalidIdentifierException e) {
      throw new IllegalArgumentException(
          "devices file " + file.orElseThrow() + ": chain-namespace: " + e.getMessage(), e);
    }
    return namespace;
  }

  private static TomlParseResult parse(final Path file) {
    final TomlParseResult toml;
    try {
      toml = Toml.parse(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read devices file " + file, e);
    }
    if (toml.hasErrors()) {
      throw new IllegalArgumentException("devices file " + file + ": " + toml.errors().getFirst());
    }
    return toml;
  }

  private static DeviceRegistration registration(
      final TomlTable device, final GatewayId gateway, final Path file, final int index) {
    final String id = device.getString("id");
    final String namespace = device.getString("namespace");
    if (id == null || namespace == null) {
      throw new IllegalArgumentException(
          "devices file " + file + ": device " + index + " needs id and namespace");
    }
    final Optional<String> passwordHash = Optional.ofNullable(device.getString("password-hash"));
    if (passwordHash.isPresent() && !passwordHash.get().startsWith("pbkdf2-sha256$")) {
      throw new IllegalArgumentException(
          "devices file "
              + file
              + ": device "
              + index
              + ": password-hash is not a pbkdf2-sha256 hash");
    }
    final Optional<DeviceCredentials> credentials = credentials(device, id, passwordHash);
    try {
      return new DeviceRegistration(new DeviceId(id), gateway, namespace, credentials);
    } catch (InvalidIdentifierException e) {
      throw new IllegalArgumentException(
          "devices file " + file + ": device " + index + ": " + e.getMessage(), e);
    }
  }

  /**
   * A device's broker credentials: its password hash, and its id as the subject CN it must present
   * when {@code client-certificate = true}; empty when it has neither.
   */
  private static Optional<DeviceCredentials> credentials(
      final TomlTable device, final String id, final Optional<String> passwordHash) {
    final Optional<String> certificateName =
        Boolean.TRUE.equals(device.getBoolean("client-certificate"))
            ? Optional.of(id)
            : Optional.empty();
    return passwordHash.isEmpty() && certificateName.isEmpty()
        ? Optional.empty()
        : Optional.of(new DeviceCredentials(passwordHash, certificateName));
  }

  private static TomlArray emptyArray() {
    return Toml.parse("a = []").getArray("a");
  }
}

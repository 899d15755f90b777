/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.registry;

import java.util.Optional;

/**
 * How a device proves its identity to the broker: a password (kept only as a salted PBKDF2 hash), a
 * TLS client certificate whose subject common name is the device id, or both.
 *
 * @param passwordHash {@link PasswordHash} encoding, if passwords are allowed
 * @param certificateCommonName the expected certificate subject CN, if certificates are allowed
 */
public record DeviceCredentials(
    Optional<String> passwordHash, Optional<String> certificateCommonName) {

  /** Whether {@code password} matches the stored hash. */
  public boolean acceptsPassword(final byte[] password) {
    return passwordHash.map(hash -> PasswordHash.matches(hash, password)).orElse(false);
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.permissions;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A 20-byte account address on the accounts allowlist, kept in lowercase {@code 0x} hex. */
public record AccountAddress(String hex) {

  private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

  /** Parses {@code 0x} followed by 40 hex digits (any case); empty otherwise. */
  public static Optional<AccountAddress> parse(final String text) {
    final String trimmed = text.trim();
    return ADDRESS.matcher(trimmed).matches()
        ? Optional.of(new AccountAddress(trimmed.toLowerCase(Locale.ROOT)))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return hex;
  }
}

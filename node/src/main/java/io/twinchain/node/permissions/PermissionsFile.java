/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.permissions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;

/**
 * Reads and writes Besu's {@code permissions_config.toml}: {@code nodes-allowlist=[...]} and {@code
 * accounts-allowlist=[...]}, arrays of strings. Writes go to a temporary file that is then moved
 * over the old one, so a crash never leaves a half-written allowlist.
 */
final class PermissionsFile {

  static final String NODES_KEY = "nodes-allowlist";
  static final String ACCOUNTS_KEY = "accounts-allowlist";

  record Content(List<String> nodes, List<String> accounts) {}

  private final Path path;

  PermissionsFile(final Path path) {
    this.path = path;
  }

  Path path() {
    return path;
  }

  Content read() {
    if (!Files.exists(path)) {
      return new Content(List.of(), List.of());
    }
    final TomlParseResult toml;
    try {
      toml = Toml.parse(path);
    } catch (IOException e) {
      throw invalid("file", "cannot be read (" + e.getMessage() + ")");
    }
    if (toml.hasErrors()) {
      throw invalid("file", "is not valid TOML: " + toml.errors().get(0).toString());
    }
    for (final String key : toml.dottedKeySet()) {
      if (!key.equals(NODES_KEY) && !key.equals(ACCOUNTS_KEY)) {
        throw invalid(
            key, "is not a known key (expected " + NODES_KEY + " or " + ACCOUNTS_KEY + ")");
      }
    }
    return new Content(strings(toml, NODES_KEY), strings(toml, ACCOUNTS_KEY));
  }

  void write(final List<EnodeUrl> nodes, final List<AccountAddress> accounts) throws IOException {
    final String text =
        "# Written by twinchain; edited at run time by perm_* JSON-RPC methods.\n"
            + NODES_KEY
            + "="
            + array(nodes)
            + "\n"
            + ACCOUNTS_KEY
            + "="
            + array(accounts)
            + "\n";
    final Path dir = path.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    final Path tmp = Files.createTempFile(dir, ".permissions", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  InvalidPermissionsConfigException invalid(final String key, final String problem) {
    return new InvalidPermissionsConfigException(path, key, problem);
  }

  private List<String> strings(final TomlParseResult toml, final String key) {
    if (!toml.contains(key)) {
      return List.of();
    }
    if (!toml.isArray(key)) {
      throw invalid(key, "must be an array of strings");
    }
    final TomlArray array = toml.getArrayOrEmpty(key);
    final List<String> values = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof String value)) {
        throw invalid(key, "entry " + i + " is not a string");
      }
      values.add(value);
    }
    return values;
  }

  private static String array(final List<?> values) {
    return values.stream()
        .map(value -> "\"" + value + "\"")
        .collect(Collectors.joining(",", "[", "]"));
  }
}

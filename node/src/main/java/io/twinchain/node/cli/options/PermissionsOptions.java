/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli.options;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The node's allowlist file, in Besu's {@code permissions_config.toml} format. */
public final class PermissionsOptions {

  @Option(
      names = "--permissions-nodes-config-file",
      paramLabel = "FILE",
      description = "Node and account allowlists (default: <data-path>/permissions_config.toml).")
  private Optional<Path> file = Optional.empty();

  public Path file(final Path dataPath) {
    return file.orElse(dataPath.resolve("permissions_config.toml"));
  }
}

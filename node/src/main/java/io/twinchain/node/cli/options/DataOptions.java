/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli.options;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the node keeps its data, key and genesis. */
public final class DataOptions {

  @Option(
      names = "--data-path",
      paramLabel = "DIR",
      description = "Data directory (default: ${DEFAULT-VALUE}).",
      defaultValue = "data")
  private Path dataPath;

  @Option(
      names = "--node-key-file",
      paramLabel = "FILE",
      description = "secp256k1 node key file (default: <data-path>/key; created if missing).")
  private Optional<Path> nodeKeyFile = Optional.empty();

  @Option(
      names = "--genesis-file",
      paramLabel = "FILE",
      description = "Genesis file (default: <data-path>/genesis.json).")
  private Optional<Path> genesisFile = Optional.empty();

  public Path dataPath() {
    return dataPath;
  }

  public Path nodeKeyFile() {
    return nodeKeyFile.orElse(dataPath.resolve("key"));
  }

  public Path genesisFile() {
    return genesisFile.orElse(dataPath.resolve("genesis.json"));
  }
}

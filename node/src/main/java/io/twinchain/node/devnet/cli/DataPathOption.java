/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.cli;

import io.twinchain.node.devnet.DevnetLayout;
import io.twinchain.node.devnet.LayoutFile;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data-path}: the devnet folder every devnet subcommand works on. */
public final class DataPathOption {
  @Option(
      names = "--data-path",
      paramLabel = "DIR",
      description = "Devnet folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "devnet-data")
  private Path dataPath;

  /** The folder, absolute. */
  public Path dataPath() {
    return dataPath.toAbsolutePath().normalize();
  }

  /** The layout recorded in the folder; fails with a hint when there is no devnet. */
  public DevnetLayout layout() throws IOException {
    return LayoutFile.require(dataPath());
  }
}

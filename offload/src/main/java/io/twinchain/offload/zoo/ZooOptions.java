/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.zoo;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --zoo} option shared by the models subcommands. */
public final class ZooOptions {
  @Option(
      names = "--zoo",
      paramLabel = "<dir>",
      description = "Model zoo directory (default: offload/models, or models).")
  private Path directory;

  /** Opens the chosen zoo. */
  ModelZoo open() throws IOException {
    return ModelZoo.open(directory == null ? ModelZoo.defaultDirectory() : directory);
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the ethers v6 scripts in {@code src/test/js} (npm, pinned in its {@code
 * package-lock.json}, installed by {@code .ci/install.d/rpc.sh}) with node, and reads the one JSON
 * object it prints.
 */
final class EthersScript {

  private static final Path SCRIPT_DIR = Path.of("src/test/js");

  private EthersScript() {}

  /**
   * Runs {@code script} with {@code args}, keeping its output in {@code dir}; fails on exit ≠ 0.
   */
  static JsonNode run(final Path dir, final String script, final String... args) throws Exception {
    assertThat(SCRIPT_DIR.resolve("node_modules/ethers"))
        .as("ethers installed by .ci/install.d/rpc.sh (npm ci in %s)", SCRIPT_DIR)
        .isDirectory();
    final File output = dir.resolve(script + ".out").toFile();
    final File errors = dir.resolve(script + ".err").toFile();
    final List<String> command = new ArrayList<>(List.of("node", script));
    command.addAll(List.of(args));
    final Process process =
        new ProcessBuilder(command)
            .directory(SCRIPT_DIR.toFile())
            .redirectOutput(output)
            .redirectError(errors)
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(script + " did not finish in 120 s");
    }
    assertThat(process.exitValue())
        .as("%s failed: %s", script, Files.readString(errors.toPath(), StandardCharsets.UTF_8))
        .isZero();
    return new ObjectMapper().readTree(Files.readString(output.toPath(), StandardCharsets.UTF_8));
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code node scripts/compile.mjs --check}: the committed ABI, bytecode and storage layouts
 * must equal a fresh compile of the Solidity sources with the pinned solc. Outside CI a machine
 * without node or without {@code npm ci} skips it; under {@code CI=true} that is a failure, since
 * {@code .ci/install.d/contracts.sh} installs both.
 */
class CompiledArtifactsMatchSourcesIT {

  private static final Path MODULE = Path.of(System.getProperty("user.dir"));

  @Test
  void committedArtifactsMatchAFreshCompile() throws IOException, InterruptedException {
    final boolean solcInstalled =
        Files.isRegularFile(MODULE.resolve("node_modules/solc/package.json")) && nodeOnPath();
    if (System.getenv("CI") != null) {
      assertThat(solcInstalled)
          .as("CI must run .ci/install.d/contracts.sh (node + npm ci in contracts/)")
          .isTrue();
    }
    assumeThat(solcInstalled).as("node and npm ci in contracts/ (see contracts.sh)").isTrue();

    final Process check =
        new ProcessBuilder("node", "scripts/compile.mjs", "--check")
            .directory(MODULE.toFile())
            .redirectErrorStream(true)
            .start();
    final String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(check.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(check.exitValue()).as(output).isZero();
    assertThat(output).contains("artifacts match solc 0.8.37");
  }

  private static boolean nodeOnPath() throws InterruptedException {
    try {
      return new ProcessBuilder("node", "--version").start().waitFor() == 0;
    } catch (IOException notInstalled) {
      return false;
    }
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Debian's {@code docker-compose} (installed by {@code .ci/install.d/devnet.sh}) accepts the
 * devnet's compose file; no Docker engine is needed for {@code config}.
 */
class ComposeConfigIT {

  @Test
  void dockerComposeValidatesTheDevnet() throws Exception {
    final Process process =
        new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "config", "--quiet")
            .directory(new File("../devnet"))
            .redirectErrorStream(true)
            .start();
    final String output =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    final Process services =
        new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "config", "--services")
            .directory(new File("../devnet"))
            .start();
    final String names =
        new String(services.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    services.waitFor(60, TimeUnit.SECONDS);
    assertThat(names.lines())
        .contains(
            "broker",
            "ap-1",
            "ap-2",
            "ap-3",
            "gateway-1",
            "gateway-2",
            "simulator",
            "prometheus",
            "grafana");
  }
}

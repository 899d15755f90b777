/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Docker devnet runs what the process devnet runs: every process of the default layout is a
 * service with the same arguments and readiness port, Prometheus scrapes exactly the layout's
 * metrics ports, and every file the compose file, its scripts and provisioning refer to exists.
 */
class ComposeFileTest {
  private static final Path DEVNET = Path.of("..", "devnet");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final DevnetLayout LAYOUT = DevnetLayout.defaults(Path.of("/devnet-data"));

  private static JsonNode compose() throws IOException {
    return YAML.readTree(DEVNET.resolve("docker-compose.yml").toFile());
  }

  @Test
  void everyDevnetProcessIsAServiceWithTheSameCommandAndHealthPort() throws IOException {
    final JsonNode services = compose().path("services");
    for (final DevnetProcess process : LAYOUT.processes()) {
      final JsonNode service = services.path(process.name());
      assertThat(service.isMissingNode()).as(process.name()).isFalse();
      final List<String> command = new ArrayList<>();
      service.path("command").forEach(arg -> command.add(arg.asText()));
      assertThat(command).as(process.name() + " command").isEqualTo(process.arguments());
      assertThat(service.path("healthcheck").path("test").toString())
          .as(process.name() + " healthcheck")
          .contains("http://127.0.0.1:" + process.healthPort() + "/readiness");
      assertThat(service.path("network_mode").asText()).isEqualTo("host");
    }
  }

  @Test
  void prometheusScrapesExactlyTheLayoutsMetricsPorts() throws IOException {
    final JsonNode prometheus = YAML.readTree(DEVNET.resolve("prometheus/prometheus.yml").toFile());
    final List<Integer> scraped = new ArrayList<>();
    for (final JsonNode job : prometheus.path("scrape_configs")) {
      for (final JsonNode config : job.path("static_configs")) {
        for (final JsonNode target : config.path("targets")) {
          scraped.add(Integer.parseInt(target.asText().replaceFirst(".*:", "")));
        }
      }
    }
    final List<Integer> expected = new ArrayList<>();
    LAYOUT.nodes().forEach(node -> expected.add(node.port("metrics")));
    expected.add(LAYOUT.process("simulator").orElseThrow().healthPort());
    assertThat(scraped).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void everyReferencedFileExists() throws IOException {
    final JsonNode services = compose().path("services");
    services.forEach(
        service ->
            service
                .path("volumes")
                .forEach(
                    volume -> {
                      final String source = volume.asText().split(":")[0];
                      if (source.startsWith("./")) {
                        assertThat(DEVNET.resolve(source)).as(volume.asText()).exists();
                      }
                    }));
    assertThat(
            DEVNET
                .resolve(services.path("init").path("build").path("context").asText())
                .resolve(services.path("init").path("build").path("dockerfile").asText()))
        .isRegularFile();
    for (final String script : List.of("run.sh", "stop.sh", "resume.sh", "remove.sh", "list.sh")) {
      assertThat(DEVNET.resolve(script)).isExecutable();
    }
    final JsonNode dashboards =
        YAML.readTree(DEVNET.resolve("grafana/provisioning/dashboards/twinchain.yml").toFile());
    assertThat(dashboards.path("providers").get(0).path("options").path("path").asText())
        .isEqualTo("/var/lib/grafana/dashboards");
    assertThat(
            new ObjectMapper()
                .readTree(DEVNET.resolve("grafana/dashboards/twinchain.json").toFile())
                .path("panels"))
        .hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void listShowsTheEndpointsTheProcessDevnetPrints() throws IOException {
    final String list = Files.readString(DEVNET.resolve("list.sh"));
    for (final DevnetProcess node : LAYOUT.nodes()) {
      assertThat(list).contains("http://127.0.0.1:" + node.port("rpc-http"));
      assertThat(list).contains("ws://127.0.0.1:" + node.port("rpc-ws"));
      assertThat(list).contains("http://127.0.0.1:" + node.port("metrics") + "/metrics");
    }
    assertThat(list).contains(LAYOUT.mqttUrl()).contains(LAYOUT.explorerUrl());
    final Matcher dockerfileJdk =
        Pattern.compile("FROM eclipse-temurin:(\\d+)-jre")
            .matcher(Files.readString(DEVNET.resolve("Dockerfile")));
    assertThat(dockerfileJdk.find()).isTrue();
    assertThat(Integer.parseInt(dockerfileJdk.group(1))).isGreaterThanOrEqualTo(21);
  }
}

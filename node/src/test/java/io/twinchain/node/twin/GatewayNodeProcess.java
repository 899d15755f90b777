/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.node.cli.TwinchainCommand;
import io.twinchain.node.testsupport.TestGenesis;
import io.twinchain.twin.testsupport.FreePort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A {@code twinchain run --role gateway} process for gateway {@code gw1} with devices {@code
 * pump-1} and {@code valve-1} (namespace {@code plant}) unless given another devices file, JSON-RPC
 * over HTTP with the TWIN namespace, and metrics; restartable on the same data directory.
 */
final class GatewayNodeProcess implements AutoCloseable {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final int rpcPort = FreePort.next();
  final int metricsPort = FreePort.next();
  final int mqttPort = FreePort.next();
  final int wsPort = FreePort.next();
  private final Path dir;
  private final Path config;
  private Optional<Process> process = Optional.empty();
  private int starts;

  /**
   * @param externalBroker the broker URL, or empty for the node's embedded broker on {@link
   *     #mqttPort}
   * @param operator the account allowed to sign {@code twin_setDesired}
   */
  GatewayNodeProcess(final Path dir, final Optional<String> externalBroker, final String operator)
      throws IOException {
    this(
        dir,
        externalBroker,
        operator,
        "[[device]]\nid = \"pump-1\"\nnamespace = \"plant\"\n\n"
            + "[[device]]\nid = \"valve-1\"\nnamespace = \"plant\"\n");
  }

  /**
   * @param devices the devices file (TOML)
   */
  GatewayNodeProcess(
      final Path dir,
      final Optional<String> externalBroker,
      final String operator,
      final String devices)
      throws IOException {
    this(dir, externalBroker, operator, devices, "");
  }

  /**
   * @param devices the devices file (TOML)
   * @param moreConfig further lines of the node's config file
   */
  GatewayNodeProcess(
      final Path dir,
      final Optional<String> externalBroker,
      final String operator,
      final String devices,
      final String moreConfig)
      throws IOException {
    this.dir = dir;
    Files.writeString(dir.resolve("genesis.json"), TestGenesis.JSON);
    Files.writeString(dir.resolve("devices.toml"), devices);
    this.config = dir.resolve("config.toml");
    Files.writeString(
        config,
        "role=\"gateway\"\ndata-path=\""
            + dir.resolve("data")
            + "\"\ngenesis-file=\""
            + dir.resolve("genesis.json")
            + "\"\np2p-host=\"127.0.0.1\"\np2p-port="
            + FreePort.next()
            + "\nrpc-http-port="
            + rpcPort
            + "\nrpc-ws-enabled=true\nrpc-ws-port="
            + wsPort
            + "\nrpc-http-api=[\"TWIN\"]\n"
            + "metrics-enabled=true\nmetrics-port="
            + metricsPort
            + "\ntwin-gateway-id=\"gw1\"\ntwin-devices-file=\""
            + dir.resolve("devices.toml")
            + "\"\ntwin-mqtt-port="
            + mqttPort
            + "\ntwin-operators=[\""
            + operator
            + "\"]\n"
            + externalBroker.map(url -> "mqtt-broker-url=\"" + url + "\"\n").orElse("")
            + moreConfig);
  }

  /** The embedded broker's URL. */
  String embeddedBrokerUrl() {
    return "tcp://127.0.0.1:" + mqttPort;
  }

  /** Starts the process and waits until twin_list answers. */
  void start() throws IOException, InterruptedException {
    final Path log = dir.resolve("node-" + starts++ + ".log");
    process =
        Optional.of(
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED",
                    "-Xmx512m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    TwinchainCommand.class.getName(),
                    "run",
                    "--config",
                    config.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start());
    final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!process.get().isAlive()) {
        throw new AssertionError("node exited:\n" + Files.readString(log));
      }
      try {
        call("twin_list", "[{}]");
        return;
      } catch (IOException e) {
        Thread.sleep(200);
      }
    }
    throw new AssertionError("node did not answer in 120 s:\n" + Files.readString(log));
  }

  /** SIGKILL: no shutdown hook, no flush, no MQTT disconnect. */
  void kill() throws InterruptedException {
    if (process.isPresent()) {
      process.get().destroyForcibly();
      process.get().waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** The JSON-RPC response object of one call. */
  JsonNode call(final String method, final String params) throws IOException, InterruptedException {
    final String body =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}";
    final HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + rpcPort + "/"))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return MAPPER.readTree(response.body());
  }

  /** The result of a call, failing on a JSON-RPC error. */
  JsonNode result(final String method, final String params)
      throws IOException, InterruptedException {
    final JsonNode response = call(method, params);
    if (response.has("error")) {
      throw new AssertionError(method + " failed: " + response.get("error"));
    }
    return response.get("result");
  }

  /** The twin, or an empty object while it does not exist. */
  JsonNode twin(final String thingId) throws IOException, InterruptedException {
    final JsonNode response = call("twin_get", "[\"" + thingId + "\"]");
    return response.has("result") ? response.get("result") : MAPPER.createObjectNode();
  }

  /** The sum of a Prometheus metric's samples on {@code /metrics}. */
  double metric(final String name) throws IOException, InterruptedException {
    final String text =
        HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metricsPort + "/metrics"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    return text.lines()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isPresent()) {
      process.get().destroy();
      if (!process.get().waitFor(30, TimeUnit.SECONDS)) {
        process.get().destroyForcibly();
      }
    }
  }
}

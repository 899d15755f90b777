/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.node.cli.TwinchainCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

/**
 * A network of {@code twinchain run} processes, each its own JVM started from the packaged jar,
 * with keys, allowlists and genesis from {@code twinchain genesis generate}. Acceptance tests
 * start, kill and query nodes by name ({@code ap-1}, {@code gateway-2}, …) over JSON-RPC with
 * web3j.
 */
public final class NodeCluster implements AutoCloseable {

  private static final int ROLE_PORT_STRIDE = 10;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path dir;
  private final Path jar;
  private final int rpcBase;
  private final List<String> names;
  private final List<String> extraArgs;
  private final Map<String, Process> processes = new LinkedHashMap<>();
  private final Map<String, Web3j> clients = new LinkedHashMap<>();
  private final Map<String, Integer> mqttPorts = new LinkedHashMap<>();

  private NodeCluster(
      final Path dir,
      final Path jar,
      final int rpcBase,
      final List<String> names,
      final List<String> extraArgs) {
    this.dir = dir;
    this.jar = jar;
    this.rpcBase = rpcBase;
    this.names = names;
    this.extraArgs = extraArgs;
  }

  /**
   * Generates a network of {@code accessPoints} APs and {@code gateways} gateways under {@code dir}
   * with {@code genesis} (the {@code genesis} object of the network description).
   *
   * @param extraArgs options added to every {@code run}
   */
  public static NodeCluster generate(
      final Path dir,
      final String genesis,
      final int accessPoints,
      final int gateways,
      final List<String> extraArgs)
      throws IOException {
    final int nodes = accessPoints + gateways;
    final int p2pBase = freeBase(nodes);
    final int rpcBase = freeBase(nodes);
    final Path description = dir.resolve("network.json");
    Files.writeString(
        description,
        "{\"genesis\": "
            + genesis
            + ", \"blockchain\": {\"host\": \"127.0.0.1\", \"p2pBasePort\": "
            + p2pBase
            + ", \"rpcBasePort\": "
            + rpcBase
            + ", \"metricsBasePort\": "
            + freeBase(nodes)
            + ", \"accessPoints\": {\"count\": "
            + accessPoints
            + "}, \"gateways\": {\"count\": "
            + gateways
            + "}}}");
    final StringWriter err = new StringWriter();
    final int code =
        TwinchainCommand.execute(
            new String[] {
              "genesis", "generate", "--config-file=" + description, "--to=" + dir.resolve("net")
            },
            Map.of(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    if (code != 0) {
      throw new IllegalStateException("genesis generate failed: " + err);
    }
    final List<String> names = new ArrayList<>();
    IntStream.rangeClosed(1, accessPoints).forEach(i -> names.add("ap-" + i));
    IntStream.rangeClosed(1, gateways).forEach(i -> names.add("gateway-" + i));
    return new NodeCluster(
        dir, Path.of("target", "twinchain-node.jar").toAbsolutePath(), rpcBase, names, extraArgs);
  }

  /** Starts (or restarts) node {@code name}; its output is appended to {@code <name>.log}. */
  public void start(final String name) throws IOException {
    final int mqttPort = freePort();
    mqttPorts.put(name, mqttPort);
    final List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "--enable-native-access=ALL-UNNAMED",
                "-jar",
                jar.toString(),
                "run",
                "--config",
                dir.resolve("net").resolve(name).resolve("config.toml").toString(),
                "--rpc-ws-enabled=false",
                "--metrics-enabled=false",
                // Gateways start an embedded MQTT broker; each needs its own port.
                "--twin-mqtt-port=" + mqttPort));
    command.addAll(extraArgs);
    processes.put(
        name,
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log(name).toFile()))
            .start());
  }

  private static int freePort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Kills node {@code name} with SIGKILL and waits until it is gone. */
  public void kill(final String name) throws InterruptedException {
    final Process process = processes.remove(name);
    process.destroyForcibly();
    process.waitFor();
  }

  /** The port of the embedded MQTT broker of node {@code name}'s last start. */
  public int mqttPort(final String name) {
    return mqttPorts.get(name);
  }

  /** Node {@code name}'s JSON-RPC HTTP endpoint. */
  public String rpcUrl(final String name) {
    return "http://127.0.0.1:" + rpcPort(name) + "/";
  }

  /** The JSON-RPC response object of one call ({@code params} is a JSON array). */
  public JsonNode call(final String name, final String method, final String params)
      throws IOException, InterruptedException {
    final HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(rpcUrl(name)))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\""
                            + method
                            + "\",\"params\":"
                            + params
                            + "}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return MAPPER.readTree(response.body());
  }

  /** A node's head as it reports it in {@code admin_nodeInfo}. */
  public record Head(long number, String hash) {}

  /** The node's head, empty while it does not answer. */
  public Optional<Head> head(final String name) {
    try {
      final JsonNode chain = call(name, "admin_nodeInfo", "[]").path("result").path("protocols");
      final JsonNode state = chain.elements().next();
      return Optional.of(
          new Head(Long.decode(state.get("headNumber").asText()), state.get("head").asText()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** The web3j client of node {@code name}. */
  public synchronized Web3j client(final String name) {
    return clients.computeIfAbsent(
        name, n -> Web3j.build(new HttpService("http://127.0.0.1:" + rpcPort(n))));
  }

  private int rpcPort(final String name) {
    return rpcBase + ROLE_PORT_STRIDE * names.indexOf(name);
  }

  public Path log(final String name) {
    return dir.resolve(name + ".log");
  }

  @Override
  public void close() throws InterruptedException {
    for (final Process process : processes.values()) {
      process.destroy();
    }
    for (final Process process : processes.values()) {
      process.waitFor();
    }
    clients.values().forEach(Web3j::shutdown);
  }

  /** A random base port whose next {@code nodes} strides (and the port after each) are free. */
  private static int freeBase(final int nodes) {
    while (true) {
      final int base = ThreadLocalRandom.current().nextInt(20_000, 50_000);
      if (IntStream.range(0, nodes)
          .allMatch(
              i ->
                  isFree(base + ROLE_PORT_STRIDE * i) && isFree(base + ROLE_PORT_STRIDE * i + 1))) {
        return base;
      }
    }
  }

  private static boolean isFree(final int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import static io.twinchain.node.testsupport.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.contracts.generated.ReputationRegistry;
import io.twinchain.contracts.genesis.SystemContract;
import io.twinchain.contracts.genesis.SystemContractsConfig;
import io.twinchain.twin.sim.TelemetryPublisher;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.gas.DefaultGasProvider;

/**
 * The README's first command as a user runs it: {@code ./twinchain devnet up} in the foreground,
 * its printed endpoints used to publish telemetry (mosquitto_pub and Paho), inject a fault, look at
 * the explorer in headless Chromium, kill -9 an AP (the others keep mining, {@code resume} catches
 * it up) and a gateway while Paho publishes to it (no acknowledged update lost), and finally {@code
 * down}, after which no process of the devnet is left. One devnet serves every step (2 cores).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevnetAcceptanceIT {
  private static final Path DATA = Path.of("target", "devnet-it").toAbsolutePath();

  /** Another worktree's run of this test may hold 5000; {@code -Dtwinchain.devnet.it.offset=N}. */
  private static final String OFFSET = Integer.getInteger("twinchain.devnet.it.offset", 5000) + "";

  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String KILL_TOPIC = "twinchain/gateway-2/pump-2/telemetry";
  private static final int KILL_STREAM = 60;

  private final DevnetProcesses devnet = new DevnetProcesses(DATA);
  private DevnetProcesses.Running up;
  private String mqttUrl;
  private String explorerUrl;

  @BeforeAll
  void startTheDevnet() throws Exception {
    devnet.devnet("remove");
    up = devnet.start("up", "--port-offset", OFFSET);
    up.awaitLine(EndpointReport.READY_LINE, START_TIMEOUT);
    mqttUrl = printed("MQTT broker\\s+(tcp://\\S+)");
    explorerUrl = printed("Explorer\\s+(http://\\S+)");
  }

  @AfterAll
  void downLeavesNoProcess() throws Exception {
    final DevnetProcesses.Result down = devnet.devnet("down");
    System.out.println(
        "--- devnet up output\n" + up.output() + "\n--- devnet down\n" + down.output());
    assertThat(down.code()).isZero();
    assertThat(up.process().waitFor(60, TimeUnit.SECONDS))
        .as("devnet up returns after down")
        .isTrue();
    assertThat(up.process().exitValue()).isZero();
    assertThat(devnet.leftovers()).as("processes left after down").isEmpty();
  }

  @Test
  @Order(1)
  void everyPrintedEndpointAnswers() {
    final DevnetHttp http = new DevnetHttp("127.0.0.1");
    for (final String name : List.of("ap-1", "ap-2", "ap-3", "gateway-1", "gateway-2")) {
      final Matcher node =
          Pattern.compile(
                  name
                      + "\\s+http://127.0.0.1:(\\d+)\\s+ws://\\S+\\s+http://127.0.0.1:(\\d+)/metrics")
              .matcher(up.output());
      assertThat(node.find()).as(name + " endpoints printed").isTrue();
      assertThat(http.call(Integer.parseInt(node.group(1)), "eth_chainId").quantity())
          .isEqualTo("2024");
      assertThat(http.ready(Integer.parseInt(node.group(2)))).as(name + " ready").isTrue();
    }
    assertThat(up.output()).contains("DEV ONLY").contains(DevAccount.all().getFirst().privateKey());
  }

  @Test
  @Order(1)
  void startingTwiceSaysItRunsAndStartsNothing() throws Exception {
    final DevnetProcesses.Result twice = devnet.devnet("up", "--port-offset", OFFSET);
    assertThat(twice.code()).isEqualTo(1);
    assertThat(twice.output().strip())
        .startsWith("twinchain devnet up: a devnet is already running from " + DATA)
        .doesNotContain("Exception")
        .doesNotContain("\n");
  }

  @Test
  @Order(2)
  void telemetryFromMosquittoPubAndPahoUpdatesTheTwinOverJsonRpc() throws Exception {
    final int gateway = rpcPort("gateway-1");
    final Matcher broker = Pattern.compile("tcp://([^:]+):(\\d+)").matcher(mqttUrl);
    assertThat(broker.find()).isTrue();
    final Process pub =
        new ProcessBuilder(
                "mosquitto_pub",
                "-h",
                broker.group(1),
                "-p",
                broker.group(2),
                "-q",
                "1",
                "-V",
                "mqttv5",
                "-t",
                "twinchain/gateway-1/pump-1/telemetry",
                "-m",
                "{\"temperature\": 21.5, \"rpm\": 1480}")
            .redirectErrorStream(true)
            .start();
    assertThat(pub.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(pub.exitValue())
        .as(new String(pub.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isZero();
    await(
        "mosquitto_pub's reading in the twin",
        Duration.ofSeconds(30),
        () -> telemetry(gateway, "devnet:pump-1").path("temperature").asDouble() == 21.5);
    try (TelemetryPublisher paho = new TelemetryPublisher(mqttUrl, "devnet-it-paho", 4)) {
      paho.publish("twinchain/gateway-1/pump-1/telemetry", "{\"temperature\": 22.0}", "it-paho-1");
      paho.flush();
    }
    // The publisher's PUBACK comes from the broker, which keeps the message in the gateway's
    // persistent session until the gateway has stored it; the twin shows it moments later.
    await(
        "Paho's reading in the twin",
        Duration.ofSeconds(30),
        () -> telemetry(gateway, "devnet:pump-1").path("temperature").asDouble() == 22.0);
    final JsonNode twin = twin(gateway, "devnet:pump-1");
    assertThat(twin.path("features").path("telemetry").path("properties").path("rpm").asInt())
        .isEqualTo(1480);
    await(
        "the simulator feeds machine-01's twin",
        Duration.ofSeconds(30),
        () -> telemetry(gateway, "devnet:machine-01").has("kurtosis"));
  }

  @Test
  @Order(3)
  void injectedBearingFaultShowsInTheMachinesVibrationAndItsCondition() throws Exception {
    try (MqttRecorder recorder =
        new MqttRecorder(mqttUrl, "twinchain/gateway-1/machine-01/telemetry")) {
      await("three healthy windows", Duration.ofSeconds(30), () -> windows(recorder).size() >= 3);
      final double healthy = meanKurtosis(windows(recorder));
      final DevnetProcesses.Result inject =
          devnet.devnet("inject-fault", "machine-01", "inner_race_fault", "--severity", "1.0");
      assertThat(inject.code()).as(inject.output()).isZero();
      final int before = windows(recorder).size() + 1;
      await(
          "three faulty windows",
          Duration.ofSeconds(40),
          () -> windows(recorder).size() >= before + 3);
      final List<MqttRecorder.Received> all = windows(recorder);
      assertThat(meanKurtosis(all.subList(before, all.size()))).isGreaterThan(1.5 * healthy);
      // The gateway's head, the AP's tail over P2P, and the result written back into the twin.
      await(
          "the offloaded classifier's verdict in machine-01's twin",
          Duration.ofSeconds(60),
          () -> "inner_race_fault".equals(condition(rpcPort("gateway-1")).path("class").asText()));
      devnet.devnet("inject-fault", "machine-01", "healthy");
    }
  }

  @Test
  @Order(4)
  void explorerRendersInHeadlessChromium() throws Exception {
    final Path screenshot = Path.of("target", "explorer.png").toAbsolutePath();
    final Path script =
        Path.of("..", "devnet", "explorer-test", "screenshot.mjs").toAbsolutePath().normalize();
    final Process node =
        new ProcessBuilder("node", script.toString(), explorerUrl, screenshot.toString(), "5")
            .directory(script.getParent().toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    final String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(node.exitValue()).as(output).isZero();
    final JsonNode page = MAPPER.readTree(output);
    assertThat(page.path("errors")).as("page errors").isEmpty();
    assertThat(page.path("text").asText())
        .contains(
            "twinchain devnet explorer",
            "ap-1",
            "ap-3",
            "gateway-2",
            "Latest blocks",
            "Twins",
            "Controller decisions");
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);
  }

  @Test
  @Order(5)
  void aKilledApIsReportedTheOthersKeepMiningAndResumeCatchesItUp() throws Exception {
    final long pid = new ProcessTable(DATA).alive("ap-2").orElseThrow().pid();
    ProcessHandle.of(pid).orElseThrow().destroyForcibly();
    await(
        "up reports ap-2 stopped",
        Duration.ofSeconds(30),
        () -> up.output().contains("ap-2 has stopped"));
    final DevnetProcesses.Result degraded = devnet.devnet("status");
    assertThat(degraded.code()).as(degraded.output()).isEqualTo(1);
    assertThat(degraded.output()).containsPattern("ap-2\\s+stopped");
    final long whileDown = othersHead();
    await(
        "ap-1 and ap-3 mine two blocks while ap-2 is down",
        Duration.ofSeconds(60),
        () -> othersHead() >= whileDown + 2);
    resume("ap-2");
    final long target = othersHead();
    await(
        "ap-2 catches up to block " + target,
        Duration.ofSeconds(60),
        () -> head(rpcPort("ap-2")) >= target);
  }

  /**
   * kill -9 of a gateway while a Paho QoS-1 publisher sends to it: every message whose PUBACK the
   * publisher got is in the twin's history after {@code resume}, exactly once (the broker keeps the
   * gateway's persistent session; the gateway drops redelivered message ids).
   */
  @Test
  @Order(6)
  void aGatewayKilledMidStreamLosesNoAcknowledgedTwinUpdate() throws Exception {
    final long pid = new ProcessTable(DATA).alive("gateway-2").orElseThrow().pid();
    final List<String> acknowledged = new ArrayList<>();
    try (TelemetryPublisher paho = new TelemetryPublisher(mqttUrl, "devnet-it-kill", 1)) {
      for (int seq = 0; seq < KILL_STREAM; seq++) {
        if (seq == KILL_STREAM / 3) {
          ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        }
        final String id = "it-kill-" + seq;
        paho.publish(KILL_TOPIC, "{\"seq\": " + seq + "}", id);
        paho.flush(); // returns once this message's PUBACK arrived
        acknowledged.add(id);
        Thread.sleep(25);
      }
    }
    assertThat(acknowledged).hasSize(KILL_STREAM);
    await(
        "up reports gateway-2 stopped",
        Duration.ofSeconds(30),
        () -> up.output().contains("gateway-2 has stopped"));
    resume("gateway-2");
    final int gateway = rpcPort("gateway-2");
    await(
        "every acknowledged message in pump-2's history",
        Duration.ofSeconds(60),
        () -> killStreamIds(gateway).containsAll(acknowledged));
    final List<String> history = killStreamIds(gateway);
    assertThat(history).as("each acknowledged update exactly once").hasSameSizeAs(acknowledged);
    assertThat(history).containsExactlyInAnyOrderElementsOf(acknowledged);
  }

  private void resume(final String name) throws Exception {
    final DevnetProcesses.Result resume = devnet.devnet("resume", "--detach");
    assertThat(resume.code()).as(resume.output()).isZero();
    assertThat(resume.output()).contains(name).contains(EndpointReport.READY_LINE);
    final DevnetProcesses.Result healthy = devnet.devnet("status");
    assertThat(healthy.code()).as(healthy.output()).isZero();
  }

  /** The message ids of the kill stream's telemetry updates in pump-2's history, with repeats. */
  private static List<String> killStreamIds(final int port) {
    final long revision = twin(port, "devnet:pump-2").path("_revision").asLong(0);
    if (revision == 0) {
      return List.of();
    }
    final JsonNode events =
        new DevnetHttp("127.0.0.1")
            .call(port, "twin_getHistory", "devnet:pump-2", Math.max(0, revision - 999), revision)
            .result()
            .orElse(MAPPER.createArrayNode());
    final List<String> ids = new ArrayList<>();
    events.forEach(
        event -> {
          // The first message also creates the twin: that event carries its id as well.
          final String id = event.path("messageId").asText();
          if (id.startsWith("it-kill-") && "telemetry".equals(event.path("featureId").asText())) {
            ids.add(id);
          }
        });
    return ids;
  }

  /** The higher head of the two APs that stay up. */
  private long othersHead() {
    return Math.max(head(rpcPort("ap-1")), head(rpcPort("ap-3")));
  }

  private static long head(final int port) {
    final String quantity = new DevnetHttp("127.0.0.1").call(port, "eth_blockNumber").quantity();
    return quantity.startsWith("-") ? -1 : Long.parseLong(quantity);
  }

  /** The messages closing a window: they carry its condition indicators. */
  private static List<MqttRecorder.Received> windows(final MqttRecorder recorder) {
    return recorder.matching(m -> m.payload().contains("\"kurtosis\""));
  }

  private static JsonNode twin(final int port, final String thingId) {
    return new DevnetHttp("127.0.0.1")
        .call(port, "twin_get", thingId)
        .result()
        .orElse(MAPPER.createObjectNode());
  }

  private static JsonNode telemetry(final int port, final String thingId) {
    return twin(port, thingId).path("features").path("telemetry").path("properties");
  }

  private static JsonNode condition(final int port) {
    return twin(port, "devnet:machine-01").path("features").path("condition").path("properties");
  }

  private int rpcPort(final String name) {
    final Matcher node = Pattern.compile(name + "\\s+http://127.0.0.1:(\\d+)").matcher(up.output());
    assertThat(node.find()).as(name + " endpoint printed").isTrue();
    return Integer.parseInt(node.group(1));
  }

  private static double meanKurtosis(final List<MqttRecorder.Received> messages) {
    return messages.stream()
        .mapToDouble(
            m -> {
              try {
                return MAPPER.readTree(m.payload()).path("kurtosis").asDouble();
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .average()
        .orElseThrow();
  }

  private String printed(final String regex) {
    final Matcher matcher = Pattern.compile(regex).matcher(up.output());
    assertThat(matcher.find()).as("printed: " + regex).isTrue();
    return matcher.group(1);
  }

  /**
   * Issue 9: work receipts of the gateways' real offloaded inferences raise an AP's reputation on
   * chain (R_k follows c_k = f^I/f^max of the slots its receipts cover, so it moves both ways; the
   * test waits for a rise between two blocks); {@code rep_getReputation} and the web3j {@code
   * ReputationRegistry} wrapper read the same R_k at the same block, and the AP's difficulty factor
   * in {@code rep_list} falls with it as e^(−ρR), ρ read off ap-3 (no gateway, R_init).
   */
  @Test
  @Order(20)
  void workReceiptsRaiseAnApsReputationAndLowerItsDifficulty() throws Exception {
    final int port = rpcPort("gateway-1");
    final DevnetHttp http = new DevnetHttp("127.0.0.1");
    final Map<String, JsonNode> lastSeen = new HashMap<>();
    final AtomicReference<JsonNode> before = new AtomicReference<>();
    final AtomicReference<JsonNode> risen = new AtomicReference<>();
    final AtomicLong block = new AtomicLong();
    await(
        "an AP's reputation rising from its receipts in rep_list",
        Duration.ofSeconds(150),
        () -> {
          block.set(Long.parseLong(http.call(port, "eth_blockNumber").quantity()));
          for (final JsonNode entry : reputations(http, port, block.get())) {
            final JsonNode previous = lastSeen.put(entry.path("address").asText(), entry);
            if (previous != null
                && !wad(entry).equals(INITIAL_WAD)
                && wad(entry).compareTo(wad(previous)) > 0) {
              before.set(previous);
              risen.set(entry);
              return true;
            }
          }
          return false;
        });
    final String ap = risen.get().path("address").asText();
    final String blockTag = "0x" + Long.toHexString(block.get());
    final JsonNode single =
        http.call(port, "rep_getReputation", ap, blockTag).result().orElseThrow();
    assertThat(single.path("reputationWad").asText())
        .isEqualTo(risen.get().path("reputationWad").asText());
    assertThat(wrapperReputation(port, ap, single.path("slot").asText(), block.get()))
        .isEqualTo(wad(single));

    final JsonNode initial = entryAtInitialReputation(http, port, block.get());
    final double rho =
        -Math.log(initial.path("difficultyFactor").asDouble())
            / initial.path("reputation").asDouble();
    assertThat(risen.get().path("difficultyFactor").asDouble())
        .isLessThan(before.get().path("difficultyFactor").asDouble())
        .isCloseTo(
            Math.exp(-rho * risen.get().path("reputation").asDouble()),
            org.assertj.core.data.Offset.offset(1e-9));
  }

  private static final BigInteger INITIAL_WAD =
      BigInteger.valueOf(SystemContractsConfig.DEFAULT_INITIAL_REPUTATION);

  private static BigInteger wad(final JsonNode reputation) {
    return new BigInteger(reputation.path("reputationWad").asText().substring(2), 16);
  }

  private static JsonNode reputations(final DevnetHttp http, final int port, final long n) {
    return http.call(port, "rep_list", "0x" + Long.toHexString(n))
        .result()
        .orElse(MAPPER.createArrayNode());
  }

  private static JsonNode entryAtInitialReputation(
      final DevnetHttp http, final int port, final long n) {
    for (final JsonNode entry : reputations(http, port, n)) {
      if (wad(entry).equals(INITIAL_WAD)) {
        return entry;
      }
    }
    throw new AssertionError("no AP at R_init (ap-3 serves no gateway) at block " + n);
  }

  /**
   * R_k at the start of {@code slot} as the generated web3j wrapper reads it at block {@code n}.
   */
  private static BigInteger wrapperReputation(
      final int port, final String ap, final String slot, final long n) throws Exception {
    final Web3j web3j = Web3j.build(new HttpService("http://127.0.0.1:" + port));
    try {
      final ReputationRegistry registry =
          ReputationRegistry.load(
              SystemContract.REPUTATION_REGISTRY.address(),
              web3j,
              new ReadonlyTransactionManager(web3j, ap),
              new DefaultGasProvider());
      registry.setDefaultBlockParameter(DefaultBlockParameter.valueOf(BigInteger.valueOf(n)));
      return registry.reputationAt(ap, new BigInteger(slot.substring(2), 16)).send();
    } finally {
      web3j.shutdown();
    }
  }
}

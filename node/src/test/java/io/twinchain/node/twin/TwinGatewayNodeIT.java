/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.chain.genesis.GenesisParser;
import io.twinchain.node.testsupport.Eventually;
import io.twinchain.node.testsupport.OperatorSignatures;
import io.twinchain.node.testsupport.TestGenesis;
import io.twinchain.node.twin.operator.SetDesiredMessage;
import io.twinchain.twin.registry.PasswordHash;
import io.twinchain.twin.testsupport.DeviceClient;
import io.twinchain.twin.testsupport.HostilePayloads;
import io.twinchain.twin.testsupport.HostilePayloads.Hostile;
import io.twinchain.twin.testsupport.MosquittoClients;
import io.twinchain.twin.testsupport.Received;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;

/**
 * A gateway node process with its embedded HiveMQ broker: devices (Paho and Debian's {@code
 * mosquitto_pub}) feed a twin that JSON-RPC shows, an operator's signed {@code twin_setDesired}
 * reaches the device as a delta that clears once the device reports the value; hostile publishes
 * are each answered on an errors topic, counted in {@code /metrics}, and change no twin.
 */
class TwinGatewayNodeIT {

  /** DEV-ONLY KEY derived from fixed bytes. */
  private static final Credentials OPERATOR = Credentials.create("0x" + "71".repeat(32));

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String PUMP = "plant:pump-1";

  @TempDir Path dir;

  @Test
  void telemetryShowsInTwinGetAndADesiredValueRoundTripsThroughTheDevice() throws Exception {
    try (GatewayNodeProcess node =
        new GatewayNodeProcess(dir, Optional.empty(), OPERATOR.getAddress())) {
      node.start();
      final TwinWebSocket updates = TwinWebSocket.connect(node.wsPort);
      final String subscription = updates.subscribe("{\"thingId\": \"" + PUMP + "\"}");
      try (DeviceClient device = DeviceClient.connect(node.embeddedBrokerUrl(), "pump-1")) {
        device.subscribe("twinchain/gw1/pump-1/delta");
        device.publish(
            "twinchain/gw1/pump-1/telemetry", "{\"temperature\": 20.5}", Optional.of("p-1"));
        awaitRevision(node, 2);
        assertThat(node.twin(PUMP).at("/features/telemetry/properties/temperature").asDouble())
            .isEqualTo(20.5);
        final JsonNode pushed = updates.await(n -> n.at("/params/result/_revision").asLong() == 2);
        assertThat(pushed.at("/params/subscription").asText()).isEqualTo(subscription);
        assertThat(pushed.at("/params/result/features/telemetry/properties/temperature").asDouble())
            .isEqualTo(20.5);

        final MosquittoClients.Run pub =
            MosquittoClients.publish(
                node.mqttPort,
                "-t",
                "twinchain/gw1/pump-1/telemetry",
                "-m",
                "{\"msgId\": \"m-1\", \"humidity\": 40}");
        assertThat(pub.exitCode()).as(pub.output()).isZero();
        awaitRevision(node, 3);
        assertThat(node.twin(PUMP).at("/features/telemetry/properties/humidity").asInt())
            .isEqualTo(40);

        final JsonNode afterSet = setDesired(node, "{\"setpoint\": 30}", 1);
        assertThat(afterSet.get("_revision").asLong()).isEqualTo(4);
        final Received delta =
            device.await(r -> r.json().at("/features/telemetry/setpoint").asInt() == 30, WAIT);
        final long version = delta.json().get("version").asLong();

        device.publish("twinchain/gw1/pump-1/telemetry", "{\"setpoint\": 30}", Optional.of("p-2"));
        final Received cleared = device.await(r -> r.json().get("features").isEmpty(), WAIT);
        assertThat(cleared.json().get("version").asLong()).isGreaterThan(version);
        awaitRevision(node, 5);
        assertThat(node.twin(PUMP).at("/features/telemetry/desiredProperties/setpoint").asInt())
            .isEqualTo(30);
        updates.await(n -> n.at("/params/result/_revision").asLong() == 5);
      } finally {
        updates.close();
      }
    }
  }

  @Test
  void everyHostilePublishGetsAnErrorAndACounterAndChangesNoTwin() throws Exception {
    try (GatewayNodeProcess node =
        new GatewayNodeProcess(dir, Optional.empty(), OPERATOR.getAddress())) {
      node.start();
      try (DeviceClient attacker = DeviceClient.connect(node.embeddedBrokerUrl(), "attacker");
          DeviceClient observer = DeviceClient.connect(node.embeddedBrokerUrl(), "observer")) {
        observer.subscribe("twinchain/gw1/+/errors");
        observer.subscribe("twinchain/gw1/errors");
        attacker.publish("twinchain/gw1/pump-1/telemetry", "{\"t\": 1}", Optional.of("ok-1"));
        awaitRevision(node, 2);
        final JsonNode before = node.twin(PUMP);

        // The node subscribes to its own gateway's topics only, so kinds aimed elsewhere are
        // skipped.
        final List<Hostile> kinds =
            HostilePayloads.KINDS.stream()
                .filter(k -> k.topic().startsWith("twinchain/gw1/"))
                .toList();
        final List<String> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
          final Hostile hostile = kinds.get(i % kinds.size());
          attacker.publishRaw(hostile.topic(), hostile.payload().apply(i));
          expected.add(hostile.reason().name());
        }
        final List<String> reasons = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
          reasons.add(observer.await(r -> true, WAIT).json().path("reason").asText());
        }
        assertThat(countBy(reasons)).isEqualTo(countBy(expected));
        Eventually.await(
            "1000 rejections in /metrics",
            WAIT,
            quietly(() -> node.metric("twinchain_twin_messages_rejected_total") == 1000));
        assertThat(node.twin(PUMP)).isEqualTo(before);
        assertThat(node.result("twin_list", "[{}]").get("items")).hasSize(1);
        Thread.sleep(300);
        assertThat(observer.drain()).as("exactly one error per publish").isEmpty();
      }
    }
  }

  @Test
  void withDeviceCredentialsOnlyTheRightPasswordPublishesAndOnlyToItsOwnTopics() throws Exception {
    final String devices =
        "[[device]]\nid = \"pump-1\"\nnamespace = \"plant\"\npassword-hash = \""
            + PasswordHash.hash("pump-secret")
            + "\"\n\n[[device]]\nid = \"valve-1\"\nnamespace = \"plant\"\n";
    try (GatewayNodeProcess node =
        new GatewayNodeProcess(dir, Optional.empty(), OPERATOR.getAddress(), devices)) {
      node.start();
      final String url = node.embeddedBrokerUrl();
      assertThatThrownBy(
              () ->
                  DeviceClient.connect(url, "pump-1", Optional.of("pump-1"), Optional.of("guess")))
          .as("wrong password")
          .isInstanceOf(MqttException.class);
      assertThatThrownBy(() -> DeviceClient.connect(url, "anonymous"))
          .as("no credentials")
          .isInstanceOf(MqttException.class);
      assertThatThrownBy(
              () -> DeviceClient.connect(url, "valve-1", Optional.of("valve-1"), Optional.of("x")))
          .as("a device without credentials cannot connect to an authenticating broker")
          .isInstanceOf(MqttException.class);
      try (DeviceClient pump =
          DeviceClient.connect(url, "pump-1", Optional.of("pump-1"), Optional.of("pump-secret"))) {
        try {
          pump.publish("twinchain/gw1/valve-1/telemetry", "{\"t\": 9}", Optional.of("x-1"));
        } catch (MqttException refusedByBroker) {
          // A forbidden MQTT 5 publish gets a failing PUBACK or a disconnect.
        }
      }
      try (DeviceClient pump =
          DeviceClient.connect(url, "pump-1", Optional.of("pump-1"), Optional.of("pump-secret"))) {
        pump.publish("twinchain/gw1/pump-1/telemetry", "{\"t\": 10}", Optional.of("a-1"));
      }
      awaitRevision(node, 2);
      assertThat(node.result("twin_list", "[{}]").get("items")).hasSize(1);
    }
  }

  private static Map<String, Long> countBy(final List<String> reasons) {
    return reasons.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
  }

  private static void awaitRevision(final GatewayNodeProcess node, final long revision)
      throws Exception {
    Eventually.await(
        PUMP + " at revision " + revision,
        WAIT,
        quietly(() -> node.twin(PUMP).path("_revision").asLong() == revision));
  }

  /** A condition that may fail with I/O, as a supplier that reads a failure as false. */
  interface Check {
    boolean test() throws IOException, InterruptedException;
  }

  static BooleanSupplier quietly(final Check check) {
    return () -> {
      try {
        return check.test();
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    };
  }

  private static JsonNode setDesired(
      final GatewayNodeProcess node, final String properties, final long nonce) throws Exception {
    final long chainId = GenesisParser.parse(TestGenesis.JSON).chainId();
    final long expires = Instant.now().getEpochSecond() + 300;
    final SetDesiredMessage message =
        new SetDesiredMessage(
            chainId, PUMP, "telemetry", MAPPER.readTree(properties), nonce, expires);
    return node.result(
        "twin_setDesired",
        "[\""
            + PUMP
            + "\", \"telemetry\", "
            + properties
            + ", {\"nonce\": "
            + nonce
            + ", \"expires\": "
            + expires
            + ", \"signature\": \""
            + OperatorSignatures.personalSign(OPERATOR, message)
            + "\"}]");
  }
}

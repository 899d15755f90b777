/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.mqtt.MqttSettings;
import io.twinchain.twin.testsupport.MosquittoBroker;
import io.twinchain.twin.testsupport.MosquittoClients;
import io.twinchain.twin.testsupport.TestDevices;
import io.twinchain.twin.testsupport.TwinHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mosquitto from Debian with per-device passwords and ACLs; MQTT 3.1.1 ingestion (Paho v3); devices
 * are {@code mosquitto_pub} and {@code mosquitto_sub}.
 */
class MosquittoEndToEndIT {

  static final ThingId PUMP = ThingId.of("plant:pump-1");
  static final Duration WAIT = Duration.ofSeconds(20);

  @Test
  void passwordDevicesFeedTwinsOverMqtt311AndReceiveTheirDelta(
      @TempDir final Path brokerDir, @TempDir final Path dataDir) throws Exception {
    final Map<String, String> devices =
        Map.of(
            "pump-1", TestDevices.password("pump-1"), "valve-1", TestDevices.password("valve-1"));
    try (MosquittoBroker broker = MosquittoBroker.start(brokerDir, devices);
        TwinHarness harness =
            new TwinHarness(
                dataDir,
                broker.url(),
                TwinHarness.Protocol.MQTT_3_1_1,
                TestDevices.registry(),
                MosquittoEndToEndIT::serviceAccount)) {
      final int port = broker.port();
      assertThat(
              pump(
                      port,
                      "pump-1-secret",
                      "twinchain/gw1/pump-1/telemetry",
                      "{\"msgId\": \"mq-1\", \"temperature\": 30.5}")
                  .exitCode())
          .isZero();
      final Thing pump = harness.awaitThing(PUMP, t -> t.revision() == 2, WAIT);
      assertThat(
              pump.feature(FeatureId.TELEMETRY)
                  .orElseThrow()
                  .properties()
                  .get("temperature")
                  .orElseThrow()
                  .asDouble())
          .isEqualTo(30.5);

      assertThat(
              pump(port, "wrong-password", "twinchain/gw1/pump-1/telemetry", "{\"temperature\": 1}")
                  .exitCode())
          .as("wrong password is refused at CONNECT")
          .isNotZero();
      assertThat(
              pump(port, "pump-1-secret", "twinchain/gw1/valve-1/telemetry", "{\"temperature\": 2}")
                  .exitCode())
          .as("the ACL drops another device's topic silently")
          .isZero();
      assertThat(
              pump(
                      port,
                      "pump-1-secret",
                      "twinchain/gw1/pump-1/telemetry",
                      "{\"msgId\": \"mq-2\", \"temperature\": 31}")
                  .exitCode())
          .isZero();
      harness.awaitThing(PUMP, t -> t.revision() == 3, WAIT);
      assertThat(harness.store().get(ThingId.of("plant:valve-1"))).isEmpty();
      assertThat(harness.store().get(PUMP).orElseThrow().revision()).isEqualTo(3);

      harness
          .service()
          .setDesired(
              PUMP,
              FeatureId.TELEMETRY,
              JsonObject.of("temperature", JsonNodeFactory.instance.numberNode(25)))
          .get(20, TimeUnit.SECONDS);
      final MosquittoClients.Run delta =
          MosquittoClients.subscribe(
              port,
              "-u",
              "pump-1",
              "-P",
              "pump-1-secret",
              "-C",
              "1",
              "-W",
              "20",
              "-t",
              "twinchain/gw1/pump-1/delta");
      assertThat(delta.exitCode()).as(delta.output()).isZero();
      final JsonNode json = new ObjectMapper().readTree(delta.output());
      assertThat(json.path("version").asLong()).isEqualTo(1);
      assertThat(json.at("/features/telemetry/temperature").asInt()).isEqualTo(25);
    }
  }

  private static MosquittoClients.Run pump(
      final int port, final String password, final String topic, final String payload)
      throws Exception {
    return MosquittoClients.publish(
        port,
        "-V",
        "mqttv311",
        "-i",
        "pump-1-" + System.nanoTime(),
        "-u",
        "pump-1",
        "-P",
        password,
        "-t",
        topic,
        "-m",
        payload);
  }

  private static MqttSettings serviceAccount(final MqttSettings settings) {
    return new MqttSettings(
        settings.serverUri(),
        settings.clientId(),
        Optional.of(MosquittoBroker.SERVICE_USER),
        Optional.of(MosquittoBroker.SERVICE_PASSWORD),
        settings.socketFactory(),
        settings.subscriptions());
  }
}

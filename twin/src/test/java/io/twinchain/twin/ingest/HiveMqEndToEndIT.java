/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.twinchain.twin.broker.EmbeddedHiveMqBroker;
import io.twinchain.twin.metrics.TwinCounter;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.testsupport.DeviceClient;
import io.twinchain.twin.testsupport.FreePort;
import io.twinchain.twin.testsupport.Received;
import io.twinchain.twin.testsupport.TwinHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Devices → embedded HiveMQ → Paho MQTT 5 ingestion → RocksDB twins, and deltas back. */
class HiveMqEndToEndIT {

  static final ThingId PUMP = ThingId.of("plant:pump-1");
  static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir static Path brokerDir;
  static EmbeddedHiveMqBroker broker;

  @TempDir Path dataDir;
  TwinHarness harness;

  @BeforeAll
  static void startBroker() {
    broker =
        EmbeddedHiveMqBroker.start(
            brokerDir, "127.0.0.1", FreePort.next(), Optional.empty(), Optional.empty());
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @BeforeEach
  void startIngestion() {
    harness = new TwinHarness(dataDir, broker.url());
  }

  @AfterEach
  void stopIngestion() {
    harness.close();
  }

  static double temperature(final Thing thing) {
    return thing
        .feature(FeatureId.TELEMETRY)
        .orElseThrow()
        .properties()
        .get("temperature")
        .orElseThrow()
        .asDouble();
  }

  @Test
  void pahoTelemetryBecomesATwinRevisionAndDuplicatesApplyOnce() throws Exception {
    try (DeviceClient device = DeviceClient.connect(broker.url(), "pump-1")) {
      device.publish(
          "twinchain/gw1/pump-1/telemetry", "{\"temperature\": 21.5}", Optional.of("t-1"));
      final Thing created = harness.awaitThing(PUMP, t -> t.revision() == 2, WAIT);
      assertThat(temperature(created)).isEqualTo(21.5);
      assertThat(created.gatewayId().value()).isEqualTo("gw1");

      device.publish("twinchain/gw1/pump-1/telemetry", "{\"temperature\": 99}", Optional.of("t-1"));
      device.publish(
          "twinchain/gw1/pump-1/telemetry",
          "{\"ts\": 1767225600000, \"values\": {\"temperature\": 22.0}}",
          Optional.of("t-2"));
      final Thing next = harness.awaitThing(PUMP, t -> t.revision() == 3, WAIT);
      assertThat(temperature(next)).as("the duplicate t-1 was not applied").isEqualTo(22.0);
      assertThat(harness.metrics().value(TwinCounter.MESSAGES_DUPLICATE, "gw1")).isEqualTo(1);
      assertThat(harness.store().history(PUMP, 1, 10))
          .extracting(e -> e.metadata().messageId().value())
          .containsExactly("t-1", "t-1", "t-2");
    }
  }

  @Test
  void mosquittoPubTelemetryReachesTheTwin() throws Exception {
    final Process pub =
        new ProcessBuilder(
                "mosquitto_pub",
                "-h",
                "127.0.0.1",
                "-p",
                port(),
                "-V",
                "mqttv5",
                "-q",
                "1",
                "-i",
                "valve-1",
                "-t",
                "twinchain/gw1/valve-1/telemetry",
                "-D",
                "publish",
                "user-property",
                "message-id",
                "mp-1",
                "-m",
                "{\"temperature\": 17.25}")
            .redirectErrorStream(true)
            .start();
    assertThat(pub.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(pub.exitValue()).as(new String(pub.getInputStream().readAllBytes())).isZero();
    final Thing valve =
        harness.awaitThing(ThingId.of("plant:valve-1"), t -> t.revision() == 2, WAIT);
    assertThat(temperature(valve)).isEqualTo(17.25);
    assertThat(harness.store().revisionOf(valve.thingId(), new MessageId("mp-1"))).contains(2L);
  }

  @Test
  void desiredValueReachesTheDeviceAsAVersionedDeltaThatClearsWhenReported() throws Exception {
    try (DeviceClient device = DeviceClient.connect(broker.url(), "pump-1")) {
      device.subscribe("twinchain/gw1/pump-1/delta");
      device.publish("twinchain/gw1/pump-1/telemetry", "{\"setpoint\": 20}", Optional.of("d-1"));
      harness.awaitThing(PUMP, t -> t.revision() == 2, WAIT);

      final Thing wanted =
          harness
              .service()
              .setDesired(
                  PUMP,
                  FeatureId.TELEMETRY,
                  JsonObject.of("setpoint", JsonNodeFactory.instance.numberNode(30)))
              .get(20, TimeUnit.SECONDS);
      assertThat(wanted.revision()).isEqualTo(3);
      final Received delta = device.await(r -> r.json().path("version").asLong() == 1, WAIT);
      assertThat(delta.json().at("/features/telemetry/setpoint").asInt()).isEqualTo(30);
      assertThat(delta.json().path("revision").asLong()).isEqualTo(3);

      device.publish("twinchain/gw1/pump-1/telemetry", "{\"setpoint\": 30.0}", Optional.of("d-2"));
      final Received cleared = device.await(r -> r.json().path("version").asLong() == 2, WAIT);
      assertThat(cleared.json().path("features").isEmpty()).isTrue();
      assertThat(harness.store().get(PUMP).orElseThrow().delta().isEmpty()).isTrue();
    }
  }

  @Test
  void gatewayBatchUpdatesEveryDeviceAndMqtt311DevicesAreAccepted() throws Exception {
    try (DeviceClient gateway = DeviceClient.connect(broker.url(), "gw1-batch")) {
      gateway.publish(
          "twinchain/gw1/batch",
          "{\"pump-1\": [{\"ts\": 1, \"values\": {\"temperature\": 1}},"
              + " {\"ts\": 2, \"values\": {\"temperature\": 2}}],"
              + " \"valve-1\": {\"temperature\": 3}}",
          Optional.of("b-1"));
      assertThat(temperature(harness.awaitThing(PUMP, t -> t.revision() == 3, WAIT))).isEqualTo(2);
      assertThat(
              temperature(
                  harness.awaitThing(ThingId.of("plant:valve-1"), t -> t.revision() == 2, WAIT)))
          .isEqualTo(3);
    }
    final MqttClient legacy = new MqttClient(broker.url(), "meter-1", new MemoryPersistence());
    legacy.connect();
    legacy.publish(
        "twinchain/gw2/meter-1/telemetry",
        "{\"msgId\": \"v3-1\", \"temperature\": 5}".getBytes(StandardCharsets.UTF_8),
        1,
        false);
    legacy.disconnect();
    legacy.close();
    final Thing meter =
        harness.awaitThing(ThingId.of("plant:meter-1"), t -> t.revision() == 2, WAIT);
    assertThat(temperature(meter)).isEqualTo(5);
    assertThat(harness.store().history(meter.thingId(), 2, 2).get(0).metadata().messageId().value())
        .isEqualTo("v3-1");
  }

  private static String port() {
    return broker.url().substring(broker.url().lastIndexOf(':') + 1);
  }
}

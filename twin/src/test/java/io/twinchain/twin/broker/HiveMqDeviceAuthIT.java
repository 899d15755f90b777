/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.mqtt.MqttSettings;
import io.twinchain.twin.registry.PasswordHash;
import io.twinchain.twin.testsupport.DeviceClient;
import io.twinchain.twin.testsupport.FreePort;
import io.twinchain.twin.testsupport.TestDevices;
import io.twinchain.twin.testsupport.TestPki;
import io.twinchain.twin.testsupport.TwinHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded HiveMQ authenticates devices against the registry through its extension API. */
class HiveMqDeviceAuthIT {

  static final String SERVICE_PASSWORD = "ingest-secret"; // test-only

  @TempDir static Path brokerDir;
  @TempDir static Path pkiDir;
  static TestPki pki;
  static int tlsPort;
  static EmbeddedHiveMqBroker broker;

  @BeforeAll
  static void startBroker() throws Exception {
    pki = TestPki.create(pkiDir);
    tlsPort = FreePort.next();
    final BrokerAccess access =
        new BrokerAccess(
            TestDevices.registry(),
            new ServiceAccount("twinchain-ingest", PasswordHash.hash(SERVICE_PASSWORD)));
    final BrokerTls tls =
        new BrokerTls(
            tlsPort, pki.brokerKeyStore(), TestPki.PASSWORD, pki.trustStore(), TestPki.PASSWORD);
    broker =
        EmbeddedHiveMqBroker.start(
            brokerDir, "127.0.0.1", FreePort.next(), Optional.of(tls), Optional.of(access));
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Test
  void onlyRegisteredDevicesConnectAndOnlyToTheirOwnTopics(@TempDir final Path dataDir)
      throws Exception {
    try (TwinHarness harness = harness(dataDir)) {
      assertThatThrownBy(
              () ->
                  DeviceClient.connect(
                      broker.url(), "intruder", Optional.of("pump-1"), Optional.of("guess")))
          .isInstanceOf(MqttException.class);
      assertThatThrownBy(() -> DeviceClient.connect(broker.url(), "anonymous"))
          .isInstanceOf(MqttException.class);

      try (DeviceClient pump =
          DeviceClient.connect(
              broker.url(),
              "pump-1",
              Optional.of("pump-1"),
              Optional.of(TestDevices.password("pump-1")))) {
        try {
          pump.publish(
              "twinchain/gw1/valve-1/telemetry", "{\"temperature\": 9}", Optional.of("x-1"));
        } catch (MqttException refusedByBroker) {
          // MQTT 5 brokers may answer a forbidden publish with a failing PUBACK or a disconnect.
        }
      }
      try (DeviceClient pump =
          DeviceClient.connect(
              broker.url(),
              "pump-1",
              Optional.of("pump-1"),
              Optional.of(TestDevices.password("pump-1")))) {
        pump.publish("twinchain/gw1/pump-1/telemetry", "{\"temperature\": 10}", Optional.of("a-1"));
      }
      harness.awaitThing(
          ThingId.of("plant:pump-1"), t -> t.revision() == 2, Duration.ofSeconds(20));
      assertThat(harness.store().get(ThingId.of("plant:valve-1"))).isEmpty();
    }
  }

  @Test
  void aDeviceAuthenticatesWithItsTlsClientCertificate(@TempDir final Path dataDir)
      throws Exception {
    final Path pumpKeys = pki.client("pump-1");
    try (TwinHarness harness = harness(dataDir)) {
      final MqttClient device =
          new MqttClient("ssl://127.0.0.1:" + tlsPort, "pump-1-tls", new MemoryPersistence());
      final MqttConnectionOptions options = new MqttConnectionOptions();
      options.setSocketFactory(pki.socketFactory(pumpKeys));
      device.connect(options);
      device.publish(
          "twinchain/gw1/pump-1/telemetry",
          "{\"temperature\": 12}".getBytes(StandardCharsets.UTF_8),
          1,
          false);
      device.disconnect();
      device.close();
      harness.awaitThing(
          ThingId.of("plant:pump-1"), t -> t.revision() == 2, Duration.ofSeconds(20));

      final MqttClient stranger =
          new MqttClient("ssl://127.0.0.1:" + tlsPort, "stranger", new MemoryPersistence());
      final MqttConnectionOptions strangerOptions = new MqttConnectionOptions();
      strangerOptions.setSocketFactory(pki.socketFactory(pki.client("ghost-7")));
      assertThatThrownBy(() -> stranger.connect(strangerOptions)).isInstanceOf(MqttException.class);
      stranger.close();
    }
  }

  /** Ingestion through the plain listener with the service account. */
  private static TwinHarness harness(final Path dataDir) {
    return new TwinHarness(
        dataDir,
        broker.url(),
        TwinHarness.Protocol.MQTT_5,
        TestDevices.registry(),
        HiveMqDeviceAuthIT::serviceAccount);
  }

  private static MqttSettings serviceAccount(final MqttSettings settings) {
    return new MqttSettings(
        settings.serverUri(),
        settings.clientId(),
        Optional.of("twinchain-ingest"),
        Optional.of(SERVICE_PASSWORD),
        settings.socketFactory(),
        settings.subscriptions());
  }
}

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
import io.twinchain.twin.testsupport.TwinHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded HiveMQ authenticates devices against the registry through its extension API. */
class HiveMqDeviceAuthIT {

  static final String SERVICE_PASSWORD = "ingest-secret"; // test-only

  @Test
  void onlyRegisteredDevicesConnectAndOnlyToTheirOwnTopics(
      @TempDir final Path brokerDir, @TempDir final Path dataDir) throws Exception {
    final BrokerAccess access =
        new BrokerAccess(
            TestDevices.registry(),
            new ServiceAccount("twinchain-ingest", PasswordHash.hash(SERVICE_PASSWORD)));
    try (EmbeddedHiveMqBroker broker =
            EmbeddedHiveMqBroker.start(
                brokerDir, "127.0.0.1", FreePort.next(), Optional.empty(), Optional.of(access));
        TwinHarness harness =
            new TwinHarness(
                dataDir,
                broker.url(),
                TwinHarness.Protocol.MQTT_5,
                TestDevices.registry(),
                HiveMqDeviceAuthIT::serviceAccount)) {
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

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.node.testsupport.Eventually;
import io.twinchain.twin.testsupport.FreePort;
import io.twinchain.twin.testsupport.MosquittoClients;
import io.twinchain.twin.testsupport.TestPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gateway node whose embedded broker has a TLS listener requiring device client certificates
 * ({@code --twin-mqtt-tls-*}): a device whose certificate (CN = its id) comes from the trusted CA
 * publishes with Paho and with Debian's {@code mosquitto_pub}; a certificate from another CA is
 * refused; a device publishing on another device's topic changes nothing. Certificates are made by
 * the test (Bouncy Castle); no key is committed.
 */
class TwinGatewayTlsIT {

  private static final String OPERATOR = "0x" + "ab".repeat(20);
  private static final String PUMP = "plant:pump-1";
  private static final String DEVICES =
      "[[device]]\nid = \"pump-1\"\nnamespace = \"plant\"\nclient-certificate = true\n\n"
          + "[[device]]\nid = \"valve-1\"\nnamespace = \"plant\"\nclient-certificate = true\n";

  @TempDir Path dir;
  @TempDir Path trustedDir;
  @TempDir Path untrustedDir;

  @Test
  void devicesAuthenticateWithTheirCertificatesAndPublishOnlyOnTheirOwnTopics() throws Exception {
    final TestPki pki = TestPki.create(trustedDir);
    final TestPki otherCa = TestPki.create(untrustedDir);
    final int tlsPort = FreePort.next();
    try (GatewayNodeProcess node =
        new GatewayNodeProcess(dir, Optional.empty(), OPERATOR, DEVICES, tlsConfig(pki, tlsPort))) {
      node.start();
      final String url = "ssl://127.0.0.1:" + tlsPort;
      publish(url, pki.socketFactory(pki.client("pump-1")), "pump-1", "{\"temperature\": 12}");
      awaitRevision(node, 2);

      final TestPki.PemFiles pump = pki.clientPem("pump-1");
      final MosquittoClients.Run accepted =
          mosquittoPub(tlsPort, pki, pump, "pump-1", "{\"msgId\": \"m-1\", \"humidity\": 40}");
      assertThat(accepted.exitCode()).as(accepted.output()).isZero();
      awaitRevision(node, 3);

      final SSLSocketFactory untrusted = pki.socketFactory(otherCa.client("pump-1"));
      assertThatThrownBy(() -> publish(url, untrusted, "pump-1", "{\"temperature\": 99}"))
          .as("certificate of an untrusted CA, Paho")
          .isInstanceOf(MqttException.class);
      final MosquittoClients.Run refused =
          mosquittoPub(tlsPort, pki, otherCa.clientPem("pump-1"), "pump-1", "{\"rpm\": 1}");
      assertThat(refused.exitCode())
          .as("untrusted, mosquitto_pub: " + refused.output())
          .isNotZero();

      try {
        publish(url, pki.socketFactory(pki.client("pump-1")), "valve-1", "{\"temperature\": 7}");
      } catch (MqttException refusedByBroker) {
        // MQTT 5 brokers may answer a forbidden publish with a failing PUBACK or a disconnect.
      }
      mosquittoPub(tlsPort, pki, pump, "valve-1", "{\"msgId\": \"v-1\", \"temperature\": 8}");
      publish(url, pki.socketFactory(pki.client("pump-1")), "pump-1", "{\"temperature\": 13}");
      awaitRevision(node, 4);
      assertThat(node.call("twin_get", "[\"plant:valve-1\"]").at("/error/code").asInt())
          .as("valve-1 has no twin: pump-1 may not publish on its topics")
          .isEqualTo(-32001);
      assertThat(node.twin(PUMP).at("/features/telemetry/properties/rpm").isMissingNode())
          .as("nothing from the untrusted certificate")
          .isTrue();
    }
  }

  private String tlsConfig(final TestPki pki, final int tlsPort) throws Exception {
    final Path password = Files.writeString(dir.resolve("tls-password"), TestPki.PASSWORD + "\n");
    return "twin-mqtt-tls-port="
        + tlsPort
        + "\ntwin-mqtt-tls-keystore=\""
        + pki.brokerKeyStore()
        + "\"\ntwin-mqtt-tls-truststore=\""
        + pki.trustStore()
        + "\"\ntwin-mqtt-tls-password-file=\""
        + password
        + "\"\n";
  }

  /** One QoS-1 publish over TLS on {@code device}'s telemetry topic, as client id {@code tls-…}. */
  private static void publish(
      final String url, final SSLSocketFactory tls, final String device, final String json)
      throws MqttException {
    final MqttClient client =
        new MqttClient(url, "tls-" + System.nanoTime(), new MemoryPersistence());
    try {
      final MqttConnectionOptions options = new MqttConnectionOptions();
      options.setSocketFactory(tls);
      client.connect(options);
      client.publish(
          "twinchain/gw1/" + device + "/telemetry",
          json.getBytes(StandardCharsets.UTF_8),
          1,
          false);
      client.disconnect();
    } finally {
      client.close();
    }
  }

  /** {@code mosquitto_pub --cafile --cert --key} (MQTT 5) on {@code device}'s telemetry topic. */
  private static MosquittoClients.Run mosquittoPub(
      final int port,
      final TestPki pki,
      final TestPki.PemFiles client,
      final String device,
      final String json)
      throws Exception {
    return MosquittoClients.publish(
        port,
        "-V",
        "mqttv5",
        "--cafile",
        pki.caPem().toString(),
        "--cert",
        client.certificate().toString(),
        "--key",
        client.key().toString(),
        "-t",
        "twinchain/gw1/" + device + "/telemetry",
        "-m",
        json);
  }

  private static void awaitRevision(final GatewayNodeProcess node, final long revision) {
    Eventually.await(
        PUMP + " at revision " + revision,
        Duration.ofSeconds(60),
        TwinGatewayNodeIT.quietly(() -> node.twin(PUMP).path("_revision").asLong() == revision));
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.mqtt;

import io.twinchain.twin.ingest.InboundMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link MqttTransport} over the Eclipse Paho MQTT 5 client: clean start off with a week-long
 * session expiry, QoS-1 subscriptions, manual acknowledgements, and the device's message id taken
 * from the {@code message-id} user property.
 */
public final class PahoV5Transport extends PahoTransport {

  private static final Logger LOG = LoggerFactory.getLogger(PahoV5Transport.class);

  private final MqttAsyncClient client;

  /**
   * @param settings broker, client id, credentials and subscriptions
   */
  public PahoV5Transport(final MqttSettings settings) {
    super(settings);
    try {
      this.client =
          new MqttAsyncClient(settings.serverUri(), settings.clientId(), new MemoryPersistence());
    } catch (MqttException e) {
      throw new MqttTransportException("invalid broker settings " + settings.serverUri(), e);
    }
    this.client.setManualAcks(true);
  }

  @Override
  void connectAndSubscribe(final BiConsumer<InboundMessage, Runnable> sink) throws MqttException {
    client.setCallback(new Callback(sink));
    final MqttConnectionOptions options = new MqttConnectionOptions();
    options.setCleanStart(false);
    options.setSessionExpiryInterval(MqttSettings.SESSION_EXPIRY_SECONDS);
    options.setAutomaticReconnect(true);
    options.setReceiveMaximum(65_535);
    settings().username().ifPresent(options::setUserName);
    settings().password().ifPresent(p -> options.setPassword(p.getBytes(StandardCharsets.UTF_8)));
    settings().socketFactory().ifPresent(options::setSocketFactory);
    client.connect(options).waitForCompletion();
    client
        .subscribe(settings().subscriptions().toArray(String[]::new), qosOne())
        .waitForCompletion();
  }

  @Override
  void publishOnce(final String topic, final byte[] payload, final boolean retained)
      throws MqttException {
    client.publish(topic, payload, 1, retained);
  }

  @Override
  boolean inFlightFull(final Exception e) {
    return e instanceof MqttException m
        && m.getReasonCode() == MqttClientException.REASON_CODE_MAX_INFLIGHT;
  }

  @Override
  void disconnect() throws MqttException {
    if (client.isConnected()) {
      client.disconnect().waitForCompletion(5_000);
    }
    client.close();
  }

  @Override
  String protocol() {
    return "MQTT 5";
  }

  private static Optional<String> messageId(final MqttProperties properties) {
    return properties == null
        ? Optional.empty()
        : properties.getUserProperties().stream()
            .filter(p -> p.getKey().equals(InboundMessage.MESSAGE_ID_PROPERTY))
            .map(UserProperty::getValue)
            .findFirst();
  }

  private final class Callback implements MqttCallback {
    private final BiConsumer<InboundMessage, Runnable> sink;

    Callback(final BiConsumer<InboundMessage, Runnable> sink) {
      this.sink = sink;
    }

    @Override
    public void messageArrived(final String topic, final MqttMessage message) {
      final int id = message.getId();
      final int qos = message.getQos();
      sink.accept(
          new InboundMessage(topic, message.getPayload(), messageId(message.getProperties())),
          acknowledgement(id, () -> client.messageArrivedComplete(id, qos)));
    }

    @Override
    public void disconnected(final MqttDisconnectResponse response) {
      LOG.warn("Disconnected from {}: {}", settings().serverUri(), response.getReasonString());
    }

    @Override
    public void mqttErrorOccurred(final MqttException exception) {
      LOG.warn("MQTT error: {}", exception.getMessage());
    }

    @Override
    public void deliveryComplete(final IMqttToken token) {}

    @Override
    public void connectComplete(final boolean reconnect, final String serverUri) {
      if (reconnect) {
        LOG.info("Reconnected to {}", serverUri);
      }
    }

    @Override
    public void authPacketArrived(final int reasonCode, final MqttProperties properties) {}
  }
}

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
public final class PahoV5Transport implements MqttTransport {

  private static final Logger LOG = LoggerFactory.getLogger(PahoV5Transport.class);

  private final MqttSettings settings;
  private final MqttAsyncClient client;
  private final OutboundPublisher outbound;

  /**
   * @param settings broker, client id, credentials and subscriptions
   */
  public PahoV5Transport(final MqttSettings settings) {
    this.settings = settings;
    try {
      this.client =
          new MqttAsyncClient(settings.serverUri(), settings.clientId(), new MemoryPersistence());
    } catch (MqttException e) {
      throw new MqttTransportException("invalid broker settings " + settings.serverUri(), e);
    }
    this.client.setManualAcks(true);
    this.outbound =
        new OutboundPublisher(
            (topic, payload, retained) -> client.publish(topic, payload, 1, retained),
            e ->
                e instanceof MqttException m
                    && m.getReasonCode() == MqttClientException.REASON_CODE_MAX_INFLIGHT);
  }

  @Override
  public void start(final BiConsumer<InboundMessage, Runnable> sink) {
    client.setCallback(new Callback(sink));
    final MqttConnectionOptions options = new MqttConnectionOptions();
    options.setCleanStart(false);
    options.setSessionExpiryInterval(MqttSettings.SESSION_EXPIRY_SECONDS);
    options.setAutomaticReconnect(true);
    options.setReceiveMaximum(65_535);
    settings.username().ifPresent(options::setUserName);
    settings.password().ifPresent(p -> options.setPassword(p.getBytes(StandardCharsets.UTF_8)));
    settings.socketFactory().ifPresent(options::setSocketFactory);
    try {
      client.connect(options).waitForCompletion();
      final String[] filters = settings.subscriptions().toArray(String[]::new);
      final IMqttToken subscribed = client.subscribe(filters, qosOne(filters.length));
      subscribed.waitForCompletion();
    } catch (MqttException e) {
      throw new MqttTransportException("cannot connect to " + settings.serverUri(), e);
    }
    LOG.info(
        "Ingesting from {} as {} (MQTT 5): {}",
        settings.serverUri(),
        settings.clientId(),
        settings.subscriptions());
  }

  @Override
  public void publish(final String topic, final byte[] payload, final boolean retained) {
    outbound.publish(topic, payload, retained);
  }

  @Override
  public void close() {
    outbound.close();
    try {
      if (client.isConnected()) {
        client.disconnect().waitForCompletion(5_000);
      }
      client.close();
    } catch (MqttException e) {
      LOG.warn("Unclean MQTT disconnect: {}", e.getMessage());
    }
  }

  private static int[] qosOne(final int count) {
    final int[] qos = new int[count];
    java.util.Arrays.fill(qos, 1);
    return qos;
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
          () -> acknowledge(id, qos));
    }

    private void acknowledge(final int id, final int qos) {
      try {
        client.messageArrivedComplete(id, qos);
      } catch (MqttException e) {
        // The broker redelivers the message on reconnect; de-duplication absorbs it.
        LOG.debug("Could not acknowledge message {}: {}", id, e.getMessage());
      }
    }

    @Override
    public void disconnected(final MqttDisconnectResponse response) {
      LOG.warn("Disconnected from {}: {}", settings.serverUri(), response.getReasonString());
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

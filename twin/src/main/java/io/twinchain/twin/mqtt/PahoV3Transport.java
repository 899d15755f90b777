/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.mqtt;

import io.twinchain.twin.ingest.InboundMessage;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link MqttTransport} over the Eclipse Paho MQTT 3.1.1 client, for brokers or deployments that
 * only speak 3.1.1: persistent session ({@code cleanSession=false}), QoS-1 subscriptions, manual
 * acknowledgements. MQTT 3.1.1 has no user properties, so message ids come from the payload's
 * {@code msgId} or the content hash.
 */
public final class PahoV3Transport implements MqttTransport {

  private static final Logger LOG = LoggerFactory.getLogger(PahoV3Transport.class);

  private final MqttSettings settings;
  private final MqttAsyncClient client;
  private final OutboundPublisher outbound;

  /**
   * @param settings broker, client id, credentials and subscriptions
   */
  public PahoV3Transport(final MqttSettings settings) {
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
                    && m.getReasonCode() == MqttException.REASON_CODE_MAX_INFLIGHT);
  }

  @Override
  public void start(final BiConsumer<InboundMessage, Runnable> sink) {
    client.setCallback(new Callback(sink));
    final MqttConnectOptions options = new MqttConnectOptions();
    options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
    options.setCleanSession(false);
    options.setAutomaticReconnect(true);
    options.setMaxInflight(1_000);
    settings.username().ifPresent(options::setUserName);
    settings.password().ifPresent(p -> options.setPassword(p.toCharArray()));
    settings.socketFactory().ifPresent(options::setSocketFactory);
    try {
      client.connect(options).waitForCompletion();
      final String[] filters = settings.subscriptions().toArray(String[]::new);
      final int[] qos = new int[filters.length];
      java.util.Arrays.fill(qos, 1);
      client.subscribe(filters, qos).waitForCompletion();
    } catch (MqttException e) {
      throw new MqttTransportException("cannot connect to " + settings.serverUri(), e);
    }
    LOG.info(
        "Ingesting from {} as {} (MQTT 3.1.1): {}",
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

  private final class Callback implements MqttCallbackExtended {
    private final BiConsumer<InboundMessage, Runnable> sink;

    Callback(final BiConsumer<InboundMessage, Runnable> sink) {
      this.sink = sink;
    }

    @Override
    public void messageArrived(final String topic, final MqttMessage message) {
      final int id = message.getId();
      final int qos = message.getQos();
      sink.accept(
          new InboundMessage(topic, message.getPayload(), Optional.empty()),
          () -> acknowledge(id, qos));
    }

    private void acknowledge(final int id, final int qos) {
      try {
        client.messageArrivedComplete(id, qos);
      } catch (MqttException e) {
        LOG.debug("Could not acknowledge message {}: {}", id, e.getMessage());
      }
    }

    @Override
    public void connectionLost(final Throwable cause) {
      LOG.warn("Connection to {} lost: {}", settings.serverUri(), cause.getMessage());
    }

    @Override
    public void deliveryComplete(final IMqttDeliveryToken token) {}

    @Override
    public void connectComplete(final boolean reconnect, final String serverUri) {
      if (reconnect) {
        LOG.info("Reconnected to {}", serverUri);
      }
    }
  }
}

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
public final class PahoV3Transport extends PahoTransport {

  private static final Logger LOG = LoggerFactory.getLogger(PahoV3Transport.class);

  private final MqttAsyncClient client;

  /**
   * @param settings broker, client id, credentials and subscriptions
   */
  public PahoV3Transport(final MqttSettings settings) {
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
    final MqttConnectOptions options = new MqttConnectOptions();
    options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
    options.setCleanSession(false);
    options.setAutomaticReconnect(true);
    options.setMaxInflight(1_000);
    settings().username().ifPresent(options::setUserName);
    settings().password().ifPresent(p -> options.setPassword(p.toCharArray()));
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
        && m.getReasonCode() == MqttException.REASON_CODE_MAX_INFLIGHT;
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
    return "MQTT 3.1.1";
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
          acknowledgement(id, () -> client.messageArrivedComplete(id, qos)));
    }

    @Override
    public void connectionLost(final Throwable cause) {
      LOG.warn("Connection to {} lost: {}", settings().serverUri(), cause.getMessage());
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

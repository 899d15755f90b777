/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.sim;

import io.twinchain.twin.ingest.InboundMessage;
import io.twinchain.twin.mqtt.MqttTransportException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;

/**
 * The simulator's MQTT 5 connection (Paho): QoS-1 publishes with user properties, and the fault
 * control subscription, which is renewed on every reconnect so that a broker restart does not end
 * fault injection.
 */
final class SimulatorMqtt implements AutoCloseable {
  private static final int CONNECT_ATTEMPTS = 60;
  private final MqttAsyncClient client;

  SimulatorMqtt(
      final String brokerUrl, final String clientId, final BiConsumer<String, byte[]> faults) {
    try {
      client = new MqttAsyncClient(brokerUrl, clientId, new MemoryPersistence());
      client.setCallback(new Callback(faults));
      final MqttConnectionOptions options = new MqttConnectionOptions();
      options.setCleanStart(true);
      options.setAutomaticReconnect(true);
      options.setAutomaticReconnectDelay(1, 5);
      connect(options);
    } catch (MqttException e) {
      throw new MqttTransportException("simulator cannot connect to " + brokerUrl, e);
    }
  }

  /** The broker may still be starting (or restarting): retry for a while before giving up. */
  private void connect(final MqttConnectionOptions options) throws MqttException {
    for (int attempt = 1; ; attempt++) {
      try {
        client.connect(options).waitForCompletion();
        return;
      } catch (MqttException e) {
        if (attempt >= CONNECT_ATTEMPTS) {
          throw e;
        }
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** Whether the broker connection is up. */
  boolean connected() {
    return client.isConnected();
  }

  /** Publishes with QoS 1; the token completes on PUBACK. */
  IMqttToken publish(final String topic, final byte[] payload, final Map<String, String> props)
      throws MqttException {
    final MqttMessage message = new MqttMessage(payload);
    message.setQos(1);
    final List<UserProperty> user = new ArrayList<>();
    props.forEach((key, value) -> user.add(new UserProperty(key, value)));
    final MqttProperties properties = new MqttProperties();
    properties.setUserProperties(user);
    message.setProperties(properties);
    return client.publish(topic, message);
  }

  /** The user property carrying a message's id, as the twin ingestion reads it. */
  static String messageIdProperty() {
    return InboundMessage.MESSAGE_ID_PROPERTY;
  }

  @Override
  public void close() {
    try {
      if (client.isConnected()) {
        client.disconnect().waitForCompletion(5_000);
      }
      client.close(true);
    } catch (MqttException e) {
      throw new MqttTransportException("simulator did not disconnect cleanly", e);
    }
  }

  private final class Callback implements MqttCallback {
    private final BiConsumer<String, byte[]> faults;

    Callback(final BiConsumer<String, byte[]> faults) {
      this.faults = faults;
    }

    @Override
    public void connectComplete(final boolean reconnect, final String serverUri) {
      try {
        client.subscribe(io.twinchain.node.devnet.SimulatorTopics.fault("+"), 1);
      } catch (MqttException e) {
        throw new MqttTransportException("simulator cannot subscribe to fault injections", e);
      }
    }

    @Override
    public void messageArrived(final String topic, final MqttMessage message) {
      faults.accept(topic, message.getPayload());
    }

    @Override
    public void disconnected(final MqttDisconnectResponse response) {}

    @Override
    public void mqttErrorOccurred(final MqttException exception) {}

    @Override
    public void deliveryComplete(final IMqttToken token) {}

    @Override
    public void authPacketArrived(final int reasonCode, final MqttProperties properties) {}
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.sim;

import io.twinchain.twin.ingest.InboundMessage;
import io.twinchain.twin.mqtt.MqttTransportException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;

/**
 * The device simulator's publisher: QoS-1 publishes over MQTT 5 with a window of unacknowledged
 * messages, each carrying a {@code message-id} user property. A publish counts as acknowledged once
 * the broker's PUBACK arrived.
 */
public final class TelemetryPublisher implements AutoCloseable {

  private static final int MAX_ATTEMPTS = 10_000;

  private final MqttAsyncClient client;
  private final int window;
  private final Deque<IMqttToken> inFlight = new ArrayDeque<>();

  /**
   * Connects with a clean session.
   *
   * @param window most publishes awaiting PUBACK at once
   */
  public TelemetryPublisher(final String brokerUrl, final String clientId, final int window) {
    this.window = window;
    try {
      client = new MqttAsyncClient(brokerUrl, clientId, new MemoryPersistence());
      final MqttConnectionOptions options = new MqttConnectionOptions();
      options.setCleanStart(true);
      client.connect(options).waitForCompletion();
    } catch (MqttException e) {
      throw new MqttTransportException("publisher cannot connect to " + brokerUrl, e);
    }
  }

  /** Publishes QoS 1, waiting first if the window is full. */
  public void publish(final String topic, final String json, final String messageId) {
    final MqttMessage message = new MqttMessage(json.getBytes(StandardCharsets.UTF_8));
    message.setQos(1);
    final MqttProperties properties = new MqttProperties();
    properties.setUserProperties(
        List.of(new UserProperty(InboundMessage.MESSAGE_ID_PROPERTY, messageId)));
    message.setProperties(properties);
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (inFlight.size() >= window) {
        awaitOldest();
      }
      try {
        inFlight.add(client.publish(topic, message));
        return;
      } catch (MqttException e) {
        if (e.getReasonCode() != MqttClientException.REASON_CODE_MAX_INFLIGHT) {
          throw new MqttTransportException("publish to " + topic + " failed", e);
        }
        makeRoom();
      }
    }
    throw new IllegalStateException("the client's in-flight window never freed up for " + topic);
  }

  /**
   * Paho can still count a publish as in flight for a moment after its token completed, so with
   * nothing left to wait for, pause briefly instead.
   */
  private void makeRoom() {
    if (!inFlight.isEmpty()) {
      awaitOldest();
      return;
    }
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing", e);
    }
  }

  /** Waits until the broker acknowledged every publish so far. */
  public void flush() {
    while (!inFlight.isEmpty()) {
      awaitOldest();
    }
  }

  private void awaitOldest() {
    try {
      inFlight.removeFirst().waitForCompletion();
    } catch (MqttException e) {
      throw new MqttTransportException("publish not acknowledged", e);
    }
  }

  @Override
  public void close() {
    try {
      flush();
      client.disconnect().waitForCompletion();
      client.close();
    } catch (MqttException e) {
      throw new MqttTransportException("publisher did not disconnect cleanly", e);
    }
  }
}

/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.paho.mqttv5.client.IMqttMessageListener;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttSubscription;

/** A Paho MQTT 5 subscriber that keeps every message it receives, for assertions. */
final class MqttRecorder implements AutoCloseable {
  /** One received message. */
  record Received(String topic, String payload) {}

  private final MqttClient client;
  private final List<Received> received = new ArrayList<>();

  MqttRecorder(final String brokerUrl, final String filter) throws MqttException {
    client =
        new MqttClient(
            brokerUrl, "devnet-it-recorder-" + System.nanoTime(), new MemoryPersistence());
    client.connect();
    // The single-filter subscribe(filter, qos, listener) of Paho 1.2.5 calls itself forever.
    client.subscribe(
        new MqttSubscription[] {new MqttSubscription(filter, 1)},
        new IMqttMessageListener[] {
          (topic, message) -> {
            synchronized (received) {
              received.add(
                  new Received(topic, new String(message.getPayload(), StandardCharsets.UTF_8)));
            }
          }
        });
  }

  /** The messages so far that match {@code filter}. */
  List<Received> matching(final Predicate<Received> filter) {
    synchronized (received) {
      return received.stream().filter(filter).toList();
    }
  }

  @Override
  public void close() throws MqttException {
    client.disconnect();
    client.close();
  }
}

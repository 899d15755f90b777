/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.twin;

import io.twinchain.twin.mqtt.MqttSettings;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * The pass-through baseline: a QoS-1 subscriber on a persistent session, like the ingestion's, that
 * acknowledges on arrival and only counts.
 */
final class CountingSubscriber implements AutoCloseable, MqttCallback {

  private final MqttAsyncClient client;
  private final LongAdder received = new LongAdder();

  CountingSubscriber(final String url, final String filter) {
    try {
      client = new MqttAsyncClient(url, "bench-counter", new MemoryPersistence());
      client.setCallback(this);
      final MqttConnectionOptions options = new MqttConnectionOptions();
      options.setCleanStart(false);
      options.setSessionExpiryInterval(MqttSettings.SESSION_EXPIRY_SECONDS);
      options.setReceiveMaximum(65_535);
      client.connect(options).waitForCompletion();
      client.subscribe(filter, 1).waitForCompletion();
    } catch (MqttException e) {
      throw new IllegalStateException("counting subscriber cannot connect", e);
    }
  }

  long count() {
    return received.sum();
  }

  @Override
  public void messageArrived(final String topic, final MqttMessage message) {
    received.increment();
  }

  @Override
  public void close() throws MqttException {
    client.disconnect().waitForCompletion();
    client.close();
  }

  @Override
  public void disconnected(final MqttDisconnectResponse response) {}

  @Override
  public void mqttErrorOccurred(final MqttException exception) {}

  @Override
  public void deliveryComplete(final IMqttToken token) {}

  @Override
  public void connectComplete(final boolean reconnect, final String serverUri) {}

  @Override
  public void authPacketArrived(final int reasonCode, final MqttProperties properties) {}
}

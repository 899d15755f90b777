/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;

/**
 * A device as tests drive it: a Paho MQTT 5 client that publishes QoS 1 and records what it gets.
 */
public final class DeviceClient implements AutoCloseable {
  private static final Set<Integer> BROKER_CLOSED =
      Set.of(
          (int) MqttClientException.REASON_CODE_CLIENT_ALREADY_DISCONNECTED,
          (int) MqttClientException.REASON_CODE_CLIENT_DISCONNECTING,
          (int) MqttClientException.REASON_CODE_CLIENT_NOT_CONNECTED);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final MqttClient client;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

  private DeviceClient(final MqttClient client) {
    this.client = client;
  }

  /** Connects with a clean session, optionally with username and password. */
  public static DeviceClient connect(
      final String url,
      final String clientId,
      final Optional<String> username,
      final Optional<String> password)
      throws MqttException {
    final MqttClient client = new MqttClient(url, clientId, new MemoryPersistence());
    final MqttConnectionOptions options = new MqttConnectionOptions();
    options.setCleanStart(true);
    username.ifPresent(options::setUserName);
    password.ifPresent(p -> options.setPassword(p.getBytes(StandardCharsets.UTF_8)));
    client.connect(options);
    return new DeviceClient(client);
  }

  /** Connects anonymously. */
  public static DeviceClient connect(final String url, final String clientId) throws MqttException {
    return connect(url, clientId, Optional.empty(), Optional.empty());
  }

  /** Subscribes with QoS 1; messages land in {@link #await}. */
  public void subscribe(final String filter) throws MqttException {
    client.subscribe(
        new org.eclipse.paho.mqttv5.common.MqttSubscription[] {
          new org.eclipse.paho.mqttv5.common.MqttSubscription(filter, 1)
        },
        new org.eclipse.paho.mqttv5.client.IMqttMessageListener[] {
          (topic, message) -> received.add(parse(topic, message))
        });
  }

  /** Publishes QoS 1 and waits for the broker's PUBACK. */
  public void publish(final String topic, final String json, final Optional<String> messageId)
      throws MqttException {
    final MqttMessage message = new MqttMessage(json.getBytes(StandardCharsets.UTF_8));
    message.setQos(1);
    final MqttProperties properties = new MqttProperties();
    messageId.ifPresent(
        id -> properties.setUserProperties(List.of(new UserProperty("message-id", id))));
    message.setProperties(properties);
    send(topic, message);
  }

  /** Publishes raw bytes QoS 1. */
  public void publishRaw(final String topic, final byte[] payload) throws MqttException {
    final MqttMessage message = new MqttMessage(payload);
    message.setQos(1);
    send(topic, message);
  }

  /** Paho can report its in-flight window full for a moment after a PUBACK; try again then. */
  private void send(final String topic, final MqttMessage message) throws MqttException {
    for (int attempt = 0; ; attempt++) {
      try {
        client.publish(topic, message);
        return;
      } catch (MqttException e) {
        if (e.getReasonCode() != MqttClientException.REASON_CODE_MAX_INFLIGHT || attempt > 5000) {
          throw e;
        }
        sleepOneMillisecond();
      }
    }
  }

  private static void sleepOneMillisecond() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The first received message matching {@code filter}, waiting up to {@code timeout}. */
  public Received await(final Predicate<Received> filter, final Duration timeout)
      throws InterruptedException {
    final long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      final Received next = received.poll(50, TimeUnit.MILLISECONDS);
      if (next != null && filter.test(next)) {
        return next;
      }
    }
    throw new AssertionError("no matching message within " + timeout);
  }

  /** Everything received so far, removed from the queue. */
  public List<Received> drain() {
    final List<Received> all = new java.util.ArrayList<>();
    received.drainTo(all);
    return all;
  }

  private static Received parse(final String topic, final MqttMessage message) throws IOException {
    return new Received(topic, MAPPER.readTree(message.getPayload()), message.isRetained());
  }

  @Override
  public void close() throws MqttException {
    try {
      if (client.isConnected()) {
        client.disconnect();
      }
    } catch (MqttException e) {
      // The broker may drop the connection between isConnected and disconnect (as it may after a
      // forbidden publish): the connection is going away, which is all close asks for.
      if (!BROKER_CLOSED.contains((int) e.getReasonCode())) {
        throw e;
      }
    }
    client.close(true);
  }
}
